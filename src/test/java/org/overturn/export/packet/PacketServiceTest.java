package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.PacketService;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.Decisions;
import org.overturn.domain.casefile.Submissions;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.security.Checksums;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfExportException;

class PacketServiceTest {

    @TempDir Path dir;
    private CoreServices core;
    private PacketService service;
    private CaseFile stored;

    @BeforeEach
    void open() throws Exception {
        core =
                CoreServices.open(
                        AppPaths.resolve(Optional.of(dir.resolve("data"))),
                        Clock.fixed(PacketFixtures.NOW.toInstant(), ZoneId.of("UTC")));
        service =
                new PacketService(
                        core,
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        PacketFixtures.instruments());
        stored = core.importer().importCase(PacketFixtures.sample(PacketFixtures.MH));
    }

    @Test
    void anAddedEnclosureIsStoredWithItsChecksumAndPagesAndExportsFromTheStore() throws Exception {
        Path file = dir.resolve("denial_letter.pdf");
        Files.write(file, PdfAssert.pdf("DENIAL", 2));

        CaseFile c = service.addEnclosure(stored, file, "");
        Enclosure e = c.packet().enclosures().get(0);

        assertThat(e.title()).isEqualTo("Denial letter");
        assertThat(e.pages()).contains(2);
        assertThat(e.sha256()).isEqualTo(Checksums.sha256(Files.readAllBytes(file)));
        Path out = dir.resolve("p.pdf");
        service.export(c, out, PacketProgress.NONE, PacketFixtures.NOW);
        assertThat(String.join("", PdfAssert.pageTexts(Files.readAllBytes(out))))
                .contains("DENIAL page 2");
    }

    @Test
    void aBrokenFileIsRefusedAndNothingIsStored() throws Exception {
        Path file = dir.resolve("scan.jpg");
        Files.write(file, new byte[] {1, 2, 3, 4});

        assertThatThrownBy(() -> service.addEnclosure(stored, file, "Scan"))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("not a readable picture");
        assertThat(core.documents().count(stored.id().orElseThrow())).isZero();
    }

    @Test
    void recordingASubmissionFreezesTheSentBytesAndSetsTheAppealFiledDate() throws Exception {
        Path sent = dir.resolve("sent.pdf");
        service.export(stored, sent, PacketProgress.NONE, PacketFixtures.NOW);
        byte[] bytes = Files.readAllBytes(sent);

        CaseFile c =
                service.recordSubmission(
                        stored,
                        LocalDate.of(2026, 11, 24),
                        Optional.of(LocalTime.of(10, 5)),
                        SubmissionMethod.FAX,
                        "(916) 555-0148",
                        "OK 17 pages",
                        ReviewLevel.INTERNAL_APPEAL,
                        sent);
        Files.writeString(sent, "overwritten later");
        Submission s = c.packet().submissions().get(0);

        assertThat(core.documents().get(s.frozenCopyId()))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(s.sha256()).isEqualTo(Checksums.sha256(bytes));
        assertThat(c.clock().appealFiled()).contains(LocalDate.of(2026, 11, 24));
        assertThat(c.clock().appealFiledTime()).contains(LocalTime.of(10, 5));
        assertThat(c.status()).isEqualTo(CaseStatus.APPEAL_FILED);
        assertThat(c.timeline())
                .anyMatch(ev -> ev.kind() == EventKind.SUBMISSION && ev.title().contains("fax"));
    }

    @Test
    void aLaterResendDoesNotMoveTheFirstFilingDate() {
        Submission first =
                new Submission(
                        "a",
                        LocalDate.of(2026, 11, 20),
                        Optional.empty(),
                        SubmissionMethod.FAX,
                        "",
                        "",
                        ReviewLevel.INTERNAL_APPEAL,
                        "d1",
                        "b".repeat(64),
                        3);
        Submission again =
                new Submission(
                        "b",
                        LocalDate.of(2026, 11, 22),
                        Optional.empty(),
                        SubmissionMethod.PORTAL,
                        "",
                        "",
                        ReviewLevel.INTERNAL_APPEAL,
                        "d2",
                        "c".repeat(64),
                        3);

        CaseFile c = Submissions.record(Submissions.record(stored, first), again);

        assertThat(c.clock().appealFiled()).contains(LocalDate.of(2026, 11, 20));
        assertThat(c.packet().submissions()).hasSize(2);
    }

    /**
     * Issue 17: a request for external review carries the internal appeal exactly as it was sent,
     * first behind the exhibits, and the letter lists it; a case without the frozen copy (imported
     * without its documents) is exported without it rather than refused.
     */
    @Test
    void anExternalReviewRequestEnclosesTheInternalAppealAsSent() throws Exception {
        Path sent = dir.resolve("sent.pdf");
        service.export(stored, sent, PacketProgress.NONE, PacketFixtures.NOW);
        int sentPages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(sent.toFile())) {
            sentPages = doc.getNumberOfPages();
        }
        CaseFile appealed =
                service.recordSubmission(
                        stored,
                        LocalDate.of(2026, 11, 17),
                        Optional.of(LocalTime.of(9, 40)),
                        SubmissionMethod.FAX,
                        "(916) 555-0148",
                        "",
                        ReviewLevel.INTERNAL_APPEAL,
                        sent);
        CaseFile decided =
                Decisions.record(
                        appealed,
                        new Decision(
                                LocalDate.of(2026, 11, 19),
                                DecisionLevel.INTERNAL,
                                DecisionOutcome.UPHELD),
                        "");
        LetterDraft external =
                LetterComposer.storedOrDefault(decided)
                        .withVariant(
                                AppealUrgency.EXPEDITED,
                                Signer.PROVIDER,
                                ReviewLevel.EXTERNAL_REVIEW);
        CaseFile c = decided.withPacket(decided.packet().withLetter(external));
        core.cases().update(c);

        Path out = dir.resolve("external.pdf");
        int pages = service.export(c, out, PacketProgress.NONE, PacketFixtures.NOW);
        List<String> text = PdfAssert.pageTexts(Files.readAllBytes(out));
        String all = String.join("\n", text);

        assertThat(all)
                .contains("Enclosure 1: The internal appeal as sent on November 17, 2026")
                .contains("REQUEST FOR EXTERNAL REVIEW");
        assertThat(text.get(text.size() - sentPages))
                .as("the internal appeal's own cover sheet, first page of the enclosure")
                .contains("FAX");
        int withoutIt;
        Path bare = dir.resolve("bare.pdf");
        CaseFile imported = core.importer().importCase(PacketFixtures.sample(PacketFixtures.MH));
        CaseFile noCopy =
                imported.withPacket(c.packet()).withDecisions(c.decisions()).withClock(c.clock());
        withoutIt =
                service.export(
                        noCopy.withPacket(
                                noCopy.packet()
                                        .withSubmissions(
                                                List.of(
                                                        new Submission(
                                                                "s-missing",
                                                                LocalDate.of(2026, 11, 17),
                                                                Optional.empty(),
                                                                SubmissionMethod.FAX,
                                                                "",
                                                                "",
                                                                ReviewLevel.INTERNAL_APPEAL,
                                                                "no-such-copy",
                                                                "a".repeat(64),
                                                                3)))),
                        bare,
                        PacketProgress.NONE,
                        PacketFixtures.NOW);
        assertThat(pages).isEqualTo(withoutIt + sentPages);
        assertThat(String.join("\n", PdfAssert.pageTexts(Files.readAllBytes(bare))))
                .doesNotContain("as sent on");
    }

    /**
     * Issue 17: a request for external review with calls logged carries their exhibit, the call
     * log's facts only; an appeal to the plan does not, and the clinician's notes on a call never
     * leave the app.
     */
    @Test
    void anExternalReviewRequestCarriesTheCallsExhibitWithTheLoggedFactsOnly() throws Exception {
        CaseFile c =
                core.importer()
                        .importCase(PacketFixtures.sample("mh-iop-erisa-external-review.json"));
        Path out = dir.resolve("external.pdf");
        service.export(c, out, PacketProgress.NONE, PacketFixtures.NOW);
        String all = String.join("\n", PdfAssert.pageTexts(Files.readAllBytes(out)));

        assertThat(all)
                .contains("Exhibit D: Peer-to-peer calls")
                .contains("Exhibit E: Documentation index")
                .contains("P2P-2026-40417")
                .containsPattern("Denial\\s+upheld")
                .doesNotContain(c.calls().get(0).notes().substring(0, 30));

        CaseFile internal =
                c.withPacket(
                        c.packet()
                                .withLetter(
                                        c.packet()
                                                .letterOrEmpty()
                                                .withVariant(
                                                        AppealUrgency.EXPEDITED,
                                                        Signer.PROVIDER,
                                                        ReviewLevel.INTERNAL_APPEAL)));
        Path appeal = dir.resolve("appeal.pdf");
        service.export(internal, appeal, PacketProgress.NONE, PacketFixtures.NOW);
        assertThat(String.join("\n", PdfAssert.pageTexts(Files.readAllBytes(appeal))))
                .doesNotContain("Peer-to-peer calls")
                .contains("Exhibit D: Documentation index");
    }

    /**
     * Issue 13, item 9: what was sent protected is frozen without its protection, to be read again
     * without it.
     */
    @Test
    void aPacketSentProtectedIsFrozenWithoutItsProtection() throws Exception {
        Path sent = dir.resolve("sent.pdf");
        service.export(
                stored,
                sent,
                PacketProgress.NONE,
                PacketFixtures.NOW,
                Optional.of("Blue-Heron-44"));

        CaseFile c =
                service.recordSubmission(
                        stored,
                        LocalDate.of(2026, 11, 24),
                        Optional.empty(),
                        SubmissionMethod.PORTAL,
                        "portal",
                        "",
                        ReviewLevel.INTERNAL_APPEAL,
                        sent,
                        Optional.of("Blue-Heron-44"));

        Submission s = c.packet().submissions().get(0);
        byte[] frozen = core.documents().get(s.frozenCopyId()).orElseThrow();
        try (PDDocument d = Loader.loadPDF(frozen)) {
            assertThat(d.isEncrypted()).isFalse();
            assertThat(d.getNumberOfPages()).isEqualTo(s.pages()).isPositive();
        }
        assertThatThrownBy(
                        () ->
                                service.recordSubmission(
                                        stored,
                                        LocalDate.of(2026, 11, 24),
                                        Optional.empty(),
                                        SubmissionMethod.PORTAL,
                                        "portal",
                                        "",
                                        ReviewLevel.INTERNAL_APPEAL,
                                        sent,
                                        Optional.of("wrong password")))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("password");
    }
}
