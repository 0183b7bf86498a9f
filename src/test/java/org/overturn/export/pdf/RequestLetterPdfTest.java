package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

class RequestLetterPdfTest {

    @Test
    void theLetterAsksForEachDocumentWithItsBasisFromTheLibraryOnEveryPage() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        LocalDate sent = LocalDate.of(2026, 11, 20);
        List<DisclosureRequest> asks =
                List.of(
                        DisclosureRequest.draft(
                                DisclosureKind.CLAIM_FILE,
                                PlanType.ERISA_SELF_FUNDED,
                                sent,
                                Optional.empty()),
                        DisclosureRequest.draft(
                                DisclosureKind.NQTL_ANALYSIS,
                                PlanType.ERISA_SELF_FUNDED,
                                sent,
                                Optional.empty()));

        byte[] pdf =
                new RequestLetterPdf(
                                ic.caseFile(),
                                ic.payer(),
                                PacketFixtures.profile(),
                                PacketFixtures.library())
                        .render(asks, PacketFixtures.NOW);
        String text = String.join("\n", PdfAssert.pageTexts(pdf));

        assertThat(text)
                .contains("Request for documents: Daniela Reyes-Whitford")
                .contains(DisclosureKind.CLAIM_FILE.ask().substring(0, 40))
                .contains(DisclosureKind.NQTL_ANALYSIS.label())
                .contains("Cascade Mutual Health (sample)")
                .contains("Miriam Osei, MD")
                .contains("Authorities cited")
                .contains("Page 1 of");
        for (String id : asks.stream().flatMap(a -> a.citationId().stream()).toList()) {
            assertThat(text).contains(PacketFixtures.library().get(id).citation());
        }
        assertThat(PdfAssert.notEmbeddedFonts(pdf)).isEmpty();
    }

    @Test
    void noRequestIsAClearRefusal() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);

        assertThatThrownBy(
                        () ->
                                new RequestLetterPdf(
                                                ic.caseFile(),
                                                ic.payer(),
                                                PacketFixtures.profile(),
                                                PacketFixtures.library())
                                        .render(List.of(), PacketFixtures.NOW))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("at least one request");
    }
}
