package org.fiscallens.cli;

/** One headless command, run as {@code ./fiscallens <name> [options] [arguments]}. */
public interface Command {

	/** The word after {@code ./fiscallens}. */
	String name();

	/** One line for {@code ./fiscallens --help}. */
	String summary();

	/** The full text of {@code ./fiscallens <name> --help}: synopsis, options, exit codes. */
	String usage();

	/** Options that take a value, without the leading {@code --}. */
	default java.util.Set<String> valuedOptions() {
		return java.util.Set.of();
	}

	/** Options without a value, without the leading {@code --}. */
	default java.util.Set<String> flags() {
		return java.util.Set.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the process exit code: {@link Cli#EXIT_OK}, {@link Cli#EXIT_FINDINGS} or {@link Cli#EXIT_USAGE}
	 * @throws UsageException when the arguments are wrong (reported with the usage, exit code 2)
	 */
	int run(Arguments arguments, CommandContext context) throws Exception;
}
