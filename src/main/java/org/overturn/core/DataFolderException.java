package org.overturn.core;

/** The data folder cannot be used; the message says why and what to do. */
public final class DataFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataFolderException(String message) {
        super(message);
    }

    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
