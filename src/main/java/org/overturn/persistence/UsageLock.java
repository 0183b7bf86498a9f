package org.overturn.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.overturn.files.OwnerOnly;

/**
 * Who has a database open. Each process that opens it (the app's window, a running command) holds a
 * shared lock on the kept file {@code overturn.db.inuse} beside it until it is done; replacing the
 * database needs that lock alone, so a restore never pulls the file from under a window that would
 * go on saving what it shows. A process holds the operating system's lock once per file, so within
 * this process a count of openers stands in for it.
 *
 * <p>The file is not the opening lock ({@code overturn.db.lock}): where locks are POSIX record
 * locks, closing any channel on a file drops every lock this process holds on it, and the opening
 * lock's channel is closed after each opening.
 */
final class UsageLock {

    private static final Map<Path, Held> HELD = new HashMap<>();

    private UsageLock() {}

    private static final class Held {
        private final FileChannel channel;
        private FileLock lock;
        private int users;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** One opener's hold on the database; released once, by {@link #release()}. */
    static final class Lease {
        private final Path database;
        private boolean released;

        private Lease(Path database) {
            this.database = database;
        }

        void release() {
            synchronized (UsageLock.class) {
                if (!released) {
                    released = true;
                    UsageLock.release(database);
                }
            }
        }

        boolean held() {
            synchronized (UsageLock.class) {
                return !released;
            }
        }
    }

    static Path lockFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".inuse");
    }

    /** Marks the database as in use by one more opener of this process. */
    static synchronized Lease share(Path database) {
        Path key = database.toAbsolutePath().normalize();
        Held h = HELD.get(key);
        if (h == null) {
            FileChannel ch = open(key);
            try {
                h = new Held(ch, ch.lock(0, Long.MAX_VALUE, true));
            } catch (IOException e) {
                closeQuietly(ch, e);
                throw new DatabaseException(
                        "Could not mark the database " + key + " as in use: " + e.getMessage(), e);
            }
            HELD.put(key, h);
        }
        h.users++;
        return new Lease(key);
    }

    private static void release(Path key) {
        Held h = HELD.get(key);
        if (h == null || --h.users > 0) {
            return;
        }
        HELD.remove(key);
        try {
            h.lock.release();
            h.channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case; nothing the user can act on.
            System.getLogger(UsageLock.class.getName())
                    .log(System.Logger.Level.DEBUG, "releasing the usage lock", e);
        }
    }

    /**
     * Runs {@code work} while nothing but {@code own} uses the database: no other opener in this
     * process, and no other process. The caller holds the opening lock, so no one can start using
     * the database meanwhile.
     *
     * @throws DatabaseInUseException when another window or command has the database open
     */
    static synchronized <T> T alone(Path database, Optional<Lease> own, Supplier<T> work) {
        Path key = database.toAbsolutePath().normalize();
        Held h = HELD.get(key);
        int mine = own.filter(Lease::held).isPresent() ? 1 : 0;
        if (h != null && h.users > mine) {
            throw inUse(key);
        }
        FileChannel ch = h != null ? h.channel : open(key);
        FileLock exclusive = null;
        try {
            // This process's shared lock is traded for an exclusive one, and taken back after.
            if (h != null) {
                h.lock.release();
            }
            exclusive = ch.tryLock(0, Long.MAX_VALUE, false);
            if (exclusive == null) {
                throw inUse(key);
            }
            return work.get();
        } catch (IOException e) {
            throw new DatabaseException(
                    "Could not lock the database " + key + ": " + e.getMessage(), e);
        } finally {
            try {
                if (exclusive != null) {
                    exclusive.release();
                }
                if (h != null) {
                    h.lock = ch.lock(0, Long.MAX_VALUE, true);
                } else {
                    ch.close();
                }
            } catch (IOException e) {
                System.getLogger(UsageLock.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "Could not take back the usage lock of {0}: {1}",
                                key,
                                e.getMessage());
            }
        }
    }

    private static DatabaseInUseException inUse(Path key) {
        return new DatabaseInUseException(
                "The database "
                        + key
                        + " is in use: Overturn is open in another window, "
                        + "or a command is running. Close it and try again; nothing was replaced.");
    }

    private static FileChannel open(Path key) {
        Path lockFile = lockFile(key);
        Set<OpenOption> options =
                Set.of(
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        FileAttribute<?>[] ownerOnly =
                OwnerOnly.posix()
                        ? new FileAttribute<?>[] {
                            PosixFilePermissions.asFileAttribute(OwnerOnly.FILE)
                        }
                        : new FileAttribute<?>[0];
        try {
            return FileChannel.open(lockFile, options, ownerOnly);
        } catch (IOException e) {
            throw new DatabaseException("Could not open " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch, Exception cause) {
        try {
            ch.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
