package org.fiscallens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.render.Templates;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.Reviews;

/**
 * {@code ./fiscallens memo --workspace DIR [--unit NAME|--region NAME|--province] [--draft] --format docx|html|md
 * --out DIR}: writes the review memos of a workspace.
 */
final class MemoCommand implements Command {

	@Override
	public String name() {
		return "memo";
	}

	@Override
	public String summary() {
		return "write review memos (审核意见 per unit, 检查情况通报 of a region or the province)";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("workspace", "unit", "region", "format", "out", "templates", "reviewer", "date", "organ",
				"export-templates");
	}

	@Override
	public Set<String> flags() {
		return Set.of("province", "draft", "dismissed");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens memo --workspace DIR [--unit NAME...|--region NAME|--province] [--draft]
				                         --format docx|html|md --out DIR
				       ./fiscallens memo --export-templates DIR

				Writes the memos of a review workspace: for each --unit its 审核意见 (the confirmed findings by
				severity, with where they are, the values compared, the rule's explanation and the reviewers'
				comments; rounding tails in one line; manual findings; what to correct by when), or the 检查情况通报
				of a --region or the --province (findings by category, severity and region, with charts; the most
				frequent problems; the units with the most findings; the progress of the review). Dismissed findings
				are left out.

				Options:
				  --workspace DIR      the review workspace (made by ./fiscallens import)
				  --unit NAME          a unit's memo; repeat for several units
				  --region NAME        a region's summary: its name (吕梁市) or path (山西省/吕梁市)
				  --province           the province's summary
				  --draft              also list findings still 待审, marked as such
				  --dismissed          add an appendix listing the dismissed findings (unit memos)
				  --format F           docx (Word), html or md (Markdown; charts as PNG files beside it)
				  --out DIR            the folder to write into (created when absent)
				  --templates DIR      templates overriding the built-in ones (default: $FISCALLENS_HOME/templates,
				                       i.e. ~/.fiscallens/templates, when it exists)
				  --reviewer NAME      who reviewed (default: the unit's assigned reviewer, else the user)
				  --date YYYY-MM-DD    the memo's date (default today)
				  --organ NAME         the issuing organ on the letterhead (default: the province's 财政厅)
				  --export-templates DIR  write the built-in templates and reference.docx into DIR for editing

				Exit codes: 0 written, 2 bad usage, unknown unit or region, or unreadable workspace.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		if (arguments.has("export-templates")) {
			for (Path p : Templates.exportDefaults(context.resolve(arguments.value("export-templates", null)))) {
				context.out().println(p);
			}
			return Cli.EXIT_OK;
		}
		String workspace = arguments.value("workspace", null);
		if (workspace == null) {
			throw new UsageException("--workspace DIR is required");
		}
		String out = arguments.value("out", null);
		if (out == null) {
			throw new UsageException("--out DIR is required");
		}
		if (!arguments.has("format")) {
			throw new UsageException("--format docx|html|md is required");
		}
		MemoFormat format = MemoFormat.of(arguments.choice("format", null, "docx", "html", "md"));
		List<String> units = arguments.values("unit");
		int scopes = (units.isEmpty() ? 0 : 1) + (arguments.has("region") ? 1 : 0) + (arguments.has("province") ? 1 : 0);
		if (scopes != 1) {
			throw new UsageException("give exactly one of --unit NAME, --region NAME or --province");
		}
		MemoScope scope = !units.isEmpty() ? new MemoScope.Units(units)
				: arguments.has("region") ? new MemoScope.Region(arguments.value("region", null))
						: new MemoScope.Province();
		MemoOptions options = MemoOptions.defaults().withDraft(arguments.has("draft"))
				.withShowDismissed(arguments.has("dismissed")).withReviewer(arguments.value("reviewer", null))
				.withOrgan(arguments.value("organ", null));
		if (arguments.has("date")) {
			try {
				options = options.withDate(LocalDate.parse(arguments.value("date", null)));
			} catch (DateTimeParseException e) {
				throw new UsageException("--date must be YYYY-MM-DD, not '" + arguments.value("date", null) + "'");
			}
		}
		if (arguments.has("templates")) {
			Path templates = context.resolve(arguments.value("templates", null));
			if (!Files.isDirectory(templates)) {
				throw new UsageException("--templates " + templates + ": no such folder");
			}
			options = options.withTemplates(templates);
		}
		Path workspaceDir = context.resolve(workspace);
		if (!Files.isDirectory(workspaceDir)) {
			context.err().println("fiscallens memo: " + workspace + ": no such workspace folder");
			return Cli.EXIT_USAGE;
		}
		try (Reviews review = Reviews.open(workspaceDir)) {
			int left = review.checkLeftUnchecked(ImportListener.NONE);
			if (left > 0) {
				context.err().println(
						"fiscallens memo: checked " + left + " document(s) an interrupted import had left unchecked");
			}
			long start = System.nanoTime();
			MemoExporter exporter = new MemoExporter(review, options);
			List<Path> written;
			try {
				written = exporter.export(scope, format, context.resolve(out), (done, total, current) -> {
				});
			} catch (IllegalArgumentException e) {
				context.err().println("fiscallens memo: " + e.getMessage());
				return Cli.EXIT_USAGE;
			}
			for (Path p : written) {
				context.out().println(p);
			}
			context.err().printf("fiscallens memo: %d file(s) in %d ms%n", written.size(),
					(System.nanoTime() - start) / 1_000_000);
			return Cli.EXIT_OK;
		}
	}
}
