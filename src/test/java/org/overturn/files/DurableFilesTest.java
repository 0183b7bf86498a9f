package org.overturn.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.persistence.DbFiles;

/**
 * Whole files or nothing, written as a stream: what the encrypted backup is written through (issue
 * 13, item 9).
 */
class DurableFilesTest {

    @TempDir Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoFileAndNoPart() throws Exception {
        Path target = dir.resolve("backup.overturn");

        assertThatThrownBy(
                        () ->
                                DurableFiles.write(
                                        target,
                                        true,
                                        out -> {
                                            out.write(new byte[300_000]);
                                            throw new IOException("the disk is full");
                                        }))
                .isInstanceOf(IOException.class)
                .hasMessage("the disk is full");

        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierFileAsItWas() throws Exception {
        Path target = Files.writeString(dir.resolve("backup.overturn"), "last week's backup");

        assertThatThrownBy(
                        () ->
                                DurableFiles.write(
                                        target,
                                        true,
                                        out -> {
                                            out.write(new byte[300_000]);
                                            throw new IllegalStateException("interrupted");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("last week's backup");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aStreamedFileArrivesWholeAndOwnerOnly() throws Exception {
        Path target = Files.writeString(dir.resolve("backup.overturn"), "old");
        if (OwnerOnly.posix()) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        }
        byte[] bytes = DbFiles.randomBytes(3_000_000, 5);

        DurableFiles.write(
                target,
                true,
                out -> {
                    for (int i = 0; i < bytes.length; i += 100_000) {
                        out.write(bytes, i, Math.min(100_000, bytes.length - i));
                    }
                });

        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(filesIn(dir)).isEqualTo(1);
        if (OwnerOnly.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aFolderALinkOrADeviceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path real = Files.writeString(dir.resolve("real.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        assertThat(DurableFiles.problem(folder)).contains("it is a folder");
        assertThat(DurableFiles.problem(link))
                .hasValueSatisfying(p -> assertThat(p).contains("is a link"));
        assertThat(DurableFiles.problem(Path.of("/dev/null")))
                .hasValueSatisfying(p -> assertThat(p).contains("not a regular file"));
        assertThat(DurableFiles.problem(dir.resolve("missing/x")))
                .hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
        assertThatThrownBy(() -> DurableFiles.write(link, true, out -> out.write(1)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(real)).isEqualTo("keep");
    }
}
