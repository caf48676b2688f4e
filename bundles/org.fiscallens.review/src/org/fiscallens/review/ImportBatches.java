package org.fiscallens.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths of an import split into batches of documents, so a long import can be cancelled between batches and
 * every batch is imported, checked and saved as a whole. The region manifests go with the first batch (the workspace
 * keeps them for the later ones); problems found while listing (missing paths, unreadable folders) are reported once.
 *
 * @param batches  the documents (and, in the first batch, the manifests) to pass to {@link Reviews#importAndCheck}
 * @param problems {@code path:0: message} for every path that could not be listed
 * @param documents how many documents the batches hold
 */
public record ImportBatches(List<List<Path>> batches, List<String> problems, int documents) {

    public static ImportBatches of(List<Path> paths, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        SourceCollector.Sources sources = SourceCollector.collect(paths);
        List<List<Path>> batches = new ArrayList<>();
        List<Path> current = new ArrayList<>(sources.manifests());
        int inBatch = 0;
        for (Path document : sources.documents()) {
            if (inBatch == batchSize) {
                batches.add(List.copyOf(current));
                current = new ArrayList<>();
                inBatch = 0;
            }
            current.add(document);
            inBatch++;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return new ImportBatches(List.copyOf(batches), sources.problems(), sources.documents().size());
    }
}
