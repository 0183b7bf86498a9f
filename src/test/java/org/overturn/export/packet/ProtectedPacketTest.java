package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.security.Checksums;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfProtection;
import org.overturn.persistence.json.ImportedCase;

/**
 * Issue 13, item 9: a packet protected for email or a portal upload is encrypted with PDF's AES-256
 * standard security handler; it opens with its password alone, prints, and holds exactly the
 * packet.
 */
class ProtectedPacketTest {

    private static final String PASSWORD = "Blue-Heron-44";

    @TempDir Path dir;

    private final PacketFixtures.MemorySource source = new PacketFixtures.MemorySource();

    private PacketExporter exporter() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        byte[] denial = PdfAssert.pdf("DENIAL", 2);
        source.bytes.put("e1", denial);
        CaseFile c =
                ic.caseFile()
                        .withPacket(
                                ic.caseFile()
                                        .packet()
                                        .withEnclosureAdded(
                                                new Enclosure(
                                                        "e1",
                                                        "Denial letter",
                                                        "denial.pdf",
                                                        0,
                                                        false,
                                                        Checksums.sha256(denial),
                                                        denial.length,
                                                        Optional.empty())));
        return new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source));
    }

    @Test
    void aProtectedPacketOpensOnlyWithItsPasswordAndHoldsExactlyThePacket() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        Path sealed = dir.resolve("protected.pdf");
        int pages = exporter().export(plain, PacketProgress.NONE);

        assertThat(exporter().export(sealed, PacketProgress.NONE, Optional.of(PASSWORD)))
                .isEqualTo(pages);

        assertThatThrownBy(() -> Loader.loadPDF(sealed.toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(sealed.toFile(), "blue-heron-44").close())
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument d = Loader.loadPDF(sealed.toFile(), PASSWORD)) {
            assertThat(d.isEncrypted()).isTrue();
            assertThat(d.getEncryption().getLength()).isEqualTo(256);
            assertThat(d.getEncryption().getVersion()).isEqualTo(5);
            assertThat(d.getEncryption().getRevision()).isEqualTo(6);
            AccessPermission may = d.getCurrentAccessPermission();
            assertThat(may.isOwnerPermission()).isFalse();
            assertThat(may.canPrint()).isTrue();
            assertThat(may.canPrintFaithful()).isTrue();
            assertThat(may.canExtractForAccessibility()).isTrue();
            assertThat(may.canModify()).isFalse();
            assertThat(d.getNumberOfPages()).isEqualTo(pages);
            assertThat(d.getDocumentInformation().getTitle()).startsWith("Appeal packet: ");
            assertThat(marks(d)).isPositive().isEqualTo(countMarks(plain));
        }
        assertThat(
                        PdfAssert.pageTexts(
                                PdfProtection.unprotect(Files.readAllBytes(sealed), PASSWORD)))
                .isEqualTo(PdfAssert.pageTexts(Files.readAllBytes(plain)));
        assertThat(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain("Dear Reviewer")
                .doesNotContain("DENIAL page 1");
    }

    private static int countMarks(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return marks(d);
        }
    }

    private static int marks(PDDocument d) {
        int n = 0;
        for (var ignored : d.getDocumentCatalog().getDocumentOutline().children()) {
            n++;
        }
        return n;
    }

    @Test
    void aPacketProtectedWithAShortPasswordIsRefusedAndNothingIsWritten() {
        Path sealed = dir.resolve("protected.pdf");

        assertThatThrownBy(
                        () -> exporter().export(sealed, PacketProgress.NONE, Optional.of("short")))
                .hasMessageContaining("at least 8 characters");
        assertThat(sealed).doesNotExist();
    }

    @Test
    void theOwnerPasswordIsNotTheUserPasswordSoTheRestrictionsHold() throws Exception {
        byte[] sealed = PdfProtection.protect(PdfAssert.pdf("LETTER", 1), PASSWORD);

        try (PDDocument d = Loader.loadPDF(sealed, PASSWORD)) {
            assertThat(d.getCurrentAccessPermission().isOwnerPermission()).isFalse();
        }
        byte[] again = PdfProtection.protect(PdfAssert.pdf("LETTER", 1), PASSWORD);
        assertThat(again).isNotEqualTo(sealed);
    }
}
