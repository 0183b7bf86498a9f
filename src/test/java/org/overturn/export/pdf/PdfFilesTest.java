package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFilesTest {

    @TempDir Path dir;

    @Test
    void writingReplacesTheTargetAndLeavesNoTempFileBehind() throws Exception {
        Path target = dir.resolve("packet.pdf");
        Files.writeString(target, "old");

        PdfFiles.writeAtomically(PdfAssert.pdf("new", 1), target);

        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("packet.pdf");
        }
    }

    @Test
    void aMissingFolderIsRefusedWithAMessageAndNothingIsWritten() {
        Path target = dir.resolve("no/such/folder/packet.pdf");

        assertThatThrownBy(() -> PdfFiles.writeAtomically(new byte[] {1}, target))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("does not exist");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderAsTargetIsRefused() {
        assertThatThrownBy(() -> PdfFiles.checkWritable(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void aLinkAsTargetIsRefusedAndWhatItPointsToIsUntouched() throws Exception {
        Path real = Files.writeString(dir.resolve("someone-elses.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("packet.pdf"), real);

        assertThatThrownBy(() -> PdfFiles.writeAtomically(PdfAssert.pdf("new", 1), link))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("is a link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("keep me");
    }

    @Test
    void aDeviceOrPipeAsTargetIsRefusedAndStaysWhatItIs() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path fifo = dir.resolve("packet.pdf");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor())
                .isZero();

        assertThatThrownBy(() -> PdfFiles.writeAtomically(PdfAssert.pdf("new", 1), fifo))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aHiddenPartLeftByAnExportKilledBeforeItsRenameIsRemovedByTheNextExportToThatFile()
            throws Exception {
        Path target = dir.resolve("packet.pdf");
        Path stale = Files.writeString(dir.resolve(".packet.pdf-123456789.part"), "half a pdf");
        Path other =
                Files.writeString(
                        dir.resolve(".letter.pdf-987654321.part"), "another export's part");

        PdfFiles.writeAtomically(PdfAssert.pdf("new", 1), target);

        assertThat(stale).doesNotExist();
        assertThat(other).as("another file's part is not this export's to remove").exists();
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
    }
}
