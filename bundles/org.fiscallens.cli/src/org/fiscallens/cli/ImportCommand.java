package org.fiscallens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.Reviews;

/** {@code ./fiscallens import --workspace DIR PATH...}: imports documents into a review workspace. */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import documents (files or folders) into a review workspace";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("workspace");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens import --workspace DIR PATH...

				Imports every document in PATH (a file, or a folder searched recursively) into the review workspace
				DIR (created when absent), checks the new and changed documents with the standard rules and records
				their findings for the reviewers. A document that cannot be read is reported and never stops the
				others; re-importing an unchanged file does nothing; a new version of a unit's document replaces the
				old one, and the reviewers' annotations move to it (findings it no longer has become 已整改).

				Options:
				  --workspace DIR   the review workspace folder (required)

				Exit codes: 0 all documents imported, 2 bad usage or at least one unreadable document.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		String workspace = arguments.value("workspace", null);
		if (workspace == null) {
			throw new UsageException("--workspace DIR is required");
		}
		if (arguments.positional().isEmpty()) {
			throw new UsageException("give at least one PATH to import");
		}
		List<Path> paths = new ArrayList<>();
		boolean missing = false;
		for (String given : arguments.positional()) {
			Path path = context.resolve(given);
			if (Files.exists(path)) {
				paths.add(path);
			} else {
				context.err().println("fiscallens import: " + given + ": no such file or folder");
				missing = true;
			}
		}
		try (Reviews review = Reviews.open(context.resolve(workspace))) {
			ImportSummary summary = review.importAndCheck(paths, ImportListener.NONE);
			summary.messages().forEach(context.err()::println);
			// counted from the units' file names: reading a province's whole record back would take minutes
			context.out().printf("imported %d, replaced %d, failed %d; workspace %s holds %d submissions, %d unresolved "
					+ "findings%n", summary.imported(), summary.replaced(), summary.failed(), workspace,
					review.workspace().entries().size(), review.records().openFindingCount());
			return summary.failed() > 0 || missing ? Cli.EXIT_USAGE : Cli.EXIT_OK;
		}
	}
}
