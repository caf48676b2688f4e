package org.fiscallens.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;

/**
 * {@code ./fiscallens bench [--units 250,1250,5000] [--work DIR]}: generates provinces of growing size and measures,
 * in one run, the floor (reading the files and splitting them into lines), import, check with the standard library,
 * end to end, peak heap, and one edited rule re-run over the whole province.
 */
final class BenchCommand implements Command {

	/** The rule edited for the re-run, and the file it is in. */
	private static final String EDITED_RULE = "说明收入合计";
	private static final String EDITED_FILE = "4-narrative.flr";

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "measure import and check throughput on generated provinces (on demand, not in the tests)";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("units", "work", "seed");
	}

	@Override
	public Set<String> flags() {
		return Set.of("keep");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens bench [--units 250,1250,5000] [--work DIR] [--seed S] [--keep]

				For each number of units (each unit writes 4 documents: 决算 and 预算 for 2023 and 2024, so the default
				sizes are 1k, 5k and 20k submissions), generates a province into DIR (default: a temporary folder), then
				measures in the same JVM:
				  floor      reading every file and splitting it into lines
				  import     the importer over every file (one thread)
				  check      the standard library over every document (parallel across documents)
				  e2e        import + check, and its ratio to the floor
				  heap       peak heap use (all heap pools) during import and check
				  rule       the library loaded with one rule edited, that rule alone re-run over the province
				Prints one table row per size. --keep leaves the generated files in DIR.

				Exit codes: 0 done, 2 bad usage.
				""";
	}

	private record Row(int units, int documents, double floor, double load, double imported, double checked,
			long peakHeap, double editedRule, long errors) {
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		try {
			for (String size : arguments.value("units", "250,1250,5000").split(",")) {
				sizes.add(Integer.parseInt(size.strip()));
			}
		} catch (NumberFormatException e) {
			throw new UsageException("--units takes numbers, e.g. 250,1250,5000");
		}
		Path work = arguments.has("work") ? context.resolve(arguments.value("work", "")) : Files.createTempDirectory("fiscallens-bench");
		long seed = Long.parseLong(arguments.value("seed", "1"));
		context.out().printf("%-7s %-9s %8s %8s %9s %9s %9s %7s %9s %10s %9s%n", "units", "documents", "floor s", "import s",
				"docs/s", "check s", "docs/s", "e2e/fl", "e2e s", "heap MB", "rule s");
		for (int units : sizes) {
			Path folder = work.resolve("units-" + units);
			List<GeneratedDocument> documents = new ProvinceGenerator(
					new GeneratorOptions(units, List.of(2023, 2024), seed, 0.0, GeneratorOptions.ALL_FORMATS)).generate(folder);
			Row row = measure(units, documents);
			context.out().printf("%-7d %-9d %8.2f %8.2f %9.0f %9.2f %9.0f %7.1f %9.2f %10d %9.2f%n", row.units(), row.documents(),
					row.floor(), row.imported(), row.documents() / row.imported(), row.checked(), row.documents() / row.checked(),
					(row.imported() + row.checked()) / row.floor(), row.load() + row.imported() + row.checked(),
					row.peakHeap() / (1024 * 1024), row.editedRule());
			if (row.errors() > 0) {
				context.err().println("fiscallens bench: " + row.errors() + " error findings on a fault-free province");
			}
			if (!arguments.has("keep")) {
				deleteTree(folder);
			}
		}
		return Cli.EXIT_OK;
	}

	private static Row measure(int units, List<GeneratedDocument> documents) throws IOException {
		System.gc();
		long start = System.nanoTime();
		long lines = 0;
		for (GeneratedDocument d : documents) {
			lines += Files.readString(d.file(), StandardCharsets.UTF_8).split("\\R", -1).length;
		}
		double floor = seconds(start);
		if (lines == 0) {
			throw new IllegalStateException("no lines read");
		}

		resetPeakHeap();
		start = System.nanoTime();
		RuleLibrary library = RuleLibrary.standard();
		double load = seconds(start);
		start = System.nanoTime();
		DisclosureImporter importer = new DisclosureImporter();
		List<Submission> submissions = new ArrayList<>(documents.size());
		for (GeneratedDocument d : documents) {
			Submission s = importer.importFile(d.file());
			s.getSource().setPath(d.file().toString());
			submissions.add(s);
		}
		double imported = seconds(start);
		start = System.nanoTime();
		CheckReport report = new CheckEngine(library).check(submissions);
		double checked = seconds(start);
		long peak = peakHeap();

		start = System.nanoTime();
		RuleLibrary edited = RuleLibrary.load(editedSources()).only(r -> EDITED_RULE.equals(r.getName()));
		new CheckEngine(edited).check(submissions);
		double editedRule = seconds(start);
		long errors = report.count(org.fiscallens.rules.rules.Severity.ERROR);
		return new Row(units, documents.size(), floor, load, imported, checked, peak, editedRule, errors);
	}

	/** The standard library with one rule changed, as a rule author would save it from the editor. */
	private static List<RuleSource> editedSources() throws IOException {
		List<RuleSource> sources = new ArrayList<>();
		for (RuleSource source : RuleLibrary.standardSources()) {
			if (source.name().endsWith("final/" + EDITED_FILE)) {
				String text = source.text().replace("rule " + EDITED_RULE + " \"", "rule " + EDITED_RULE + " \"（已修改）");
				source = new RuleSource(source.name(), text, source.fixtures());
			}
			sources.add(source);
		}
		return sources;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void resetPeakHeap() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks: an upper bound of the peak heap (pools peak at different moments). */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
