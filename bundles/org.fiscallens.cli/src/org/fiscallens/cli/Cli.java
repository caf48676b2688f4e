package org.fiscallens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless command line of FiscalLens: dispatches {@code ./fiscallens <command> ...} to a {@link Command}. Used
 * by {@link HeadlessApplication} in the product and directly by the tests.
 */
public final class Cli {

	/** No error-severity finding, command succeeded. */
	public static final int EXIT_OK = 0;
	/** At least one error-severity finding. */
	public static final int EXIT_FINDINGS = 1;
	/** Bad usage or unreadable input, or the command could not finish (the reason is printed). */
	public static final int EXIT_USAGE = 2;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli() {
		register(new CheckCommand());
		register(new InspectCommand());
		register(new ImportCommand());
		register(new TestRulesCommand());
		register(new GenerateCommand());
		register(new BenchCommand());
		register(new LspCommand());
		register(new MemoCommand());
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, new CommandContext(out, err, Path.of("").toAbsolutePath()));
	}

	public int run(String[] args, CommandContext context) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			context.out().print(overview());
			return args.length == 0 ? EXIT_USAGE : EXIT_OK;
		}
		if (args[0].equals("--version")) {
			context.out().println("fiscallens " + Version.current());
			return EXIT_OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			context.err().println("fiscallens: unknown command '" + args[0] + "' (./fiscallens --help lists the commands)");
			return EXIT_USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help")) {
			context.out().print(command.usage());
			return EXIT_OK;
		}
		try {
			return command.run(Arguments.parse(rest, command.valuedOptions(), command.flags()), context);
		} catch (UsageException e) {
			context.err().println("fiscallens " + command.name() + ": " + e.getMessage());
			context.err().print(command.usage());
			return EXIT_USAGE;
		} catch (OutOfMemoryError e) {
			// the usual Error a command meets; what held the memory is gone by now, so this can still be printed
			context.err().println("fiscallens " + command.name() + ": out of memory (" + e.getMessage()
					+ "): give it more, e.g. FISCALLENS_VMARGS=-Xmx4g, or fewer documents at once");
			return EXIT_USAGE;
		} catch (Exception | Error e) {
			// never a silent end: outside this method an Error would only reach a log that the launcher deletes
			context.err().println("fiscallens " + command.name() + ": " + e);
			e.printStackTrace(context.err());
			return EXIT_USAGE;
		}
	}

	/** The text of {@code ./fiscallens --help}. */
	public String overview() {
		StringBuilder text = new StringBuilder();
		text.append("FiscalLens ").append(Version.current())
				.append(" - review budget and final-accounts disclosures (预算公开 / 决算公开)\n\n");
		text.append("Usage:\n");
		text.append("  ./fiscallens                      open the review workbench (needs a display)\n");
		text.append("  ./fiscallens <command> [options]  run a headless command\n\n");
		text.append("Commands:\n");
		for (Command command : commands.values()) {
			text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
		}
		text.append("\n./fiscallens <command> --help shows the options of a command.\n");
		text.append("Exit codes: 0 ok, 1 error-severity findings, 2 bad usage or unreadable input.\n");
		return text.toString();
	}
}
