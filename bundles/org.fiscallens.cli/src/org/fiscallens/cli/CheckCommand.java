package org.fiscallens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.Reports;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.engine.StreamingCheck;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;

/**
 * {@code ./fiscallens check [--rules DIR]... [--format text|json|sarif] [--out FILE] PATH...}: checks documents with
 * the standard rule library (plus the given rule folders) and reports the findings.
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "check documents with the standard rules (and your own): findings as text, JSON or SARIF";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("rules", "format", "out");
	}

	@Override
	public Set<String> flags() {
		return Set.of("no-standard", "stats");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens check [--rules DIR]... [--no-standard] [--format text|json|sarif] [--out FILE] PATH...

				Checks every document in PATH (a file, or a folder searched recursively for .txt and .md files) with the
				standard rule library and the rule files (.flr) in each --rules folder. Documents are checked against each
				other too: a unit's previous year, its budget, a department and its member units (those its 概况 names, when all
				of them are among the PATHs).

				Options:
				  --rules DIR            more rule files (repeatable); a file with errors is reported and skipped
				  --no-standard          only the --rules files, without the standard library
				  --format text|json|sarif   report format (default: text)
				  --out FILE             write the report to FILE instead of standard output
				  --stats                print timings (load rules, import, check) to standard error

				Exit codes: 0 no error-severity finding, 1 at least one error finding,
				            2 bad usage or unreadable input (after reporting every readable document).
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		String format = arguments.choice("format", "text", "text", "json", "sarif");
		if (arguments.positional().isEmpty()) {
			throw new UsageException("give at least one PATH to check");
		}
		boolean unreadable = false;
		long start = System.nanoTime();
		List<RuleSource> userRules = new ArrayList<>();
		for (String given : arguments.values("rules")) {
			Path dir = context.resolve(given);
			if (!Files.exists(dir)) {
				context.err().println("fiscallens check: --rules " + given + ": no such file or folder");
				return Cli.EXIT_USAGE;
			}
			userRules.addAll(RuleSource.allIn(dir, given));
		}
		RuleLibrary library = arguments.has("no-standard") ? RuleLibrary.load(userRules)
				: RuleLibrary.standard(userRules);
		library.problems().forEach(p -> context.err().println("fiscallens check: " + p));

		long rulesLoaded = System.nanoTime();
		record Document(Path file, String shown) {
		}
		List<Document> readable = new ArrayList<>();
		for (String given : arguments.positional()) {
			Path path = context.resolve(given);
			if (!Files.exists(path)) {
				context.err().println("fiscallens check: " + given + ": no such file or folder");
				unreadable = true;
				continue;
			}
			for (Path file : documents(path)) {
				String shown = Files.isDirectory(path) ? Path.of(given).resolve(path.relativize(file)).toString() : given;
				if (Files.isReadable(file)) {
					readable.add(new Document(file, shown));
				} else {
					context.err().println("fiscallens check: " + shown + ": cannot be read");
					unreadable = true;
				}
			}
		}
		// import and check on every core, unit by unit, without holding the whole province in memory
		DisclosureImporter importer = new DisclosureImporter();
		Map<Path, String> shown = new HashMap<>();
		readable.forEach(d -> shown.putIfAbsent(d.file(), d.shown()));
		long[] importedAt = {0};
		boolean[] unreadableFound = {false};
		Function<Path, Submission> read = file -> {
			Submission submission = importer.importFile(file);
			submission.getSource().setPath(shown.get(file));
			return submission;
		};
		CheckEngine engine = new CheckEngine(library);
		StreamingCheck streaming = new StreamingCheck(engine, read, StreamingCheck.DEFAULT_CHUNK)
				.departments(new DepartmentMembersFromFiles()).onImported(submission -> {
					if (submission.getTables().isEmpty() && submission.getNarrative() == null) {
						context.err().println("fiscallens check: " + submission.getSource().getPath()
								+ ": no disclosure could be read from this file");
						unreadableFound[0] = true;
					}
					importedAt[0] = System.nanoTime();
				});
		CheckReport report = streaming.run(readable.stream().map(Document::file).toList());
		unreadable |= unreadableFound[0];
		long imported = Math.max(importedAt[0], rulesLoaded);
		long checked = System.nanoTime();
		if (arguments.has("stats")) {
			double checkSeconds = (checked - imported) / 1e9;
			context.err().printf("fiscallens check: %d rules loaded in %.2f s; %d documents imported in %.2f s, "
					+ "checked in %.3f s more (%.1f documents/s, %d comparisons)%n", library.rules().size(),
					(rulesLoaded - start) / 1e9, readable.size(), (imported - rulesLoaded) / 1e9, checkSeconds,
					readable.size() / Math.max((checked - rulesLoaded) / 1e9, 1e-9),
					report.documents().stream().mapToInt(d -> d.comparisons()).sum());
		}
		String out = arguments.value("out", null);
		if (out == null) {
			PrintStream stdout = context.out();
			write(report, format, library, new BufferedWriter(new OutputStreamWriter(stdout, stdout.charset())));
		} else {
			// into a temporary file moved into place when complete: a failed run leaves no half report behind
			Path file = context.resolve(out);
			Path partial = file.resolveSibling(file.getFileName() + ".part");
			try (Writer output = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				write(report, format, library, output);
			} catch (IOException | RuntimeException | Error e) {
				Files.deleteIfExists(partial);
				throw e;
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
		report.ruleErrors().forEach(e -> context.err().println("fiscallens check: rule error: " + e));
		if (unreadable) {
			return Cli.EXIT_USAGE;
		}
		return report.hasErrors() ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
	}

	/** Written as it goes (and flushed, never closed): a province's report is more than one string may hold. */
	private static void write(CheckReport report, String format, RuleLibrary library, Writer output)
			throws IOException {
		switch (format) {
		case "json" -> Reports.json(report, Version.current(), output);
		case "sarif" -> Reports.sarif(report, library.rules(), Version.current(), output);
		default -> Reports.text(report, output);
		}
	}

	/** The documents in a path: the file itself, or every .txt/.md file below a folder, in name order. */
	static List<Path> documents(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile)
					.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
		}
	}
}
