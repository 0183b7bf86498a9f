package org.overturn.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted backup format, with the JDK's own cryptography and nothing else:
 *
 * <pre>
 *   offset  size  field
 *        0    16  magic "OVERTURN-BACKUP\0"
 *       16     1  format version (1)
 *       17     1  key derivation (1 = PBKDF2-HMAC-SHA256)
 *       18     4  PBKDF2 iterations, big-endian (600,000 written; 600,000 to 10,000,000 read)
 *       22     4  chunk size, big-endian (1 MiB written)
 *       26    16  random salt
 *       42    12  random nonce
 *       54     …  chunks: AES-256-GCM of each chunk of plain bytes, a 16-byte tag after each
 * </pre>
 *
 * The 256-bit key comes from the password (Unicode NFC, UTF-8) by PBKDF2-HMAC-SHA256 with the
 * header's salt and iterations. The file is sealed in chunks rather than as one GCM message so that
 * neither writing nor reading holds the database in memory (the JDK's GCM decryption keeps the
 * whole message until it has checked the tag): every chunk but the last holds exactly one chunk of
 * plain bytes, the last holds fewer (perhaps none), and each chunk's nonce is the header's nonce
 * with its index in bytes 7-10 and a last-chunk flag in byte 11 folded in. With the whole header as
 * associated data of every chunk, changing any header field, cutting the file, reordering or
 * dropping chunks, or adding bytes after the last one fails a tag, as a wrong password does; the
 * reader cannot tell these apart and says so in one message. Plain bytes are released chunk by
 * chunk as each one checks, so a reader must write them somewhere private and use them only once
 * {@link #decrypt} has returned.
 */
public final class BackupCipher {

    public static final int MIN_ITERATIONS = 600_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int HEADER_LENGTH = 54;
    public static final int CHUNK = 1 << 20;

    static final String WRONG_PASSWORD_OR_DAMAGED = "wrong password or damaged backup";
    static final String NOT_A_BACKUP = "not an Overturn encrypted backup";

    /**
     * What a sealed file holds: its magic, and the word its messages use for it. The format is the
     * same for each; only the magic differs, so a backup is never read as a case bundle or back.
     */
    public enum Kind {
        BACKUP("OVERTURN-BACKUP\0", "backup"),
        BUNDLE("OVERTURN-BUNDLE\0", "case bundle");

        private final byte[] magic;
        private final String noun;

        Kind(String magic, String noun) {
            this.magic = magic.getBytes(StandardCharsets.US_ASCII);
            this.noun = noun;
        }

        /** Whether these first bytes of a file are this kind's magic. */
        public boolean startsWith(byte[] start) {
            return start.length >= magic.length
                    && Arrays.equals(start, 0, magic.length, magic, 0, magic.length);
        }

        String wrongPasswordOrDamaged() {
            return "wrong password or damaged " + noun;
        }

        String notThis() {
            return this == BACKUP ? NOT_A_BACKUP : "not an Overturn encrypted " + noun;
        }
    }

    private static final byte VERSION = 1;
    private static final byte KDF_PBKDF2_SHA256 = 1;
    private static final int ITERATIONS = MIN_ITERATIONS;
    private static final int MIN_CHUNK = 4096;
    private static final int MAX_CHUNK = 16 << 20;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {}

    /** Whether these first bytes of a file are the format's magic. */
    public static boolean isEncryptedBackup(byte[] start) {
        return Kind.BACKUP.startsWith(start);
    }

    /** Encrypts everything {@code plain} holds into {@code out}; the streams are left open. */
    public static void encrypt(InputStream plain, OutputStream out, String password)
            throws IOException {
        encrypt(Kind.BACKUP, plain, out, password);
    }

    /** As above, for a file of the given kind. */
    public static void encrypt(Kind kind, InputStream plain, OutputStream out, String password)
            throws IOException {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        byte[] header =
                ByteBuffer.allocate(HEADER_LENGTH)
                        .put(kind.magic)
                        .put(VERSION)
                        .put(KDF_PBKDF2_SHA256)
                        .putInt(ITERATIONS)
                        .putInt(CHUNK)
                        .put(salt)
                        .put(nonce)
                        .array();
        SecretKey key = derive(password, salt, ITERATIONS);
        out.write(header);
        byte[] in = new byte[CHUNK];
        byte[] sealed = new byte[CHUNK + TAG];
        try {
            for (int index = 0; ; index++) {
                int n = plain.readNBytes(in, 0, CHUNK);
                boolean last = n < CHUNK;
                Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce, index, last, header);
                out.write(sealed, 0, c.doFinal(in, 0, n, sealed, 0));
                if (last) {
                    return;
                }
                if (index == Integer.MAX_VALUE) {
                    throw new IOException("the database is too large for one backup");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        } finally {
            Arrays.fill(in, (byte) 0);
        }
    }

    /**
     * Decrypts a backup into {@code plain}, chunk by chunk as each one checks.
     *
     * @throws BackupRefusedException when the file is not a backup, asks for key derivation out of
     *     bounds, or fails a check (a wrong password or damage: the same message for both)
     */
    public static void decrypt(InputStream sealed, OutputStream plain, String password)
            throws IOException {
        decrypt(Kind.BACKUP, sealed, plain, password);
    }

    /** As above, for a file of the given kind. */
    public static void decrypt(Kind kind, InputStream sealed, OutputStream plain, String password)
            throws IOException {
        byte[] header = sealed.readNBytes(HEADER_LENGTH);
        ByteBuffer h = checkHeader(kind, header);
        int iterations = h.getInt(18);
        int chunk = h.getInt(22);
        byte[] salt = Arrays.copyOfRange(header, 26, 42);
        byte[] nonce = Arrays.copyOfRange(header, 42, 54);
        SecretKey key = derive(password, salt, iterations);
        byte[] in = new byte[chunk + TAG];
        byte[] out = new byte[chunk + TAG];
        try {
            for (int index = 0; ; index++) {
                int n = sealed.readNBytes(in, 0, chunk + TAG);
                boolean last = n < chunk + TAG;
                if (n < TAG) {
                    // Cut short: at a chunk boundary, or inside a tag.
                    throw new BackupRefusedException(kind.wrongPasswordOrDamaged());
                }
                Cipher c = cipher(Cipher.DECRYPT_MODE, key, nonce, index, last, header);
                plain.write(out, 0, c.doFinal(in, 0, n, out, 0));
                if (last) {
                    return;
                }
                if (index == Integer.MAX_VALUE) {
                    throw new BackupRefusedException(kind.wrongPasswordOrDamaged());
                }
            }
        } catch (AEADBadTagException e) {
            throw new BackupRefusedException(kind.wrongPasswordOrDamaged(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        } finally {
            Arrays.fill(out, (byte) 0);
        }
    }

    /** The header's fields, each refused before any key is derived when it is out of bounds. */
    private static ByteBuffer checkHeader(Kind kind, byte[] header) {
        if (!kind.startsWith(header)) {
            throw new BackupRefusedException(kind.notThis());
        }
        if (header.length < HEADER_LENGTH) {
            throw new BackupRefusedException(
                    "damaged " + kind.noun + ": it ends within its header");
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int version = header[16];
        if (version != VERSION) {
            throw new BackupRefusedException(
                    version > VERSION
                            ? "made by a newer version of Overturn (format "
                                    + version
                                    + "); update Overturn to open it"
                            : kind.notThis());
        }
        if (header[17] != KDF_PBKDF2_SHA256) {
            throw new BackupRefusedException(
                    "damaged "
                            + kind.noun
                            + ", or one made by a newer version of Overturn "
                            + "(key derivation "
                            + header[17]
                            + ")");
        }
        int iterations = h.getInt(18);
        if (iterations < MIN_ITERATIONS) {
            throw new BackupRefusedException(
                    String.format(
                            Locale.ROOT,
                            "the "
                                    + kind.noun
                                    + " asks for %,d "
                                    + "key-derivation iterations, fewer than the %,d Overturn requires: refused as unsafe",
                            iterations,
                            MIN_ITERATIONS));
        }
        if (iterations > MAX_ITERATIONS) {
            // A tampered count must not keep the computer busy for hours before the password is
            // found wrong.
            throw new BackupRefusedException(
                    String.format(
                            Locale.ROOT,
                            "the "
                                    + kind.noun
                                    + " asks for %,d "
                                    + "key-derivation iterations, more than the %,d Overturn accepts: refused as damaged",
                            Integer.toUnsignedLong(iterations),
                            MAX_ITERATIONS));
        }
        int chunk = h.getInt(22);
        if (chunk < MIN_CHUNK || chunk > MAX_CHUNK) {
            throw new BackupRefusedException(
                    "damaged "
                            + kind.noun
                            + ": its chunk size "
                            + Integer.toUnsignedLong(chunk)
                            + " is out of bounds");
        }
        return h;
    }

    private static Cipher cipher(
            int mode, SecretKey key, byte[] nonce, int index, boolean last, byte[] header)
            throws GeneralSecurityException {
        byte[] iv = nonce.clone();
        iv[7] ^= (byte) (index >>> 24);
        iv[8] ^= (byte) (index >>> 16);
        iv[9] ^= (byte) (index >>> 8);
        iv[10] ^= (byte) index;
        iv[11] ^= (byte) (last ? 1 : 0);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG * 8, iv));
        c.updateAAD(header);
        return c;
    }

    /**
     * PBKDF2-HMAC-SHA256 of the password in Unicode NFC, so the same password typed on another
     * system matches.
     */
    private static SecretKey derive(String password, byte[] salt, int iterations) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a backup needs a password");
        }
        char[] chars = Normalizer.normalize(password, Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
        byte[] raw = null;
        try {
            raw =
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(spec)
                            .getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
