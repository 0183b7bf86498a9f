package org.overturn.persistence.shared;

import org.overturn.persistence.DatabaseException;

/**
 * The shared store refused what the person asked because their role may not do it (the database's
 * grants), or because it needs an administrator first. Nothing was changed; the message says what
 * their role allows.
 */
public final class NotPermittedException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message, Throwable cause) {
        super(message, cause);
    }

    public NotPermittedException(String message) {
        super(message);
    }
}
