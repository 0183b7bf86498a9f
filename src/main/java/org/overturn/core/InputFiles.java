package org.overturn.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;
import org.overturn.persistence.json.Printable;

/**
 * Reading a file someone hands the app (a case file, a practice profile), the same way from the
 * command line and from File → Import: only a regular file of at most 50 MB, UTF-8 (a leading
 * byte-order mark dropped), and for a case the format and the date rules checked before anything is
 * written.
 */
public final class InputFiles {

    /** The largest file an import reads: a case file with its text is far smaller. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** A file that can't be imported; the message is one line naming the file and what is wrong. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A checked case file, the text it was read from and that text's SHA-256 (how a repeat import
     * is recognised).
     */
    public record CaseRead(ImportedCase imported, String sha256) {}

    private InputFiles() {}

    /**
     * Reads a regular file as UTF-8. A device, a pipe or a folder is refused before anything is
     * read, so {@code /dev/zero} can't fill the memory and a pipe can't hang.
     */
    public static String readUtf8(Path file) throws Refused {
        String shown = Printable.visible(file.toString(), 300);
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw new Refused(
                        shown
                                + ": not a regular file (a folder, a device or a pipe); give a JSON file",
                        null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(
                        shown
                                + ": larger than 50 MB ("
                                + Files.size(file) / (1024 * 1024)
                                + " MB); a case or profile file is far smaller",
                        null);
            }
            byte[] bytes = Files.readAllBytes(file);
            int start =
                    bytes.length >= 3
                                    && (bytes[0] & 0xFF) == 0xEF
                                    && (bytes[1] & 0xFF) == 0xBB
                                    && (bytes[2] & 0xFF) == 0xBF
                            ? 3
                            : 0;
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new Refused(shown + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new Refused(shown + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new Refused(shown + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads and checks a case file (format, then the rules that need today's date); writes nothing.
     */
    public static CaseRead readCase(Path file, LocalDateTime now) throws Refused {
        return checkCase(readUtf8(file), Printable.visible(file.toString(), 300), now);
    }

    /**
     * Checks a case file's text as an import does (format, then the rules that need today's date),
     * whatever it came from: a file, or a sample shipped with the app.
     *
     * @param shown the text's source as messages name it
     */
    public static CaseRead checkCase(String text, String shown, LocalDateTime now) throws Refused {
        ImportedCase imported;
        try {
            imported = new CaseJson().read(text);
        } catch (CaseFormatException e) {
            throw new Refused(shown + ": " + e.getMessage(), e);
        }
        List<String> problems = CaseRules.problems(imported.caseFile(), now);
        if (!problems.isEmpty()) {
            throw new Refused(shown + ": case." + problems.get(0), null);
        }
        return new CaseRead(imported, sha256(text));
    }

    /** The SHA-256 of the text as UTF-8, lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
