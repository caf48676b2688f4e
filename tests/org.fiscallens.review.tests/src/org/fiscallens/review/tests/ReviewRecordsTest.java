package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.CorruptFileException;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewers' record: annotations survive saving and reopening, and move to a republished document. */
public class ReviewRecordsTest {

	private static final Path SEEDS = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"));
	private static CheckEngine engine;

	@BeforeAll
	static void standardLibrary() throws Exception {
		engine = new CheckEngine(RuleLibrary.standard());
	}

	private static Path seed(String prefix) throws Exception {
		try (var files = Files.list(SEEDS)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	private static SubmissionEntry only(ReviewWorkspace ws, String unitPart) {
		return ws.entries().stream().filter(e -> e.unitName().contains(unitPart)).findFirst().orElseThrow();
	}

	private static void check(ReviewWorkspace ws, ReviewRecords review, SubmissionEntry entry) {
		Submission submission = ws.load(entry.id());
		review.record(entry, engine.check(submission, DocumentSet.NONE).findings());
	}

	private static FindingRecord finding(ReviewRecords review, SubmissionEntry e, String rule, String messagePart) {
		return review.findingsOf(e.unitName(), e.year(), e.kind()).stream()
				.filter(f -> f.getRule().equals(rule) && f.getMessage().contains(messagePart)).findFirst()
				.orElseThrow(() -> new AssertionError("no finding " + rule + " / " + messagePart));
	}

	@Test
	public void annotationsSurviveSavingAndReopening(@TempDir Path dir) throws Exception {
		try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
			ws.importPaths(List.of(seed("001_")), ImportListener.NONE);
			ws.save();
			SubmissionEntry e = only(ws, "离石");
			ReviewRecords review = ReviewRecords.open(dir);
			check(ws, review, e);
			FindingRecord restated = finding(review, e, "说明基本支出", "78.16");
			FindingRecord tail = review.findingsOf(e.unitName(), e.year(), e.kind()).stream()
					.filter(FindingRecord::isRounding).findFirst().orElseThrow();
			assertEquals(FindingStatus.OPEN, restated.getStatus());
			review.setStatus(restated, FindingStatus.CONFIRMED, null, "应与公开05一致", "张审核");
			review.setStatus(tail, FindingStatus.DISMISSED, DismissReason.ROUNDING, null, "张审核");
			review.comment(restated, "请单位核对", "李处长");
			FindingRecord manual = review.addManual(e, FindingSeverity.WARNING, "三公经费说明未解释增减原因",
					List.of(ReviewRecords.location(474, null, null, null, "九、财政拨款“三公”经费支出决算情况说明")), "张审核");
			review.assign(e.unitName(), "张审核", UnitReviewStatus.IN_PROGRESS);
			review.save();

			ReviewRecords reopened = ReviewRecords.open(dir);
			assertTrue(EcoreUtil.equals(review.model(), reopened.model()), "the record reads back identical");
			FindingRecord again = reopened.get(restated.getKey());
			assertEquals(FindingStatus.CONFIRMED, again.getStatus());
			assertEquals("李处长", again.getComments().get(0).getAuthor());
			assertEquals(1, again.getHistory().size());
			assertEquals("张审核", again.getHistory().get(0).getAuthor());
			assertEquals(DismissReason.ROUNDING, reopened.get(tail.getKey()).getDismissReason());
			assertEquals(474, reopened.get(manual.getKey()).getLocations().get(0).getLine());
			assertEquals(UnitReviewStatus.IN_PROGRESS, reopened.model().getAssignments().get(0).getStatus());
		}
	}

	@Test
	public void aRecordQuotingMoreThanTheXmlParsersDefaultLimitReopens(@TempDir Path dir) throws Exception {
		// A province's record holds thousands of messages that quote the narrative ("78.16万元"); each quote is an
		// entity reference in the file, and the JDK parser by default refuses a file whose entities add up past 100,000.
		try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
			ws.importPaths(List.of(seed("001_")), ImportListener.NONE);
			SubmissionEntry e = only(ws, "离石");
			ReviewRecords review = ReviewRecords.open(dir);
			check(ws, review, e);
			FindingRecord restated = finding(review, e, "说明基本支出", "78.16");
			String quoted = "情况说明“78.16万元”与表中 \"78.17\" 不一致；".repeat(3_000);
			for (int i = 0; i < 20; i++) {
				review.comment(restated, i + quoted, "张审核");
			}
			review.save();

			ReviewRecords reopened = ReviewRecords.open(dir);
			assertEquals(20, reopened.get(restated.getKey()).getComments().size());
			assertEquals("19" + quoted, reopened.get(restated.getKey()).getComments().get(19).getText());
		}
	}

	@Test
	public void aDismissalNeedsAReason(@TempDir Path dir) throws Exception {
		try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
			ws.importPaths(List.of(seed("001_")), ImportListener.NONE);
			SubmissionEntry e = only(ws, "离石");
			ReviewRecords review = ReviewRecords.open(dir);
			check(ws, review, e);
			FindingRecord f = finding(review, e, "说明基本支出", "78.16");
			assertThrows(IllegalArgumentException.class,
					() -> review.setStatus(f, FindingStatus.DISMISSED, DismissReason.NONE, "", "张审核"));
			assertEquals(FindingStatus.OPEN, f.getStatus());
		}
	}

	@Test
	public void aRepublishedDocumentKeepsTheAnnotationsOfFindingsThatPersist(@TempDir Path dir) throws Exception {
		Path corrected = Files.createDirectories(dir.resolve("republished")).resolve("001-corrected.txt");
		String text = Files.readString(seed("001_"), StandardCharsets.UTF_8);
		assertTrue(text.contains("财政拨款基本支出78.16万元"), "seed 001 line 458 as the oracle records it");
		Files.writeString(corrected, text.replace("财政拨款基本支出78.16万元", "财政拨款基本支出78.17万元"));
		Path ws1 = dir.resolve("ws");
		try (ReviewWorkspace ws = ReviewWorkspace.open(ws1)) {
			ws.importPaths(List.of(seed("001_")), ImportListener.NONE);
			SubmissionEntry first = only(ws, "离石");
			ReviewRecords review = ReviewRecords.open(ws1);
			check(ws, review, first);
			FindingRecord restated = finding(review, first, "说明基本支出", "78.16");
			FindingRecord otherItem = finding(review, first, "说明基本支出", "3.55");
			review.setStatus(restated, FindingStatus.CONFIRMED, null, null, "张审核");
			review.setStatus(otherItem, FindingStatus.CONFIRMED, null, "其他工资福利支出差 0.01", "张审核");
			review.save();

			ImportSummary summary = ws.importPaths(List.of(corrected), ImportListener.NONE);
			assertEquals(1, summary.replaced(), summary.toString());
			SubmissionEntry second = only(ws, "离石");
			assertTrue(!second.id().equals(first.id()), "a new version");
			ReviewRecords.Merge merge = review.record(second,
					engine.check(ws.load(second.id()), DocumentSet.NONE).findings());
			assertTrue(merge.corrected() >= 1, merge.toString());

			FindingRecord gone = review.get(restated.getKey());
			assertEquals(FindingStatus.CORRECTED, gone.getStatus(), "the corrected restatement is 已整改");
			assertEquals(List.of(first.id(), second.id()), gone.getHistory().stream()
					.map(h -> h.getSubmissionId()).toList(), "the history keeps both versions");
			FindingRecord persists = review.get(otherItem.getKey());
			assertEquals(FindingStatus.CONFIRMED, persists.getStatus(), "the annotation moved to the new version");
			assertEquals(second.id(), persists.getSubmissionId());
			assertEquals("其他工资福利支出差 0.01", persists.getHistory().get(0).getComment());
			review.save();
			assertEquals(FindingStatus.CORRECTED, ReviewRecords.open(ws1).get(restated.getKey()).getStatus());
		}
	}

	@Test
	public void aCrashDuringSaveLeavesThePreviousRecord(@TempDir Path dir) throws Exception {
		try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
			ws.importPaths(List.of(seed("001_")), ImportListener.NONE);
			SubmissionEntry e = only(ws, "离石");
			ReviewRecords review = ReviewRecords.open(dir);
			check(ws, review, e);
			review.save();
			Path unitFile;
			try (var files = Files.list(dir.resolve(ReviewRecords.FOLDER))) {
				unitFile = files.findFirst().orElseThrow();
			}
			byte[] saved = Files.readAllBytes(unitFile);
			// a save cut off before its rename leaves only a partial temp file beside the unit's record
			Path temp = unitFile.resolveSibling(unitFile.getFileName() + ".tmp");
			Files.write(temp, new byte[] { '<', '?', 'x' });
			ReviewRecords reopened = ReviewRecords.open(dir);
			assertTrue(EcoreUtil.equals(review.model(), reopened.model()));
			assertEquals(saved.length, Files.size(unitFile));
			assertTrue(!Files.exists(temp), "the leftover is removed on opening");
			// and a record damaged outside FiscalLens is reported by name, not loaded half-way
			Files.writeString(unitFile, "<?xml version=\"1.0\"?><broken");
			java.io.UncheckedIOException error = assertThrows(java.io.UncheckedIOException.class,
					() -> ReviewRecords.open(dir).model());
			assertTrue(error.getCause() instanceof CorruptFileException, error.toString());
			assertTrue(error.getMessage().contains(unitFile.getFileName().toString()), error.getMessage());
		}
	}
}
