package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.review.tests.CrashInjectionTest.SimulatedCrash;
import org.fiscallens.rules.interpreter.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import that dies after one of its checkpoints loses no finding: what the checkpoint saved without its
 * findings (the documents of units still being read, every department, whose member units may come later) is checked
 * by the next import of the same folders, which finds every other file unchanged.
 */
class InterruptedImportTest {

	/** Documents between two saves; the import dies between its second and third. */
	private static final int CHECKPOINT = 100;
	private static final int DIES_AFTER = 280;

	@Test
	void theNextImportChecksWhatACrashedImportLeftUnchecked(@TempDir Path tmp) throws IOException {
		RuleLibrary library = RuleLibrary.standard();
		Path whole = wholeImport(tmp, library);
		Path crashed = crashedImport(tmp, library);
		try (Reviews reviews = Reviews.open(crashed, library)) {
			int saved = reviews.workspace().entries().size();
			assertTrue(saved > 0 && saved < DIES_AFTER, "a checkpoint saved part of the import: " + saved);
			assertTrue(Files.exists(crashed.resolve(Reviews.UNCHECKED)), "the documents saved unchecked are listed");
			reviews.importAndCheck(ParallelImportTest.REGIONS, ImportListener.NONE);
			assertTrue(Files.notExists(crashed.resolve(Reviews.UNCHECKED)), "and no longer once they are checked");
		}

		try (Reviews expected = Reviews.open(whole, library); Reviews actual = Reviews.open(crashed, library)) {
			List<SubmissionEntry> entries = expected.workspace().entries();
			assertEquals(entries.stream().map(SubmissionEntry::id).sorted().toList(),
					actual.workspace().entries().stream().map(SubmissionEntry::id).sorted().toList());
			int departmentFindings = 0;
			for (SubmissionEntry e : entries) {
				Map<String, Integer> found = findings(expected, e);
				assertEquals(found, findings(actual, e), e.unitName() + " " + e.year() + " " + e.kind());
				departmentFindings += found.keySet().stream().filter(f -> f.startsWith("部门等于所属单位之和")).count();
			}
			assertTrue(departmentFindings > 0, "departments were checked with their member units");
		}
	}

	/**
	 * The workbench opening the workspace (or a memo) checks what is left, with no import to come: then every saved
	 * document's record holds what the rules find in the saved workspace.
	 */
	@Test
	void openingTheWorkspaceChecksWhatACrashedImportLeftUnchecked(@TempDir Path tmp) throws IOException {
		RuleLibrary library = RuleLibrary.standard();
		Path crashed = crashedImport(tmp, library);
		try (Reviews reviews = Reviews.open(crashed, library)) {
			int left = reviews.checkLeftUnchecked(ImportListener.NONE);
			assertTrue(left > 0, "documents were left unchecked");
			assertEquals(0, reviews.checkLeftUnchecked(ImportListener.NONE), "once");
		}
		try (Reviews reviews = Reviews.open(crashed, library)) {
			List<SubmissionEntry> saved = reviews.workspace().entries();
			assertTrue(saved.size() > 0 && saved.size() < DIES_AFTER, "a checkpoint saved part of the import");
			Map<SubmissionEntry, List<Finding>> found = reviews.check(saved);
			for (SubmissionEntry e : saved) {
				Map<String, Integer> expected = new TreeMap<>();
				found.get(e).forEach(f -> expected.merge(f.rule() + " " + f.message(), 1, Integer::sum));
				assertEquals(expected, findings(reviews, e), e.unitName() + " " + e.year() + " " + e.kind());
			}
		}
	}

	private static Path wholeImport(Path tmp, RuleLibrary library) throws IOException {
		Path whole = tmp.resolve("whole");
		try (Reviews reviews = Reviews.open(whole, library)) {
			reviews.checkpointEvery(CHECKPOINT).importAndCheck(ParallelImportTest.REGIONS, ImportListener.NONE);
		}
		return whole;
	}

	private static Path crashedImport(Path tmp, RuleLibrary library) throws IOException {
		Path crashed = tmp.resolve("crashed");
		try (Reviews reviews = Reviews.open(crashed, library)) {
			assertThrows(SimulatedCrash.class, () -> reviews.checkpointEvery(CHECKPOINT).importAndCheck(
					ParallelImportTest.REGIONS, (done, total, file) -> {
						if (done == DIES_AFTER) {
							throw new SimulatedCrash();
						}
					}));
		}
		return crashed;
	}

	private static Map<String, Integer> findings(Reviews reviews, SubmissionEntry e) {
		Map<String, Integer> found = new TreeMap<>();
		for (FindingRecord f : reviews.records().findingsOf(e.unitName(), e.year(), e.kind())) {
			found.merge(f.getRule() + " " + f.getMessage(), 1, Integer::sum);
		}
		return found;
	}
}
