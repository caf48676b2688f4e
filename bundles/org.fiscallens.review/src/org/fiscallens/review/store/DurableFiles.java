package org.fiscallens.review.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.fiscallens.review.WriteStepListener;

/**
 * The only class that writes workspace files. Every file appears under its final name only complete: bytes go to a
 * temporary sibling first, then an atomic rename. Durability is explicit ({@link #sync}, {@link #syncDirectory}) so
 * that a save can write many files and pay for the fsyncs in one place, just before it commits the index.
 * Every step is reported to the {@link WriteStepListener}, which is how crash injection reaches each of them.
 */
public final class DurableFiles {
    public static final String TEMP_SUFFIX = ".tmp";

    private final WriteStepListener steps;

    public DurableFiles(WriteStepListener steps) {
        this.steps = steps;
    }

    /** Writes {@code content} to {@code target} via temp + rename; with {@code sync} the bytes are forced first. */
    public void writeAtomically(Path target, byte[] content, boolean sync) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            steps.after("temp-written", temp);
            if (sync) {
                ch.force(true);
                steps.after("temp-synced", temp);
            }
        }
        rename(temp, target);
        steps.after("renamed", target);
    }

    /** Forces a file's bytes to disk. */
    public void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.force(true);
        }
        steps.after("synced", file);
    }

    /** Forces a directory's entries (creations, renames, deletions) to disk; a no-op where the OS cannot. */
    public void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open directories; its renames are durable through the journal
        }
        steps.after("directory-synced", dir);
    }

    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        steps.after("deleted", file);
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("file system cannot rename atomically: " + to, e);
        }
    }
}
