package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.ReviewRecord;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.CorruptFileException;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.WriteStepListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review record kept per unit ({@code records/}): a save writes only the units that changed, the counts the
 * explorer shows come from file names, an earlier single {@code review.xmi} is migrated, and a crash at any write
 * step leaves every unit's record old or new.
 */
public class PartitionedRecordTest {

	private static final Path SEEDS = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"));
	private static RuleLibrary library;

	@TempDir
	static Path shared;
	/** The five seeds imported and checked, never changed: tests copy it. */
	private static Path checked;

	@BeforeAll
	static void importSeeds() throws Exception {
		library = RuleLibrary.standard();
		checked = shared.resolve("checked");
		try (Reviews reviews = Reviews.open(checked, library)) {
			reviews.importAndCheck(List.of(SEEDS), ImportListener.NONE);
		}
	}

	private static Path copy(Path tmp, String name) throws IOException {
		Path dir = tmp.resolve(name);
		Fixtures.copyFolder(checked, dir);
		return dir;
	}

	private static List<String> units(ReviewRecords records) {
		return records.findings().stream().map(FindingRecord::getUnitName).distinct().sorted().toList();
	}

	private static FindingRecord firstOpen(ReviewRecords records, String unit) {
		return records.findingsOf(unit).stream().filter(f -> f.getStatus() == FindingStatus.OPEN && !f.isRounding())
				.findFirst().orElseThrow(() -> new AssertionError("no open finding of " + unit));
	}

	/** Every unit's findings by key, with what a reviewer can change (status, reason, comments, history). */
	private static Map<String, String> state(Path dir) throws IOException {
		ReviewRecords records = ReviewRecords.open(dir);
		Map<String, String> state = new TreeMap<>();
		for (FindingRecord f : records.findings()) {
			state.put(f.getKey(), f.getStatus() + "/" + f.getDismissReason() + "/" + f.getComments().size() + "/"
					+ f.getHistory().size() + "/" + f.getMessage());
		}
		records.model().getAssignments().forEach(a -> state.put("assignment " + a.getUnitName(),
				a.getReviewer() + "/" + a.getStatus()));
		return state;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	@Test
	public void aProvinceRecordIsOneFilePerUnit() throws Exception {
		ReviewRecords records = ReviewRecords.open(checked);
		List<String> units = units(records);
		assertTrue(units.size() >= 3, "the seeds are several units: " + units);
		assertEquals(units.size(), files(checked.resolve(ReviewRecords.FOLDER)).size(), "no assignment yet, no other file");
		assertFalse(Files.exists(checked.resolve(ReviewRecords.FILE)), "no single review.xmi any more");
	}

	@Test
	public void savingOneStatusChangeRewritesOnlyItsUnit(@TempDir Path tmp) throws Exception {
		Path dir = copy(tmp, "one-change");
		Path folder = dir.resolve(ReviewRecords.FOLDER);
		List<Path> before = files(folder);
		Map<Path, byte[]> bytesBefore = new TreeMap<>();
		for (Path p : before) {
			bytesBefore.put(p, Files.readAllBytes(p));
		}
		List<String> steps = new ArrayList<>();
		ReviewRecords records = ReviewRecords.open(dir, (step, file) -> steps.add(step + " " + file.getFileName()));
		String unit = units(ReviewRecords.open(dir)).get(1);
		records.setStatus(firstOpen(records, unit), FindingStatus.CONFIRMED, null, "请核实", "张审核");
		records.save();

		List<Path> after = files(folder);
		List<Path> gone = before.stream().filter(p -> !after.contains(p)).toList();
		List<Path> added = after.stream().filter(p -> !before.contains(p)).toList();
		assertEquals(1, gone.size(), "exactly one unit's file replaced: " + steps);
		assertEquals(1, added.size(), "by exactly one new file: " + steps);
		assertEquals(gone.get(0).getFileName().toString().substring(0, 16),
				added.get(0).getFileName().toString().substring(0, 16), "the same unit, a newer generation");
		for (Path p : after) {
			if (!added.contains(p)) {
				assertTrue(java.util.Arrays.equals(bytesBefore.get(p), Files.readAllBytes(p)), "untouched: " + p);
			}
		}
		List<String> renamed = steps.stream().filter(s -> s.startsWith("renamed ")).toList();
		assertEquals(List.of("renamed " + added.get(0).getFileName()), renamed, "one file written: " + steps);
		assertEquals(FindingStatus.CONFIRMED, ReviewRecords.open(dir).findingsOf(unit).stream()
				.filter(f -> f.getStatus() == FindingStatus.CONFIRMED).findFirst().orElseThrow().getStatus());

		steps.clear();
		records.save();
		assertEquals(List.of(), steps, "nothing changed, nothing written");
	}

	@Test
	public void theExplorerCountsComeFromFileNamesAndMatchTheRecords(@TempDir Path tmp) throws Exception {
		Path dir = copy(tmp, "counts");
		ReviewRecords annotate = ReviewRecords.open(dir);
		String unit = units(annotate).get(0);
		annotate.setStatus(firstOpen(annotate, unit), FindingStatus.DISMISSED, DismissReason.FALSE_POSITIVE, null, "张审核");
		annotate.save();

		ReviewRecords fromNames = ReviewRecords.open(dir);
		ReviewRecords fromRecords = ReviewRecords.open(dir);
		fromRecords.findings(); // read every unit
		for (String u : units(fromRecords)) {
			assertEquals(fromRecords.openFindings(u), fromNames.openFindings(u), u);
		}
		assertFalse(fromNames.openFindings(unit).isEmpty() && fromRecords.findingsOf(unit).isEmpty());
	}

	@Test
	public void annotationsOfSeveralUnitsRoundTrip(@TempDir Path tmp) throws Exception {
		Path dir = copy(tmp, "round-trip");
		ReviewRecords records = ReviewRecords.open(dir);
		List<String> units = units(ReviewRecords.open(dir));
		FindingRecord a = firstOpen(records, units.get(0));
		FindingRecord b = firstOpen(records, units.get(2));
		records.setStatus(a, FindingStatus.CONFIRMED, null, "应与公开05一致", "张审核");
		records.comment(a, "请单位核对", "李处长");
		records.setStatus(b, FindingStatus.DISMISSED, DismissReason.EXPLAINED_BY_UNIT, null, "王审核");
		records.assign(units.get(1), "张审核", UnitReviewStatus.IN_PROGRESS);
		records.save();

		ReviewRecords reopened = ReviewRecords.open(dir);
		assertEquals(FindingStatus.CONFIRMED, reopened.get(a.getKey()).getStatus());
		assertEquals("李处长", reopened.get(a.getKey()).getComments().get(0).getAuthor());
		assertEquals(DismissReason.EXPLAINED_BY_UNIT, reopened.get(b.getKey()).getDismissReason());
		assertEquals(UnitReviewStatus.IN_PROGRESS, reopened.assignment(units.get(1)).getStatus());
		assertEquals(records.findings().size(), reopened.findings().size());
		for (FindingRecord f : records.findings()) {
			assertTrue(EcoreUtil.equals(f, reopened.get(f.getKey())), "reads back identical: " + f.getKey());
		}
	}

	@Test
	public void aSingleReviewXmiOfAnEarlierVersionIsMigrated(@TempDir Path tmp) throws Exception {
		Path dir = copy(tmp, "legacy");
		Map<String, String> expected = legacy(dir);
		assertTrue(Files.exists(dir.resolve(ReviewRecords.FILE)));

		assertEquals(expected, state(dir), "the old record reads the same");
		assertFalse(Files.exists(dir.resolve(ReviewRecords.FILE)), "migrated");
		assertTrue(Files.exists(dir.resolve(ReviewRecords.MIGRATED)), "kept under another name");
		assertEquals(expected, state(dir), "and again from the units' files");
	}

	@Test
	public void aCrashAtAnyStepOfTheMigrationLosesNothing(@TempDir Path tmp) throws Exception {
		Path base = copy(tmp, "legacy-base");
		Map<String, String> expected = legacy(base);
		List<String> steps = new ArrayList<>();
		Path counted = tmp.resolve("counted");
		Fixtures.copyFolder(base, counted);
		ReviewRecords.open(counted, (s, f) -> steps.add(s + " " + f.getFileName()));
		assertTrue(steps.size() > 5, steps.toString());
		for (int crashAt = 0; crashAt < steps.size(); crashAt++) {
			Path dir = tmp.resolve("migration-crash-" + crashAt);
			Fixtures.copyFolder(base, dir);
			crashAt(dir, crashAt, ReviewRecords::open);
			assertEquals(expected, state(dir), "crash after " + steps.get(crashAt));
		}
	}

	@Test
	public void aCrashAtAnyStepOfASaveLeavesEachUnitOldOrNew(@TempDir Path tmp) throws Exception {
		Path base = copy(tmp, "save-base");
		Map<String, String> old = state(base);
		Path changed = tmp.resolve("changed");
		Fixtures.copyFolder(base, changed);
		List<String> steps = new ArrayList<>();
		change(ReviewRecords.open(changed, (s, f) -> steps.add(s + " " + f.getFileName())));
		Map<String, String> fresh = state(changed);
		assertNotEquals(old, fresh);
		assertTrue(steps.size() >= 8, "two units: temp writes, syncs, renames, directory sync, deletions: " + steps);
		for (int crashAt = 0; crashAt < steps.size(); crashAt++) {
			Path dir = tmp.resolve("save-crash-" + crashAt);
			Fixtures.copyFolder(base, dir);
			crashAt(dir, crashAt, (d, listener) -> {
				change(ReviewRecords.open(d, listener));
				return null;
			});
			Map<String, String> after = state(dir);
			for (String key : fresh.keySet()) {
				// each unit's findings are one file; all the assignments another
				String unitOf = key.startsWith("assignment ") ? "assignment " : key.substring(0, key.indexOf('|') + 1);
				Map<String, String> unitAfter = ofUnit(after, unitOf);
				assertTrue(unitAfter.equals(ofUnit(old, unitOf)) || unitAfter.equals(ofUnit(fresh, unitOf)),
						"crash after " + steps.get(crashAt) + ": " + unitOf + " is neither old nor new");
			}
		}
		// a damaged unit file is reported by name when the unit is read, not loaded half-way
		Path damaged = tmp.resolve("damaged");
		Fixtures.copyFolder(base, damaged);
		Path victim = files(damaged.resolve(ReviewRecords.FOLDER)).get(0);
		Files.writeString(victim, "<?xml version=\"1.0\"?><broken");
		UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> ReviewRecords.open(damaged).findings());
		assertTrue(error.getCause() instanceof CorruptFileException, error.toString());
		assertTrue(error.getCause().getMessage().contains(victim.getFileName().toString()), error.getMessage());
	}

	private static Map<String, String> ofUnit(Map<String, String> state, String prefix) {
		Map<String, String> result = new TreeMap<>();
		state.forEach((k, v) -> {
			if (k.startsWith(prefix)) {
				result.put(k, v);
			}
		});
		return result;
	}

	/** Two units change in one save: a status, a comment and an assignment. */
	private static void change(ReviewRecords records) {
		List<String> units = units(records);
		records.setStatus(firstOpen(records, units.get(0)), FindingStatus.CONFIRMED, null, null, "张审核");
		records.comment(firstOpen(records, units.get(1)), "请说明", "张审核");
		records.assign(units.get(1), "张审核", UnitReviewStatus.DONE);
		try {
			records.save();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Annotates two units and turns the record into one review.xmi; returns what it holds. */
	private static Map<String, String> legacy(Path dir) throws IOException {
		annotateTwoUnits(dir);
		Map<String, String> expected = state(dir);
		writeLegacy(dir);
		return expected;
	}

	private static void annotateTwoUnits(Path dir) throws IOException {
		ReviewRecords records = ReviewRecords.open(dir);
		List<String> units = units(records);
		records.setStatus(firstOpen(records, units.get(0)), FindingStatus.CONFIRMED, null, "迁移前", "张审核");
		records.assign(units.get(2), "李审核", UnitReviewStatus.IN_PROGRESS);
		records.save();
	}

	/** Replaces the per-unit files by one review.xmi holding the same record, as earlier versions wrote it. */
	private static void writeLegacy(Path dir) throws IOException {
		ReviewRecord whole = EcoreUtil.copy(ReviewRecords.open(dir).model());
		Resource resource = new XMIResourceImpl(URI.createFileURI(dir.resolve(ReviewRecords.FILE).toString()));
		resource.getContents().add(whole);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		Files.write(dir.resolve(ReviewRecords.FILE), bytes.toByteArray());
		Fixtures.deleteFolder(dir.resolve(ReviewRecords.FOLDER));
	}

	interface Action {
		Object run(Path dir, WriteStepListener listener) throws IOException;
	}

	/** Runs {@code action} in {@code dir}, the process "dying" right after write step number {@code at}. */
	private static void crashAt(Path dir, int at, Action action) throws IOException {
		int[] seen = { 0 };
		try {
			action.run(dir, (s, f) -> {
				if (seen[0]++ == at) {
					throw new CrashInjectionTest.SimulatedCrash();
				}
			});
			fail("no crash at step " + at);
		} catch (CrashInjectionTest.SimulatedCrash expected) {
			// dead from here on
		}
	}
}
