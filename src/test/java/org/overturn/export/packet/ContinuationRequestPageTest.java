package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.letters.ContinuationFixtures;

/**
 * The enrollee's own continuation request travels in the packet only where Medicaid managed care
 * gives it.
 */
class ContinuationRequestPageTest {

    private static String text(CaseFile c) throws Exception {
        byte[] pdf =
                new PacketExporter(
                                PacketFixtures.inputs(
                                        c,
                                        PacketFixtures.sample(PacketFixtures.MH).payer(),
                                        new PacketFixtures.MemorySource()))
                        .render(PacketProgress.NONE);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aMedicaidManagedCareCaseCuttingApprovedCareCarriesTheEnrolleesRequestToSign()
            throws Exception {
        String t =
                text(
                        ContinuationFixtures.approvedThrough(
                                PlanType.MEDICAID_MCO,
                                DenialType.CONCURRENT,
                                LocalDate.of(2026, 11, 30),
                                LocalDate.of(2026, 11, 20)));

        assertThat(t)
                .contains("Request to continue my benefits during my appeal")
                .contains("I, Daniela Reyes-Whitford (member ID CMH-448120377), am appealing")
                .contains("42 CFR 438.420")
                .contains("Signature of the enrollee");
    }

    @Test
    void noOtherCaseCarriesIt() throws Exception {
        assertThat(
                        text(
                                ContinuationFixtures.approvedThrough(
                                        PlanType.ERISA_SELF_FUNDED,
                                        DenialType.CONCURRENT,
                                        LocalDate.of(2026, 11, 30),
                                        LocalDate.of(2026, 11, 20))))
                .doesNotContain("Request to continue my");
        assertThat(
                        text(
                                ContinuationFixtures.approvedThrough(
                                        PlanType.MEDICAID_MCO,
                                        DenialType.CONCURRENT,
                                        LocalDate.of(2026, 11, 14),
                                        LocalDate.of(2026, 11, 17))))
                .doesNotContain("Request to continue my");
    }
}
