package org.overturn.persistence;

/**
 * A backup file that is refused: not an Overturn backup, a wrong password or damage, key-derivation
 * settings out of bounds, or a copy that does not pass the checks before a restore. The message is
 * one line for the user; nothing was replaced.
 */
public final class BackupRefusedException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
