package org.overturn.domain.security;

import java.util.Optional;

/**
 * The rule for a password that protects a backup or a PDF: the same for both, checked wherever one
 * is given.
 */
public final class Passwords {

    /** The shortest password accepted, in characters (code points). */
    public static final int MIN_LENGTH = 8;

    private Passwords() {}

    /** Why a password can't protect a new backup or packet, or empty when it can. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("a password is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("the password must be at least " + MIN_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
