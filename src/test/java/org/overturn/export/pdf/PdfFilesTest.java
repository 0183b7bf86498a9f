package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFilesTest {

    @TempDir
    Path dir;

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
                .isInstanceOf(PdfExportException.class).hasMessageContaining("does not exist");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderAsTargetIsRefused() {
        assertThatThrownBy(() -> PdfFiles.checkWritable(dir)).hasMessageContaining("is a folder");
    }
}
