package org.overturn.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
 * Files that survive a crash or a power cut whole or not at all. A file is written to a hidden
 * {@code .NAME-*.part} beside the target, forced to the disk, and renamed over the target, whose
 * folder is then forced too, so a crash leaves the old file or the new one, never half of one. A
 * target that is a link, a device, a pipe or a folder is refused: nothing that is not a plain file
 * is ever replaced (and, run as root, {@code /dev/full} never becomes a file).
 */
public final class DurableFiles {

    private DurableFiles() {}

    /** Writes the file's bytes to a stream; a failure, thrown, leaves no file behind. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
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
     * Writes the whole file or nothing, as described above; the content is streamed, never held in
     * memory whole.
     *
     * @param ownerOnly whether the file is made readable by its owner alone (0600, or an owner-only
     *     access list), as health information kept outside the data folder must be
     * @throws IOException with a one-line message when the target is refused or the disk fails;
     *     whatever the content throws is thrown as it is, after the part file is removed
     */
    public static void write(Path target, boolean ownerOnly, Content content) throws IOException {
        Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        removeStaleParts(abs);
        // A temp file is created 0600 where permissions are POSIX.
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + "-", ".part");
        try {
            if (ownerOnly) {
                OwnerOnly.restrict(tmp);
            }
            try (FileChannel ch =
                    FileChannel.open(
                            tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(
                        tmp,
                        abs,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            forceFolder(dir);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The hidden parts an earlier write to this same file left when it was killed between writing
     * and renaming.
     */
    private static void removeStaleParts(Path abs) throws IOException {
        String prefix = "." + abs.getFileName() + "-";
        try (DirectoryStream<Path> parts =
                Files.newDirectoryStream(abs.getParent(), prefix + "*.part")) {
            for (Path p : parts) {
                String rest = p.getFileName().toString().substring(prefix.length());
                // Only our own names: the temp file's digits, then ".part".
                if (rest.matches("\\d+\\.part")
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Forces the folder's entries to the disk. Where folders can't be opened as files (Windows,
     * whose file system records the rename with the file itself), there is nothing to force and
     * nothing is done; elsewhere a failure is reported, not hidden.
     */
    public static void forceFolder(Path dir) throws IOException {
        if (!OwnerOnly.posix()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
