package org.overturn.cli;

/**
 * Bad usage or bad input: the command prints this one line on stderr, exits 2 and changes nothing.
 */
public final class CliInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliInputException(String message) {
        super(message);
    }

    public CliInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
