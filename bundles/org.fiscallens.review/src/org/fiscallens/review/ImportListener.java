package org.fiscallens.review;

import java.nio.file.Path;

/** Progress of an import; called after each document (done = 1..total), from the importing thread. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total, current) -> { };

    void progress(int done, int total, Path current);
}
