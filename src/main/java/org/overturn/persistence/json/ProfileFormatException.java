package org.overturn.persistence.json;

/**
 * A practice profile file that can't be read; the message says what is wrong and where, in one
 * line.
 */
public final class ProfileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProfileFormatException(String message) {
        super(message);
    }
}
