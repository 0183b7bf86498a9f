package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.LetterInputs;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterSection;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.persistence.json.ImportedCase;

/**
 * A packet exported after the patient was renamed names one patient, the one the case names now
 * (issue 14, item 1).
 */
class StaleLetterExportTest {

    @TempDir Path dir;

    private static CaseFile draftedThenRenamed(boolean editFirstNamingPart) {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = ic.caseFile();
        LetterInputs in =
                new LetterInputs(
                        c,
                        ic.payer(),
                        PacketFixtures.profile(),
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        PacketFixtures.instruments(),
                        LetterComposer.storedOrDefault(c),
                        LocalDate.of(2026, 11, 20));
        LetterDraft d =
                LetterComposer.storedOrDefault(c)
                        .withSections(
                                LetterComposer.draft(in), Optional.of(LocalDate.of(2026, 11, 20)));
        if (editFirstNamingPart) {
            LetterSection naming =
                    d.sections().stream()
                            .filter(s -> s.text().contains(c.patient().name()))
                            .findFirst()
                            .orElseThrow();
            d = d.withEdit(naming.part(), naming.text() + " Her sister is her contact.");
        }
        Patient p = c.patient();
        return c.withPacket(c.packet().withLetter(d))
                .withPatient(
                        new Patient(
                                "Marisol Ortega-Lind",
                                p.dateOfBirth(),
                                p.memberId(),
                                p.groupNumber(),
                                p.state()));
    }

    @Test
    void theLetterBodyNamesTheRenamedPatientAndNeverTheOldName() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        String old = ic.caseFile().patient().name();
        byte[] pdf =
                new PacketExporter(
                                PacketFixtures.inputs(
                                        draftedThenRenamed(false),
                                        ic.payer(),
                                        new PacketFixtures.MemorySource()))
                        .render(PacketProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Marisol Ortega-Lind").doesNotContain(old);
        }
    }

    @Test
    void anEditedPartTheRenameChangedUnderRefusesTheExportAndWritesNothing() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        Path out = dir.resolve("packet.pdf");
        assertThatThrownBy(
                        () ->
                                new PacketExporter(
                                                PacketFixtures.inputs(
                                                        draftedThenRenamed(true),
                                                        ic.payer(),
                                                        new PacketFixtures.MemorySource()))
                                        .export(out, PacketProgress.NONE))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("the case changed after you edited")
                .hasMessageContaining("keep your text");
        assertThat(out).doesNotExist();
    }
}
