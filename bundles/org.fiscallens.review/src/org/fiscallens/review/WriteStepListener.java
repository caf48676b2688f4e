package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Told after every durable step of a save (file written, synced, renamed, deleted). Exists so that tests can inject a
 * crash after any step and prove that each intermediate state on disk opens as the old or the new workspace.
 */
@FunctionalInterface
public interface WriteStepListener {
    WriteStepListener NONE = (step, file) -> { };

    /** @throws IOException to abort the save right after this step, as a crash would */
    void after(String step, Path file) throws IOException;
}
