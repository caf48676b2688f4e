package org.fiscallens.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.DocumentResult;
import org.fiscallens.engine.StreamingCheck;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.interpreter.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking streamed unit by unit on every core finds exactly what checking all documents together (one after the
 * other) finds: on a generated region whose units have both years and both kinds, so the look-ups across documents
 * (上年决算, 同年预算) are exercised, in file order and in a shuffled order that brings units back after they were
 * dropped.
 */
public class StreamingCheckTest {

	private static final Path REGION = Seeds.FOLDER.resolveSibling("generated").resolve("嘉禾省本级");

	private static List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.list(REGION)) {
			return walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static Submission read(Path file) {
		Submission s = new DisclosureImporter().importFile(file);
		s.getSource().setPath(file.getFileName().toString());
		return s;
	}

	/** Per file: every finding (rule, severity, message, where), in reading order; and what was not applicable. */
	private static Map<String, List<String>> outcome(CheckReport report) {
		Map<String, List<String>> byFile = new TreeMap<>();
		for (DocumentResult d : report.documents()) {
			List<String> lines = new ArrayList<>();
			for (Finding f : d.findings()) {
				lines.add(f.rule() + " " + f.severity() + " " + f.rounding() + " " + f.message() + " " + f.locations());
			}
			d.notApplicable().forEach(n -> lines.add("n/a " + n.rule() + " " + n.reason()));
			byFile.put(d.submission().getSource().getPath(), lines);
		}
		return byFile;
	}

	@Test
	public void streamingFindsWhatCheckingEverythingTogetherFinds() throws Exception {
		List<Path> files = files();
		assertTrue(files.size() >= 40, "a region with several units: " + files.size());
		CheckEngine engine = new CheckEngine(Seeds.library());
		List<Submission> all = new ArrayList<>();
		files.forEach(f -> all.add(read(f)));
		CheckReport together = engine.check(all);
		Map<String, List<String>> expected = outcome(together);
		assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(l -> l.contains("上年")
				|| l.contains("预算公开")), "cross-document rules ran");

		StreamingCheck inOrder = new StreamingCheck(engine, StreamingCheckTest::read, 4);
		CheckReport streamed = inOrder.run(files);
		assertEquals(expected, outcome(streamed));
		assertEquals(files.size(), streamed.documents().size());
		assertEquals(together.count(org.fiscallens.rules.rules.Severity.ERROR),
				streamed.count(org.fiscallens.rules.rules.Severity.ERROR));

		List<Path> shuffled = new ArrayList<>(files);
		Collections.shuffle(shuffled, new Random(8));
		StreamingCheck outOfOrder = new StreamingCheck(engine, StreamingCheckTest::read, 3).inGivenOrder();
		assertEquals(expected, outcome(outOfOrder.run(shuffled)));
		assertTrue(outOfOrder.reopenedUnits() > 0, "units came back after they were checked and dropped");
	}

	@Test
	public void aProvinceFiledByYearIsReadUnitByUnit(@TempDir Path temp) throws Exception {
		// the same documents filed as a reviewer may get them: one folder per year and kind
		List<Path> byYear = new ArrayList<>();
		for (Path file : files()) {
			String name = file.getFileName().toString();
			Matcher m = Pattern.compile("_(\\d{4})_(决算|预算)\\.").matcher(name);
			assertTrue(m.find(), name);
			Path copy = temp.resolve(m.group(1) + m.group(2)).resolve(name);
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
			byYear.add(copy);
		}
		Collections.sort(byYear); // year-major: each unit's four documents lie in four folders
		CheckEngine engine = new CheckEngine(Seeds.library());
		Map<String, List<String>> expected = outcome(engine.check(byYear.stream().map(StreamingCheckTest::read).toList()));

		StreamingCheck streaming = new StreamingCheck(engine, StreamingCheckTest::read, 4);
		CheckReport streamed = streaming.run(byYear);
		assertEquals(expected, outcome(streamed));
		assertEquals(0, streaming.reopenedUnits(), "a unit's files are read together");
		for (int i = 0; i < byYear.size(); i++) { // and reported in the order given
			assertEquals(byYear.get(i).getFileName().toString(), streamed.documents().get(i).submission().getSource().getPath());
		}

		StreamingCheck asGiven = new StreamingCheck(engine, StreamingCheckTest::read, 4).inGivenOrder();
		assertEquals(expected, outcome(asGiven.run(byYear)));
		assertTrue(asGiven.reopenedUnits() > 0, "read as given, units come back from the next year's folder");
	}

	@Test
	public void theReportKeepsWhatTheReportsNeedOfEachDocument() throws Exception {
		List<Path> files = files().subList(0, 8);
		CheckReport streamed = new StreamingCheck(new CheckEngine(Seeds.library()), StreamingCheckTest::read, 2).run(files);
		for (int i = 0; i < files.size(); i++) {
			Submission full = read(files.get(i));
			Submission kept = streamed.documents().get(i).submission();
			assertEquals(full.getSource().getPath(), kept.getSource().getPath());
			assertEquals(full.getUnitName(), kept.getUnitName());
			assertEquals(full.getYear(), kept.getYear());
			assertEquals(full.getKind(), kept.getKind());
			assertEquals(full.getDiagnostics().size(), kept.getDiagnostics().size());
			assertEquals(full.getTables().stream().map(t -> t.getCatalogueCode()).toList(),
					kept.getTables().stream().map(t -> t.getCatalogueCode()).toList());
		}
	}
}
