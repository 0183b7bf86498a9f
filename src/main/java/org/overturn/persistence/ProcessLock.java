package org.overturn.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.overturn.files.OwnerOnly;

/**
 * Work that one process at a time may do: a lock file (kept, never deleted, owner-only) locked by
 * the operating system between processes, plus a lock between the threads of this one, which a file
 * lock does not cover.
 */
final class ProcessLock {

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private ProcessLock() {}

    /** Runs {@code work} holding {@code lockFile}. */
    static <T> T holding(Path lockFile, Supplier<T> work) throws IOException {
        ReentrantLock local =
                LOCAL.computeIfAbsent(
                        lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        try {
            FileAttribute<?>[] ownerOnly =
                    OwnerOnly.posix()
                            ? new FileAttribute<?>[] {
                                PosixFilePermissions.asFileAttribute(OwnerOnly.FILE)
                            }
                            : new FileAttribute<?>[0];
            try (FileChannel ch =
                            FileChannel.open(
                                    lockFile,
                                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                                    ownerOnly);
                    FileLock ignored = ch.lock()) {
                return work.get();
            }
        } finally {
            local.unlock();
        }
    }
}
