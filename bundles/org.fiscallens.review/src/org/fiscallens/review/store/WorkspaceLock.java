package org.fiscallens.review.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per workspace folder: opening cleans up leftovers of crashed saves, which would destroy the pending files
 * of another live process. The OS releases the lock when the process dies, so a crash never leaves the folder locked.
 */
public final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static WorkspaceLock acquire(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("review workspace is open in another process: " + lockFile.getParent());
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("review workspace is already open in this process: " + lockFile.getParent(), e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
