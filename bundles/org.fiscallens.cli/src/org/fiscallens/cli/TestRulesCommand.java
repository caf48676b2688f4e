package org.fiscallens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleTestRunner;

/** {@code ./fiscallens test-rules [DIR]}: runs the rule authors' test blocks. */
final class TestRulesCommand implements Command {

	@Override
	public String name() {
		return "test-rules";
	}

	@Override
	public String summary() {
		return "run the test blocks of the rule files (the standard library, or DIR)";
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens test-rules [DIR]

				Runs every `test` block of the rule files in DIR (searched recursively for .flr files), or of the
				standard library when DIR is not given: each test's document is imported, its rule run on it, and the
				findings compared with the test's expectations. Rule files with errors are reported.

				Exit codes: 0 every test passed, 1 a test failed or a rule file has errors, 2 bad usage.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		if (arguments.positional().size() > 1) {
			throw new UsageException("test-rules takes at most one DIR");
		}
		RuleLibrary library;
		if (arguments.positional().isEmpty()) {
			library = RuleLibrary.standard();
		} else {
			Path dir = context.resolve(arguments.positional().get(0));
			if (!Files.exists(dir)) {
				context.err().println("fiscallens test-rules: " + arguments.positional().get(0) + ": no such folder");
				return Cli.EXIT_USAGE;
			}
			library = RuleLibrary.fromPaths(List.of(dir));
		}
		library.problems().forEach(p -> context.err().println(p));
		List<RuleTestRunner.Outcome> outcomes = new RuleTestRunner(library).runAll();
		int failed = 0;
		for (RuleTestRunner.Outcome outcome : outcomes) {
			context.out().println(outcome);
			if (!outcome.passed()) {
				failed++;
			}
		}
		context.out().printf("%d rule(s), %d test(s): %d passed, %d failed%n", library.rules().size(), outcomes.size(),
				outcomes.size() - failed, failed);
		return failed > 0 || library.hasErrors() ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
	}
}
