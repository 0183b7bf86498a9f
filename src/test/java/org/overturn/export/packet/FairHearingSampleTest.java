package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.overturn.persistence.json.ImportedCase;

/**
 * The Medicaid fee-for-service sample: a fair hearing request the beneficiary signs, on the state's
 * route.
 */
class FairHearingSampleTest {

    @Test
    void theBeneficiaryRequestsAStateFairHearingWithTheTreatingPhysiciansStatement()
            throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.FFS);
        byte[] pdf =
                new PacketExporter(
                                PacketFixtures.inputs(
                                        ic.caseFile(),
                                        ic.payer(),
                                        new PacketFixtures.MemorySource()))
                        .render(PacketProgress.NONE);
        String t;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            t = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }

        assertThat(t)
                .contains("URGENT: EXPEDITED REQUEST FOR A STATE FAIR HEARING")
                .contains("Dear Hearing Officer:")
                .contains(
                        "I am writing to request an expedited state fair hearing on the Medicaid agency's decision")
                .contains("42 CFR 431.220(a)(1)")
                .contains("I have been in the IOP program since October 26, 2026")
                .contains("Statement of the treating physician")
                .contains("My treating clinician, Samuel Achebe, MD,")
                .contains("I ask the state Medicaid agency to reverse the decision")
                .contains("From Renée Okafor-Lind (sent by Samuel Achebe, MD");
        assertThat(t)
                .doesNotContain("29 CFR")
                .doesNotContain("ERISA")
                .doesNotContain("appeal of the plan")
                .doesNotContain("must therefore")
                .doesNotContain("my patient");
    }
}
