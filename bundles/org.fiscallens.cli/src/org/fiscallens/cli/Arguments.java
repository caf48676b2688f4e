package org.fiscallens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of one command: {@code --name value}, {@code --name=value}, repeatable options, boolean
 * flags and positional arguments. Options a command does not declare are a usage error, so typos never pass silently.
 */
public final class Arguments {

	private final Map<String, List<String>> options = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * @param valued options that take a value (e.g. {@code "format"})
	 * @param flags  options without a value (e.g. {@code "draft"}); {@code help} is always accepted
	 */
	public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
		Arguments result = new Arguments();
		boolean onlyPositional = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPositional || !arg.startsWith("--") || arg.equals("--")) {
				if (arg.equals("--") && !onlyPositional) {
					onlyPositional = true;
				} else {
					result.positional.add(arg);
				}
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name) || name.equals("help")) {
				if (value != null) {
					throw new UsageException("option --" + name + " takes no value");
				}
				result.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
			} else if (valued.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = args.get(++i);
				}
				result.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return result;
	}

	public boolean has(String name) {
		return options.containsKey(name);
	}

	/** The last value given for an option, or {@code fallback}. */
	public String value(String name, String fallback) {
		List<String> values = options.get(name);
		return values == null ? fallback : values.get(values.size() - 1);
	}

	/** The value of an option that must be one of {@code allowed}. */
	public String choice(String name, String fallback, String... allowed) throws UsageException {
		String value = value(name, fallback);
		for (String a : allowed) {
			if (a.equals(value)) {
				return value;
			}
		}
		throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
	}

	/** Every value of a repeatable option, in order. */
	public List<String> values(String name) {
		return options.getOrDefault(name, List.of());
	}

	public List<String> positional() {
		return positional;
	}
}
