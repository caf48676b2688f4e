package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Path;

/** A workspace file exists but cannot be read back (truncated, damaged, wrong format). Names the file. */
public final class CorruptFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CorruptFileException(Path file, String reason, Throwable cause) {
        super("corrupt workspace file " + file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
