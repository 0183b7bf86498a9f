package org.overturn.persistence.json;

/** A case file that can't be read; the message says what is wrong and where, in one line. */
public final class CaseFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public CaseFormatException(String message) {
        super(message);
    }

    public CaseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
