package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.PacketLayout;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.export.packet.PacketFixtures;

/**
 * The packet parts of a case (format version 3; the signer, version 4) survive the case file and
 * the stored document.
 */
class PacketJsonTest {

    @Test
    void letterEnclosuresLayoutAndSubmissionsRoundTrip() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);
        String sha = "a".repeat(64);
        LetterDraft letter =
                new LetterDraft(
                        AppealUrgency.EXPEDITED,
                        Signer.REPRESENTATIVE,
                        ReviewLevel.EXTERNAL_REVIEW,
                        "Independent Review Co.",
                        Optional.of(LocalDate.of(2026, 11, 24)),
                        List.of(
                                new LetterSection(
                                        LetterPart.OPENING,
                                        "Draft",
                                        Optional.of("Edited"),
                                        List.of("mhpaea-statute")),
                                LetterSection.drafted(LetterPart.CLOSING, "Thanks", List.of())));
        CaseFile c =
                ic.caseFile()
                        .withPacket(
                                ic.caseFile()
                                        .packet()
                                        .withLetter(letter)
                                        .withEnclosures(
                                                List.of(
                                                        new Enclosure(
                                                                "e1",
                                                                "Denial letter",
                                                                "denial.pdf",
                                                                1,
                                                                true,
                                                                sha,
                                                                1234,
                                                                Optional.of(3))))
                                        .withLayout(
                                                PacketLayout.standard()
                                                        .withExcluded(GeneratedPart.COVER, true))
                                        .withSubmissions(
                                                List.of(
                                                        new Submission(
                                                                "s1",
                                                                LocalDate.of(2026, 11, 25),
                                                                Optional.of(LocalTime.of(9, 30)),
                                                                SubmissionMethod.FAX,
                                                                "(312) 555-0126",
                                                                "OK 0042",
                                                                ReviewLevel.INTERNAL_APPEAL,
                                                                "doc-1",
                                                                sha,
                                                                9))));
        CaseJson json = new CaseJson();

        String text = json.export(c, ic.payer());
        CaseFile back = json.read(text).caseFile();

        assertThat(text)
                .contains("\"formatVersion\" : " + CaseJson.CURRENT_VERSION)
                .contains("\"urgency\" : \"expedited\"")
                .doesNotContain("\"pdf\"")
                .doesNotContain("\"text\" : \"Edited\"");
        assertThat(back.packet()).isEqualTo(c.packet());
        assertThat(json.fromStored(7, json.toStored(c)).packet()).isEqualTo(c.packet());
    }

    @Test
    void aVersionTwoCaseReadsWithAnEmptyPacket() throws Exception {
        String v2;
        try (var in =
                getClass()
                        .getResourceAsStream(
                                "/org/overturn/caseformat/v2/mh-iop-concurrent-erisa.json")) {
            v2 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        CaseFile c = new CaseJson().read(v2).caseFile();

        assertThat(c.packet().letter()).isEmpty();
        assertThat(c.packet().enclosures()).isEmpty();
        assertThat(c.packet().layout()).isEqualTo(PacketLayout.standard());
    }

    private static String resource(String path) throws Exception {
        try (var in = PacketJsonTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSignerAndTheLastDateRequestedRoundTrip() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        Clinician ana =
                new Clinician(
                        "Ana Ruiz",
                        "MD",
                        true,
                        "1234567893",
                        "(555) 010-2000",
                        "(555) 010-2001",
                        "ana@example.org");
        Denial d = ic.caseFile().currentDenial().orElseThrow();
        CaseFile c =
                ic.caseFile()
                        .withPacket(ic.caseFile().packet().withSigner(Optional.of(ana)))
                        .withDenial(d.withEndDateRequested(Optional.of(LocalDate.of(2026, 12, 7))));
        CaseJson json = new CaseJson();

        String text = json.export(c, ic.payer());
        CaseFile back = json.read(text).caseFile();

        assertThat(text)
                .contains("\"signer\" : {")
                .contains("\"physician\" : true")
                .contains("\"endDateRequested\" : \"2026-12-07\"");
        assertThat(back.packet().signer()).contains(ana);
        assertThat(back.currentDenial().orElseThrow().endDateRequested())
                .contains(LocalDate.of(2026, 12, 7));
        assertThat(json.fromStored(7, json.toStored(c)).packet().signer()).contains(ana);
    }

    @Test
    void aVersionThreeCaseReadsWithNoSignerAndNoLastDate() throws Exception {
        CaseFile c =
                new CaseJson()
                        .read(resource("/org/overturn/caseformat/v3/mh-iop-concurrent-erisa.json"))
                        .caseFile();

        assertThat(c.packet().signer()).isEmpty();
        assertThat(c.denials()).allSatisfy(d -> assertThat(d.endDateRequested()).isEmpty());
    }

    @Test
    void aFrozenVersionFourCaseKeepsItsSigner() throws Exception {
        CaseFile c =
                new CaseJson()
                        .read(
                                resource(
                                        "/org/overturn/caseformat/v4/sud-iop-preservice-medicaid.json"))
                        .caseFile();

        assertThat(c.packet().signer())
                .contains(
                        new Clinician(
                                "Rosa Delgado", "LCADC", false, "", "(312) 555-0177", "", ""));
    }

    @Test
    void aSignerWithoutANameOrWithABadNpiIsRefusedByName() throws Exception {
        String v4 = resource("/org/overturn/caseformat/v4/mh-iop-concurrent-erisa.json");
        CaseJson json = new CaseJson();

        assertThatThrownBy(
                        () -> json.read(v4.replace("\"name\": \"Miriam Osei\"", "\"name\": \" \"")))
                .isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("case.packet.signer")
                .hasMessageContaining("name");
        assertThatThrownBy(
                        () ->
                                json.read(
                                        v4.replace(
                                                "\"npi\": \"1234567893\"", "\"npi\": \"12345\"")))
                .isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("case.packet.signer")
                .hasMessageContaining("10 digits");
    }

    @Test
    void aSignerWithoutThePhysicianFieldFollowsTheCredentials() throws Exception {
        String mh = resource("/org/overturn/caseformat/v4/mh-iop-concurrent-erisa.json");
        String sud = resource("/org/overturn/caseformat/v4/sud-iop-preservice-medicaid.json");

        CaseFile md = new CaseJson().read(mh.replace("\"physician\": true,", "")).caseFile();
        CaseFile lcadc = new CaseJson().read(sud.replace("\"physician\": false,", "")).caseFile();

        assertThat(md.packet().signer().orElseThrow().physician()).as("MD").isTrue();
        assertThat(lcadc.packet().signer().orElseThrow().physician()).as("LCADC").isFalse();
    }
}
