package org.fiscallens.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import javax.management.JMException;
import javax.management.ObjectName;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.engine.StreamingCheck;
import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

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
		return Set.of("keep", "no-workspace");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens bench [--units 250,1250,5000] [--work DIR] [--seed S] [--keep] [--no-workspace]

				For each number of units (each unit writes 4 documents: 决算 and 预算 for 2023 and 2024, so the default
				sizes are 1k, 5k and 20k submissions), generates a province into DIR (default: a temporary folder), then
				measures in the same JVM:
				  floor      reading every file and splitting it into lines (one thread)
				  e2e        import + check with the standard library as the check command does it (streamed unit by
				             unit on every core, each department with its member units), and its ratio
				             to the floor; cpu s = CPU time of the process meanwhile (garbage collection and
				             compilation included), imp cpu = the part spent importing (on a shared machine
				             CPU times say more than wall times); gc s = the garbage collector's pauses
				  heap       peak heap in use during e2e (sampled every 2 ms)
				Then, as the workbench does it (unless --no-workspace):
				  ws import  import into a review workspace, check, record the findings, save; ws MB = peak heap
				             in use meanwhile (sampled)
				  open       open that workspace afresh (index, region tree, review record) and count every unit's
				             open findings, as the province explorer shows them; open MB = peak heap meanwhile (sampled),
				             kept MB = heap still in use after it (the rule library included)
				  doc        load one submission, as the table editor does
				  rule       the library loaded with one rule edited, that rule alone re-run over the workspace
				             (rule ld = the part spent loading the library)
				Prints one table row per size. --keep leaves the generated files in DIR.

				Exit codes: 0 done, 2 bad usage.
				""";
	}

	private record Row(int units, int documents, double floor, double e2e, double cpu, double importCpu, double gc,
			long peakHeap, long errors,
			double wsImport, long wsHeap, double open, long openHeap, long openRetained, double loadOne,
			double editedRule, double editedRuleLoad) {
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
		boolean workspace = !arguments.has("no-workspace");
		context.out().printf("%-6s %-6s %7s %7s %7s %6s %7s %8s %6s %7s | %7s %7s %7s %7s %7s %7s %7s %7s%n", "units",
				"docs", "floor s", "e2e s", "docs/s", "e2e/fl", "cpu s", "imp cpu", "gc s", "heap MB", "ws imp", "ws MB",
				"open s", "open MB", "kept MB", "doc ms", "rule s", "rule ld");
		RuleLibrary library = RuleLibrary.standard();
		for (int units : sizes) {
			Path folder = work.resolve("units-" + units);
			List<GeneratedDocument> documents = new ProvinceGenerator(
					new GeneratorOptions(units, List.of(2023, 2024), seed, 0.0, GeneratorOptions.ALL_FORMATS)).generate(folder);
			Row row = measure(units, folder, documents, library, workspace ? work.resolve("workspace-" + units) : null);
			context.out().printf(
					"%-6d %-6d %7.2f %7.2f %7.0f %6.1f %7.2f %8.2f %6.2f %7d | %7.2f %7d %7.2f %7d %7d %7.1f %7.2f %7.2f%n",
					row.units(), row.documents(), row.floor(), row.e2e(), row.documents() / row.e2e(),
					row.e2e() / row.floor(), row.cpu(), row.importCpu(), row.gc(), row.peakHeap() / MB, row.wsImport(),
					row.wsHeap() / MB, row.open(), row.openHeap() / MB, row.openRetained() / MB, row.loadOne() * 1000,
					row.editedRule(), row.editedRuleLoad());
			if (row.errors() > 0) {
				context.err().println("fiscallens bench: " + row.errors() + " error findings on a fault-free province");
			}
			if (!arguments.has("keep")) {
				deleteTree(folder);
				if (workspace) {
					deleteTree(work.resolve("workspace-" + units));
				}
			}
		}
		return Cli.EXIT_OK;
	}

	private static final long MB = 1024 * 1024;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * CPU time of the whole process (every thread, the garbage collector's and the compiler's included): with other
	 * processes on the machine, wall time alone says little.
	 */
	private static long cpuTime() {
		try {
			return (Long) ManagementFactory.getPlatformMBeanServer()
					.getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
		} catch (JMException e) {
			throw new IllegalStateException("the JVM does not report its CPU time", e);
		}
	}

	/** Milliseconds the garbage collectors have spent so far (pauses; the collector's concurrent work is in cpu s). */
	private static long gcPauses() {
		long sum = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			sum += Math.max(0, gc.getCollectionTime());
		}
		return sum;
	}

	private static Row measure(int units, Path folder, List<GeneratedDocument> documents, RuleLibrary library, Path workspace)
			throws IOException {
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

		System.gc(); // the previous step's garbage must not count in this step's heap
		HeapSampler heap = new HeapSampler();
		long cpuStart = cpuTime();
		long gcStart = gcPauses();
		start = System.nanoTime();
		DisclosureImporter importer = new DisclosureImporter();
		LongAdder importNanos = new LongAdder();
		Function<Path, Submission> read = file -> {
			long t = THREADS.getCurrentThreadCpuTime();
			Submission s = importer.importFile(file);
			s.getSource().setPath(file.toString());
			importNanos.add(THREADS.getCurrentThreadCpuTime() - t);
			return s;
		};
		// as the check command does it: departments with their member units
		CheckReport report = new StreamingCheck(new CheckEngine(library), read, StreamingCheck.DEFAULT_CHUNK)
				.departments(new DepartmentMembersFromFiles())
				.run(documents.stream().map(GeneratedDocument::file).toList());
		double e2e = seconds(start);
		double cpu = (cpuTime() - cpuStart) / 1e9;
		double gc = (gcPauses() - gcStart) / 1e3;
		long peak = heap.stop();
		long errors = report.count(org.fiscallens.rules.rules.Severity.ERROR);
		report = null;
		if (workspace == null) {
			return new Row(units, documents.size(), floor, e2e, cpu, importNanos.sum() / 1e9, gc, peak, errors, 0, 0, 0,
					0, 0, 0, 0, 0);
		}

		System.gc();
		heap = new HeapSampler();
		start = System.nanoTime();
		try (Reviews reviews = Reviews.open(workspace, library)) {
			reviews.importAndCheck(List.of(folder), ImportListener.NONE);
		}
		double wsImport = seconds(start);
		long wsHeap = heap.stop();

		System.gc();
		heap = new HeapSampler();
		start = System.nanoTime();
		try (Reviews reviews = Reviews.open(workspace, library)) {
			// what the province explorer shows: regions › units, each with its open findings
			int unitsShown = 0;
			for (Region region : reviews.workspace().province().getRegions()) {
				unitsShown += countUnits(region, reviews);
			}
			double open = seconds(start);
			long openHeap = heap.stop();
			System.gc();
			long openRetained = usedHeap();
			if (unitsShown == 0) {
				throw new IllegalStateException("the explorer would show no unit");
			}
			List<SubmissionEntry> entries = reviews.workspace().entries();
			start = System.nanoTime();
			Submission one = reviews.workspace().load(entries.get(entries.size() / 2).id());
			double loadOne = seconds(start);
			if (one.getTables().isEmpty()) {
				throw new IllegalStateException("a document without tables");
			}

			start = System.nanoTime();
			RuleLibrary edited = RuleLibrary.load(editedSources()).only(r -> EDITED_RULE.equals(r.getName()));
			double editedRuleLoad = seconds(start);
			reviews.check(entries, new CheckEngine(edited));
			double editedRule = seconds(start);
			return new Row(units, documents.size(), floor, e2e, cpu, importNanos.sum() / 1e9, gc, peak, errors, wsImport,
					wsHeap, open, openHeap, openRetained, loadOne, editedRule, editedRuleLoad);
		}
	}

	private static int countUnits(Region region, Reviews reviews) {
		int n = 0;
		for (Unit u : region.getUnits()) {
			reviews.openFindings(u.getName());
			n++;
		}
		for (Region sub : region.getChildren()) {
			n += countUnits(sub, reviews);
		}
		return n;
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

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * The peak of the heap in use, sampled every few milliseconds. (The sum of the pools' own peaks overstates it: the
	 * young and old pools peak at different moments.)
	 */
	private static final class HeapSampler {
		private final Thread thread;
		private volatile boolean running = true;
		private volatile long peak;

		HeapSampler() {
			thread = new Thread(() -> {
				while (running) {
					peak = Math.max(peak, usedHeap());
					try {
						Thread.sleep(2);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "heap sampler");
			thread.setDaemon(true);
			thread.start();
		}

		long stop() {
			running = false;
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Math.max(peak, usedHeap());
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
