package org.fiscallens.ui.tests;

import static org.fiscallens.ui.tests.WorkbenchDriver.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.wizards.ImportJob;
import org.fiscallens.ui.wizards.ImportReport;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an import of the generated 300-unit province after its first batch: that batch is imported, checked and
 * saved as a whole, nothing of the rest is imported, and the report says so.
 */
public class ImportCancelUITest {

	@Test
	public void cancelStopsBetweenBatchesAndKeepsWhatWasDone() throws Exception {
		Reviews reviews = review();
		int before = reviews.workspace().entries().size();
		Path generated = Path.of(System.getProperty("fiscallens.seeds")).resolveSibling("generated");
		// the reviewer presses Cancel while the first batch is being imported: seen before the second one starts
		NullProgressMonitor cancelOnceABatchIsIn = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return reviews.workspace().entries().size() > before;
			}
		};
		ImportReport report = new ImportJob(List.of(generated), 5, null).importNow(cancelOnceABatchIsIn);

		assertTrue(report.cancelled());
		assertEquals(5, report.imported(), report.messages().toString());
		assertEquals(before + 5, reviews.workspace().entries().size(), "the other batches were not imported");
		ReviewRecords saved = ReviewRecords.open(reviews.workspace().directory());
		assertEquals(5, report.documents().size());
		for (ImportReport.Document d : report.documents()) {
			SubmissionEntry entry = reviews.workspace().entries().stream().filter(e -> e.sourcePath().equals(d.file()))
					.findFirst().orElseThrow();
			long findings = saved.findingsOf(entry.unitName(), entry.year(), entry.kind()).size();
			assertEquals(findings, d.rounding() + d.findings().values().stream().mapToInt(Integer::intValue).sum(),
					"the batch's findings were recorded and saved: " + d.file());
			assertTrue(d.findings().getOrDefault(FindingSeverity.ERROR, 0) >= 0);
		}
	}
}
