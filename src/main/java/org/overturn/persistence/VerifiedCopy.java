package org.overturn.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A backup decrypted into the data folder and checked in full (SQLite's integrity check, an
 * Overturn database of this version or older, every case document readable), waiting to be put in
 * place. Closing it deletes the file, whether or not it was used.
 */
public final class VerifiedCopy implements AutoCloseable {

    private final Path file;
    private final int cases;
    private final int schemaVersion;

    VerifiedCopy(Path file, int cases, int schemaVersion) {
        this.file = file;
        this.cases = cases;
        this.schemaVersion = schemaVersion;
    }

    public Path file() {
        return file;
    }

    /** How many cases the backup holds. */
    public int cases() {
        return cases;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        delete(file);
    }

    /** Removes a copy and whatever SQLite left beside it. */
    static void delete(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                System.getLogger(VerifiedCopy.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "Could not remove the checked copy {0}: {1}",
                                file,
                                e.getMessage());
            }
        }
    }
}
