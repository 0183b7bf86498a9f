package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, item 9: the encrypted backup format. Header: 16-byte magic, version, key-derivation id,
 * PBKDF2 iterations (big-endian), chunk size, 16-byte salt, 12-byte nonce; then AES-256-GCM chunks
 * of 1 MiB, each with its own nonce and the whole header as associated data, the last one marked as
 * last.
 */
class BackupCipherTest {

    private static final String PASSWORD = "correct horse battery";
    private static final int ITERATIONS_AT = 18;
    private static final int SALT_AT = 26;
    private static final int NONCE_AT = 42;

    private static byte[] encrypt(byte[] plain, String password) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.encrypt(new ByteArrayInputStream(plain), out, password);
        return out.toByteArray();
    }

    private static byte[] decrypt(byte[] sealed, String password) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.decrypt(new ByteArrayInputStream(sealed), out, password);
        return out.toByteArray();
    }

    private static byte[] random(int n) {
        return DbFiles.randomBytes(n, n + 17L);
    }

    @Test
    void everyByteComesBackAcrossChunksIncludingAnExactMultipleAndNothing() throws Exception {
        for (int size : new int[] {0, BackupCipher.CHUNK, 2 * BackupCipher.CHUNK + 5}) {
            byte[] plain = random(size);

            byte[] sealed = encrypt(plain, PASSWORD);

            assertThat(sealed.length)
                    .as("size %d", size)
                    .isEqualTo(
                            BackupCipher.HEADER_LENGTH
                                    + size
                                    + 16 * (size / BackupCipher.CHUNK + 1));
            assertThat(decrypt(sealed, PASSWORD)).as("size %d", size).isEqualTo(plain);
        }
    }

    @Test
    void theHeaderNamesTheFormatAnd600000IterationsAndEachBackupHasItsOwnSaltAndNonce()
            throws Exception {
        long start = System.nanoTime();
        byte[] a = encrypt("same".getBytes(StandardCharsets.UTF_8), PASSWORD);
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] b = encrypt("same".getBytes(StandardCharsets.UTF_8), PASSWORD);
        System.out.println(
                "BackupCipherTest: one key derivation (600,000 iterations) and a tiny encryption took "
                        + millis
                        + " ms");

        assertThat(new String(a, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("OVERTURN-BACKUP\0");
        assertThat(a[16]).isEqualTo((byte) 1);
        assertThat(ByteBuffer.wrap(a, ITERATIONS_AT, 4).getInt()).isEqualTo(600_000);
        assertThat(ByteBuffer.wrap(a, 22, 4).getInt()).isEqualTo(BackupCipher.CHUNK);
        assertThat(Arrays.copyOfRange(a, SALT_AT, SALT_AT + 16))
                .isNotEqualTo(Arrays.copyOfRange(b, SALT_AT, SALT_AT + 16));
        assertThat(Arrays.copyOfRange(a, NONCE_AT, NONCE_AT + 12))
                .isNotEqualTo(Arrays.copyOfRange(b, NONCE_AT, NONCE_AT + 12));
        assertThat(BackupCipher.isEncryptedBackup(a)).isTrue();
        assertThat(
                        BackupCipher.isEncryptedBackup(
                                "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }

    @Test
    void aWrongPasswordIsRefusedInTheSameWordsAsDamage() throws Exception {
        byte[] sealed = encrypt(random(1000), PASSWORD);

        assertThatThrownBy(() -> decrypt(sealed, "correct horse battery!"))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("wrong password or damaged backup");
    }

    /**
     * Iterations, salt, nonce, ciphertext, tag: a flipped bit anywhere after the magic is caught.
     */
    @ParameterizedTest
    @ValueSource(
            ints = {
                ITERATIONS_AT + 3,
                SALT_AT,
                SALT_AT + 15,
                NONCE_AT,
                NONCE_AT + 11,
                BackupCipher.HEADER_LENGTH,
                BackupCipher.HEADER_LENGTH + 500,
                -1
            })
    void aFlippedBitInTheHeaderTheCiphertextOrTheTagIsRefused(int offset) throws Exception {
        byte[] sealed = encrypt(random(1000), PASSWORD);
        int at = offset < 0 ? sealed.length + offset : offset;
        sealed[at] ^= 0x01;

        assertThatThrownBy(() -> decrypt(sealed, PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("wrong password or damaged backup");
    }

    @Test
    void aBackupCutShortAnywhereOrWithBytesAddedIsRefused() throws Exception {
        byte[] sealed = encrypt(random(2 * BackupCipher.CHUNK + 5), PASSWORD);
        int firstChunkEnd = BackupCipher.HEADER_LENGTH + BackupCipher.CHUNK + 16;

        for (int length :
                new int[] {
                    30,
                    BackupCipher.HEADER_LENGTH,
                    firstChunkEnd,
                    2 * firstChunkEnd - BackupCipher.HEADER_LENGTH,
                    sealed.length - 1
                }) {
            assertThatThrownBy(() -> decrypt(Arrays.copyOf(sealed, length), PASSWORD))
                    .as("cut at %d", length)
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("damaged backup");
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThatThrownBy(() -> decrypt(longer, PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("wrong password or damaged backup");
    }

    @Test
    void chunksInAnotherOrderAreRefused() throws Exception {
        byte[] sealed = encrypt(random(3 * BackupCipher.CHUNK + 5), PASSWORD);
        int len = BackupCipher.CHUNK + 16;
        byte[] swapped = sealed.clone();
        System.arraycopy(
                sealed, BackupCipher.HEADER_LENGTH, swapped, BackupCipher.HEADER_LENGTH + len, len);
        System.arraycopy(
                sealed, BackupCipher.HEADER_LENGTH + len, swapped, BackupCipher.HEADER_LENGTH, len);

        assertThatThrownBy(() -> decrypt(swapped, PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("wrong password or damaged backup");
    }

    private static byte[] withIterations(byte[] sealed, int iterations) {
        byte[] changed = sealed.clone();
        ByteBuffer.wrap(changed, ITERATIONS_AT, 4).putInt(iterations);
        return changed;
    }

    @Test
    void fewerThan600000IterationsAreRefusedBeforeAnyKeyIsDerived() throws Exception {
        byte[] sealed = encrypt(random(100), PASSWORD);

        for (int weak : new int[] {1, 100_000, 599_999, -5}) {
            assertThatThrownBy(() -> decrypt(withIterations(sealed, weak), PASSWORD))
                    .as("%d", weak)
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("fewer than the 600,000");
        }
    }

    @Test
    void anAbsurdIterationCountIsRefusedAtOnceInsteadOfRunningForHours() throws Exception {
        byte[] sealed = encrypt(random(100), PASSWORD);
        long start = System.nanoTime();

        assertThatThrownBy(() -> decrypt(withIterations(sealed, Integer.MAX_VALUE), PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("more than the 10,000,000");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
    }

    @Test
    void aFileThatIsNotAnEncryptedBackupOrComesFromANewerVersionSaysSo() throws Exception {
        assertThatThrownBy(
                        () ->
                                decrypt(
                                        "SQLite format 3\0 and more"
                                                .getBytes(StandardCharsets.US_ASCII),
                                        PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("not an Overturn encrypted backup");
        byte[] newer = encrypt(random(10), PASSWORD);
        newer[16] = 2;
        assertThatThrownBy(() -> decrypt(newer, PASSWORD))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("newer version of Overturn");
    }

    @Test
    void theSamePasswordTypedInAnotherUnicodeFormOpensTheBackup() throws Exception {
        // "é" as one code point and as "e" plus a combining accent: the same password to the person
        // typing it.
        byte[] sealed = encrypt(random(10), "caf\u00e9 au lait 2026");

        assertThat(decrypt(sealed, "cafe\u0301 au lait 2026")).isEqualTo(random(10));
    }
}
