package org.fiscallens.review.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fiscallens.review.WriteStepListener;

/**
 * The only class that writes workspace files. Every file appears under its final name only complete: bytes go to a
 * temporary sibling first, then an atomic rename. Durability is explicit ({@link #sync}, {@link #syncDirectory}) so
 * that a save can write many files and pay for the fsyncs in one place, just before it commits the index.
 * Every step is reported to the {@link WriteStepListener}, which is how crash injection reaches each of them.
 */
public final class DurableFiles {
    public static final String TEMP_SUFFIX = ".tmp";
    private static final int PARALLEL_SYNC_THRESHOLD = 16;
    private static final int SYNC_THREADS = 8;

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

    /**
     * Writes many files, each atomically: all temp files first, forced to disk together ({@link #syncAll}), then each
     * renamed over its target, then the directories synced. A crash leaves every target old or new.
     */
    public void writeAllAtomically(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
            Path temp = e.getKey().resolveSibling(e.getKey().getFileName() + TEMP_SUFFIX);
            Files.write(temp, e.getValue());
            steps.after("temp-written", temp);
            temps.put(temp, e.getKey());
        }
        syncAll(temps.keySet());
        Set<Path> dirs = new LinkedHashSet<>();
        for (Map.Entry<Path, Path> e : temps.entrySet()) {
            rename(e.getKey(), e.getValue());
            steps.after("renamed", e.getValue());
            dirs.add(e.getValue().getParent());
        }
        for (Path dir : dirs) {
            syncDirectory(dir);
        }
    }

    /** Forces a file's bytes to disk. */
    public void sync(Path file) throws IOException {
        forceFile(file);
        steps.after("synced", file);
    }

    private static void forceFile(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /**
     * Forces many files to disk. Several fsyncs in flight let the file system batch its journal commits: after an
     * import of thousands of documents this is several times faster than one fsync after another.
     */
    public void syncAll(Collection<Path> batch) throws IOException {
        if (batch.size() < PARALLEL_SYNC_THRESHOLD) {
            for (Path p : batch) {
                sync(p);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS, r -> {
            Thread t = new Thread(r, "review-fsync");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>(batch.size());
            for (Path p : batch) {
                done.add(pool.submit(() -> {
                    forceFile(p);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while syncing workspace files");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (Path p : batch) {
            steps.after("synced", p);
        }
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

    /** Renames a file atomically (replacing {@code to}). */
    public void move(Path from, Path to) throws IOException {
        rename(from, to);
        steps.after("renamed", to);
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
