package org.overturn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a command gets a password: the first line of a file ({@code --password-file}) or of
 * standard input ({@code --password-stdin}), never the command line, where other users and the
 * shell's history would see it. Only the line ending is dropped: spaces are part of the password.
 */
final class Passwords {

    /** The permissions a private password file may have: its owner's only. */
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(
                    PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE);

    /** A password file larger than this is the wrong file. */
    private static final int MAX_BYTES = 64 * 1024;

    private Passwords() {}

    /** The password the options give, or empty when they give none; both at once is refused. */
    static Optional<String> optional(Path file, boolean stdin, InputStream in) {
        if (file != null && stdin) {
            throw new CliInputException("give --password-file F or --password-stdin, not both");
        }
        if (file != null) {
            return Optional.of(fromFile(file));
        }
        return stdin ? Optional.of(fromStdin(in)) : Optional.empty();
    }

    /** The password the options give; refused when they give none. */
    static String required(Path file, boolean stdin, InputStream in, String command) {
        return optional(file, stdin, in)
                .orElseThrow(
                        () ->
                                new CliInputException(
                                        command
                                                + " needs --password-file F "
                                                + "or --password-stdin; a password is never taken on the command line"));
    }

    static String fromFile(Path file) {
        String name = "the password file " + file;
        if (!Files.exists(file)) {
            throw new CliInputException("cannot read the password file " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(
                    name + " is not a regular file (for a pipe, use --password-stdin)");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CliInputException(
                        name + " is larger than 64 KB; its first line should be the password");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliInputException(
                    "cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        return firstLine(bytes, name);
    }

    /**
     * The first line of a file only its owner may read (mode 0600 or stricter where the file system
     * has POSIX permissions): a database password kept in a file others can read is refused, not
     * used.
     */
    static String fromPrivateFile(Path file) {
        if (Files.exists(file)) {
            try {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(file, PosixFileAttributeView.class);
                if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
                    throw new CliInputException(
                            "the password file "
                                    + file
                                    + " can be read by other users: make it yours alone (chmod 600 "
                                    + file
                                    + ")");
                }
            } catch (IOException e) {
                throw new CliInputException(
                        "cannot read the password file " + file + ": " + e.getMessage(), e);
            }
        }
        return fromFile(file);
    }

    static String fromStdin(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CliInputException("the password on standard input is longer than 64 KB");
            }
            return firstLine(bytes, "standard input");
        } catch (IOException e) {
            throw new CliInputException(
                    "cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private static String firstLine(byte[] bytes, String name) {
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new CliInputException(name + " is not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new CliInputException(name + " is empty: its first line is the password");
        }
        return line;
    }
}
