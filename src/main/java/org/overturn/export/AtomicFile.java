package org.overturn.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a whole file or nothing: the bytes go to a hidden {@code .NAME-*.part} beside the target, are forced to
 * the disk, and the part is renamed over the target, whose folder is then forced too, so a crash or a power cut
 * leaves the old file or the new one, never half of one. A target that is a link, a device, a pipe or a folder is
 * refused: an export never replaces something that is not a plain file (and, run as root, never turns
 * {@code /dev/full} into a file).
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Why the target can't be written, in one line, or empty when it can. */
    public static Optional<String> problem(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.of("the folder " + dir + " does not exist");
        }
        if (Files.isSymbolicLink(abs)) {
            return Optional.of("it is a link; give the file's own path");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("it is a folder");
            }
            if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("it is not a regular file (a device, a pipe or a socket)");
            }
            if (!Files.isWritable(abs)) {
                return Optional.of("permission denied");
            }
        }
        if (!Files.isWritable(dir)) {
            return Optional.of("permission denied");
        }
        return Optional.empty();
    }

    /**
     * Writes {@code bytes} to {@code target} as described above.
     *
     * @throws IOException with a one-line message when the target is refused or the disk fails
     */
    public static void write(byte[] bytes, Path target) throws IOException {
        Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        removeStaleParts(abs);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + "-", ".part");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            org.overturn.persistence.DurableFiles.forceFolder(dir);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The hidden parts an earlier export to this same file left when it was killed between writing and renaming. */
    private static void removeStaleParts(Path abs) throws IOException {
        String prefix = "." + abs.getFileName() + "-";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(abs.getParent(), prefix + "*.part")) {
            for (Path p : parts) {
                String rest = p.getFileName().toString().substring(prefix.length());
                // Only our own names: the temp file's digits, then ".part".
                if (rest.matches("\\d+\\.part") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
