package org.overturn.persistence;

/**
 * The database can't be replaced now: Overturn has it open in another window or command. Nothing
 * was changed.
 */
public final class DatabaseInUseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(String message) {
        super(message);
    }
}
