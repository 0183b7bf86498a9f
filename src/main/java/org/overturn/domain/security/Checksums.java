package org.overturn.domain.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum kept with every stored document and recorded in the case (enclosures, frozen copies,
 * bundles' parts), so a damaged copy is found when it is read.
 */
public final class Checksums {

    private Checksums() {}

    /** The SHA-256 of the bytes, lower-case hex (64 characters). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
