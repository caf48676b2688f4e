package org.fiscallens.review;

/** Binds the workspace to the importer bundle; the only place that names the importer class. */
final class DefaultParser {
    private DefaultParser() {
    }

    static DocumentParser create() {
        return (path, content) -> {
            throw new UnsupportedOperationException("importer not available yet");
        };
    }
}
