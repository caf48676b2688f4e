package org.fiscallens.review.tests;

import java.nio.file.Path;
import java.util.List;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.StoreOptions;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.review.WriteStepListener;

/**
 * Run in a separate JVM by {@link KillDuringSaveTest}, which kills it at random moments. Forever: import one more
 * document and retitle the first one in the same save, so that every committed state satisfies
 * "title of the first document = rev &lt;number of documents&gt;" — a mix of two states would break it.
 * Then, in the review record, the first document's unit gets one more manual finding, and its first manual finding
 * says how many there are, in the same save: a unit's record mixing two saves would break the count.
 * Prints "opened N" and "saved N" lines so the parent knows the last state that was surely committed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        StoreOptions options = new StoreOptions(SyntheticDocuments.PARSER, WriteStepListener.NONE);
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir, options)) {
            ReviewRecords records = ReviewRecords.open(dir);
            System.out.println("opened " + ws.entries().size());
            System.out.flush();
            while (true) {
                int n = ws.entries().size();
                Path doc = Fixtures.write(scratch, "doc-" + n + ".txt",
                        SyntheticDocuments.text("循环单位" + n, 2024, DisclosureKind.FINAL, Scope.UNIT, 3, 40));
                ws.importPaths(List.of(doc), ImportListener.NONE);
                ws.load(ws.entries().get(0).id()).setTitle(title(n + 1));
                ws.save();
                System.out.println("saved " + (n + 1));
                System.out.flush();
                SubmissionEntry first = ws.entries().get(0);
                records.addManual(first, FindingSeverity.WARNING, "人工",
                        List.of(ReviewRecords.location(1, null, null, null, "概况")), "循环");
                List<FindingRecord> manual = records.findingsOf(first.unitName()).stream().filter(f -> f.isManual()).toList();
                manual.get(0).setMessage(count(manual.size()));
                records.save();
            }
        }
    }

    static String count(int manualFindings) {
        return "共 " + manualFindings + " 条";
    }

    static String title(int documents) {
        return "rev " + documents;
    }
}
