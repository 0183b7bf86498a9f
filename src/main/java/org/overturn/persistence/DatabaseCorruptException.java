package org.overturn.persistence;

import java.nio.file.Path;

/** The database file is damaged or is not a database at all. Nothing has been written to it. */
public final class DatabaseCorruptException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseCorruptException(Path file, String detail, Throwable cause) {
        super(
                "The database "
                        + file
                        + " is damaged or is not an Overturn database ("
                        + detail
                        + ").",
                cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
