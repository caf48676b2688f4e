package org.fiscallens.review.tests;

import java.nio.file.Path;
import java.util.List;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.StoreOptions;
import org.fiscallens.review.WriteStepListener;

/**
 * Run in a separate JVM by {@link KillDuringSaveTest}, which kills it at random moments. Forever: import one more
 * document and retitle the first one in the same save, so that every committed state satisfies
 * "title of the first document = rev &lt;number of documents&gt;" — a mix of two states would break it.
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
            }
        }
    }

    static String title(int documents) {
        return "rev " + documents;
    }
}
