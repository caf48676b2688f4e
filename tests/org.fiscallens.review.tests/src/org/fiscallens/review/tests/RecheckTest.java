package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ImportBatches;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking documents again (the workbench's 重新审核) and importing in batches (its cancellable import), on the seeds. */
class RecheckTest {
    @TempDir
    Path tmp;

    @Test
    void batchesSplitDocumentsAndReportMissingPaths() {
        Path missing = tmp.resolve("nowhere");
        ImportBatches b = ImportBatches.of(List.of(SeedsTest.seeds(), missing), 2);
        assertEquals(5, b.documents());
        assertEquals(List.of(2, 2, 1), b.batches().stream().map(List::size).toList());
        assertEquals(List.of(missing + ":0: no such file or folder"), b.problems());
    }

    @Test
    void recheckKeepsEveryAnnotationAndLeavesShownDocumentsLoaded() throws IOException {
        try (Reviews reviews = Reviews.open(tmp.resolve("ws"))) {
            reviews.importAndCheck(List.of(SeedsTest.seeds()), ImportListener.NONE);
            ReviewRecords records = reviews.records();
            FindingRecord confirmed = records.findings().get(0);
            FindingRecord dismissed = records.findings().get(1);
            records.setStatus(confirmed, FindingStatus.CONFIRMED, DismissReason.NONE, null, "甲");
            records.setStatus(dismissed, FindingStatus.DISMISSED, DismissReason.FALSE_POSITIVE, null, "甲");
            SubmissionEntry shown = reviews.workspace().entries().get(0);
            reviews.workspace().load(shown.id()); // as the table view has it
            int recorded = records.findings().size();
            List<Path> progress = new ArrayList<>();

            ReviewRecords.Merge merge = reviews.recheck(reviews.workspace().entries(), (done, total, file) -> progress.add(file));

            assertEquals(new ReviewRecords.Merge(0, recorded, 0, 0), merge, "the same rules find the same findings");
            assertEquals(5, progress.size());
            assertTrue(reviews.workspace().isLoaded(shown.id()), "a document the workbench shows stays loaded");
            ReviewRecords saved = ReviewRecords.open(reviews.workspace().directory());
            assertEquals(FindingStatus.CONFIRMED, saved.get(confirmed.getKey()).getStatus());
            assertEquals(FindingStatus.DISMISSED, saved.get(dismissed.getKey()).getStatus());
            assertEquals(1, saved.get(dismissed.getKey()).getHistory().size(), "a re-check adds no history");
        }
    }

    @Test
    void batchedImportThenRecheckFindsWhatOneImportFinds() throws IOException {
        Set<String> whole;
        try (Reviews reviews = Reviews.open(tmp.resolve("whole"))) {
            reviews.importAndCheck(List.of(SeedsTest.seeds()), ImportListener.NONE);
            whole = keys(reviews);
        }
        try (Reviews reviews = Reviews.open(tmp.resolve("batched"))) {
            ImportBatches batches = ImportBatches.of(List.of(SeedsTest.seeds()), 2);
            for (List<Path> batch : batches.batches()) {
                reviews.importAndCheck(batch, ImportListener.NONE);
            }
            // documents of earlier batches were checked before the later ones were in: check them again
            reviews.recheck(reviews.workspace().entries().subList(0, 4), ImportListener.NONE);
            assertEquals(new TreeMap<>(count(whole)), new TreeMap<>(count(keys(reviews))));
            assertEquals(whole, keys(reviews));
        }
    }

    private static Set<String> keys(Reviews reviews) {
        Set<String> keys = new HashSet<>();
        reviews.records().findings().forEach(f -> keys.add(f.getKey()));
        return keys;
    }

    private static TreeMap<String, Integer> count(Set<String> keys) {
        TreeMap<String, Integer> byUnit = new TreeMap<>();
        keys.forEach(k -> byUnit.merge(k.substring(0, k.indexOf('|')), 1, Integer::sum));
        return byUnit;
    }
}
