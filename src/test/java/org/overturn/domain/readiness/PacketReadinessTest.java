package org.overturn.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.letters.LetterInputs;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PacketFixtures;

class PacketReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static CaseFile mh() {
        return PacketFixtures.sample(PacketFixtures.MH).caseFile();
    }

    private static List<Problem> check(CaseFile c, PracticeProfile profile, LetterDraft v) {
        return PacketReadiness.check(
                new LetterInputs(
                        c,
                        PacketFixtures.sample(PacketFixtures.MH).payer(),
                        profile,
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        PacketFixtures.instruments(),
                        v,
                        TODAY));
    }

    private static List<Problem> check(CaseFile c) {
        return check(c, PracticeProfile.empty(), null);
    }

    private static List<String> blocking(List<Problem> p) {
        return p.stream().filter(Problem::blocks).map(Problem::message).toList();
    }

    private static CaseFile withPlan(CaseFile c, PlanType t) {
        return c.withPlan(
                new PlanFacts(
                        Optional.of(t),
                        c.plan().payerId(),
                        c.plan().planName(),
                        c.plan().issuedState(),
                        c.plan().employerSponsored()));
    }

    private static LetterDraft variant(AppealUrgency u, Signer s, ReviewLevel r) {
        return LetterDraft.empty().withVariant(u, s, r);
    }

    @Test
    void theSampleWithItsSignerIsReady() {
        assertThat(blocking(check(mh()))).isEmpty();
    }

    @Test
    void withoutASignerTheExportIsRefusedSayingWhereToChooseOne() {
        List<Problem> p = check(mh().withPacket(mh().packet().withSigner(Optional.empty())));

        assertThat(blocking(p)).contains("no signer: choose who signs in Letters");
        assertThat(p)
                .filteredOn(Problem::blocks)
                .extracting(Problem::fix)
                .contains(FixPlace.LETTERS_SIGNER);
    }

    @Test
    void aCoverWithoutTheSendersPhoneAndFaxIsRefused() {
        Clinician bare = Clinician.named("Miriam Osei", "MD", true);
        List<String> b =
                blocking(check(mh().withPacket(mh().packet().withSigner(Optional.of(bare)))));

        assertThat(b)
                .containsExactly(
                        "no sender phone and fax on the fax cover: enter the practice's phone and fax in "
                                + "Settings → Practice profile");
        PracticeProfile practice =
                new PracticeProfile(
                        "Harbor IOP",
                        "",
                        "(916) 555-0100",
                        "(916) 555-0101",
                        List.of(bare),
                        Optional.empty(),
                        Optional.empty());
        assertThat(
                        blocking(
                                check(
                                        mh().withPacket(
                                                        mh().packet()
                                                                .withSigner(Optional.of(bare))),
                                        practice,
                                        null)))
                .isEmpty();
    }

    @Test
    void aSubstanceUseCaseWithoutConsentIsRefused() {
        CaseFile sud = PacketFixtures.sample(PacketFixtures.SUD).caseFile();
        CaseFile none = sud.withPacket(sud.packet().withConsents(List.of()));

        assertThat(blocking(check(none))).anyMatch(m -> m.startsWith("42 CFR Part 2"));
    }

    @Test
    void anExpeditedRequestNeedsAClinicalReason() {
        CaseFile c =
                mh().withClinical(mh().clinical().withIfCareStops("").withRisk(Optional.empty()));

        assertThat(
                        blocking(
                                check(
                                        c,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.EXPEDITED,
                                                Signer.PROVIDER,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .anyMatch(m -> m.startsWith("an expedited request with no clinical reason"));
        assertThat(
                        blocking(
                                check(
                                        c,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PROVIDER,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .isEmpty();
    }

    @Test
    void aFairHearingIsRequestedByTheBeneficiaryNotTheProvider() {
        CaseFile ffs = withPlan(mh(), PlanType.MEDICAID_FFS);

        assertThat(
                        blocking(
                                check(
                                        ffs,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PROVIDER,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .anyMatch(
                        m ->
                                m.contains("request for a state fair hearing")
                                        && m.contains("431.221"));
        assertThat(
                        blocking(
                                check(
                                        ffs,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PATIENT,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .isEmpty();
    }

    @Test
    void tricareAndMedicareAdvantagePaymentAppealsAreNotTheNetworkProvidersToSign() {
        LetterDraft provider =
                variant(AppealUrgency.STANDARD, Signer.PROVIDER, ReviewLevel.INTERNAL_APPEAL);
        assertThat(
                        blocking(
                                check(
                                        withPlan(mh(), PlanType.TRICARE),
                                        PracticeProfile.empty(),
                                        provider)))
                .anyMatch(m -> m.contains("not a proper appealing party"));
        CaseFile ma = withPlan(mh(), PlanType.MEDICARE_ADVANTAGE);
        Denial d = ma.currentDenial().orElseThrow();
        CaseFile claim =
                ma.withDenials(
                        List.of(
                                new Denial(
                                        d.id(),
                                        d.noticeDate(),
                                        d.receivedAt(),
                                        d.receivedBy(),
                                        DenialType.POST_SERVICE,
                                        false,
                                        d.levelOfCare(),
                                        d.reasons(),
                                        d.admissionSubReasons(),
                                        d.criteriaSet(),
                                        d.criteriaVersion(),
                                        d.reviewerName(),
                                        d.reviewerCredentials(),
                                        d.authorizationNumber(),
                                        d.claimNumber(),
                                        d.referenceNumber(),
                                        d.unitKind(),
                                        d.unitsRequested(),
                                        d.unitsDenied(),
                                        d.hoursPerWeekRequested(),
                                        d.startDateRequested(),
                                        d.billedAmount(),
                                        d.rationale())));
        assertThat(blocking(check(claim, PracticeProfile.empty(), provider)))
                .anyMatch(m -> m.contains("422.574(b)"));
        assertThat(blocking(check(ma, PracticeProfile.empty(), provider))).isEmpty();
    }

    @Test
    void medicareAdvantagesNextStepOnlyAddsEvidenceAndCannotBeExpedited() {
        CaseFile ma = withPlan(mh(), PlanType.MEDICARE_ADVANTAGE);
        // The plan forwards an upheld reconsideration to the independent review entity itself:
        // the letter adds evidence, which nothing blocks, but it never asks for speed.
        assertThat(
                        blocking(
                                check(
                                        ma,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PROVIDER,
                                                ReviewLevel.EXTERNAL_REVIEW))))
                .noneMatch(m -> m.contains("independent review entity"));
        assertThat(
                        check(
                                        ma,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.EXPEDITED,
                                                Signer.PROVIDER,
                                                ReviewLevel.EXTERNAL_REVIEW))
                                .stream()
                                .filter(p -> !p.blocks())
                                .map(p -> p.message()))
                .anyMatch(m -> m.contains("only adds evidence"));
    }

    @Test
    void aStateRegulatedPlansExternalReviewSaysWhereTheStateTakesTheRequest() {
        LetterDraft external =
                variant(AppealUrgency.STANDARD, Signer.PROVIDER, ReviewLevel.EXTERNAL_REVIEW);
        // The sample is issued in California: the Independent Medical Review.
        assertThat(
                        warnings(
                                check(
                                        withPlan(mh(), PlanType.ERISA_INSURED),
                                        PracticeProfile.empty(),
                                        external)))
                .anyMatch(m -> m.contains("Independent Medical Review") && m.contains("DMHC"));
        CaseFile ny = withPlan(mh(), PlanType.INDIVIDUAL);
        ny =
                ny.withPlan(
                        new PlanFacts(
                                ny.plan().planType(),
                                ny.plan().payerId(),
                                ny.plan().planName(),
                                "NY",
                                ny.plan().employerSponsored()));
        assertThat(warnings(check(ny, PracticeProfile.empty(), external)))
                .anyMatch(m -> m.contains("state's process"))
                .noneMatch(m -> m.contains("Independent Medical Review"));
        // A self-funded plan's external review is the federal process: no such warning.
        assertThat(warnings(check(mh(), PracticeProfile.empty(), external)))
                .noneMatch(m -> m.contains("state's process") || m.contains("Medical Review"));
        // Nor at the internal appeal.
        assertThat(
                        warnings(
                                check(
                                        withPlan(mh(), PlanType.ERISA_INSURED),
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PROVIDER,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .noneMatch(m -> m.contains("state's process") || m.contains("Medical Review"));
        assertThat(
                        warnings(
                                check(
                                        withPlan(mh(), PlanType.MEDICAID_MCO),
                                        PracticeProfile.empty(),
                                        external)))
                .anyMatch(m -> m.contains("does not extend the time"));
    }

    @Test
    void atTheNextLevelAPacketWithoutThePlansFinalNoticeIsWarned() {
        LetterDraft external =
                variant(AppealUrgency.STANDARD, Signer.PROVIDER, ReviewLevel.EXTERNAL_REVIEW);
        CaseFile bare = mh().withPacket(mh().packet().withEnclosures(List.of()));
        assertThat(warnings(check(bare, PracticeProfile.empty(), external)))
                .anyMatch(m -> m.contains("final notice"));
        Enclosure notice =
                new Enclosure(
                        "e1",
                        "Final adverse determination, November 19, 2026",
                        "final.pdf",
                        0,
                        false,
                        "a".repeat(64),
                        100,
                        Optional.of(2));
        CaseFile with = mh().withPacket(mh().packet().withEnclosures(List.of(notice)));
        assertThat(warnings(check(with, PracticeProfile.empty(), external)))
                .noneMatch(m -> m.contains("final notice"));
        assertThat(
                        warnings(
                                check(
                                        bare,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.PROVIDER,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .noneMatch(m -> m.contains("final notice"));
    }

    private static List<String> warnings(List<Problem> p) {
        return p.stream().filter(x -> !x.blocks()).map(Problem::message).toList();
    }

    @Test
    void aClaimForCareGivenCannotBeExpeditedAndSaysSoAsAWarning() {
        CaseFile c = mh();
        Denial d = c.currentDenial().orElseThrow();
        CaseFile claim =
                c.withDenials(
                        List.of(
                                new Denial(
                                        d.id(),
                                        d.noticeDate(),
                                        d.receivedAt(),
                                        d.receivedBy(),
                                        DenialType.POST_SERVICE,
                                        false,
                                        d.levelOfCare(),
                                        d.reasons(),
                                        d.admissionSubReasons(),
                                        d.criteriaSet(),
                                        d.criteriaVersion(),
                                        d.reviewerName(),
                                        d.reviewerCredentials(),
                                        d.authorizationNumber(),
                                        d.claimNumber(),
                                        d.referenceNumber(),
                                        d.unitKind(),
                                        d.unitsRequested(),
                                        d.unitsDenied(),
                                        d.hoursPerWeekRequested(),
                                        d.startDateRequested(),
                                        d.billedAmount(),
                                        d.rationale())));

        List<Problem> p =
                check(
                        claim,
                        PracticeProfile.empty(),
                        variant(
                                AppealUrgency.EXPEDITED,
                                Signer.PROVIDER,
                                ReviewLevel.INTERNAL_APPEAL));

        assertThat(blocking(p)).isEmpty();
        assertThat(p)
                .anyMatch(
                        x ->
                                !x.blocks()
                                        && x.message()
                                                .startsWith("a claim for care already given"));
    }

    @Test
    void aRepresentativeLetterNeedsTheRepresentativeRecorded() {
        CaseFile c = mh().withRepresentative(Optional.empty());

        assertThat(
                        blocking(
                                check(
                                        c,
                                        PracticeProfile.empty(),
                                        variant(
                                                AppealUrgency.STANDARD,
                                                Signer.REPRESENTATIVE,
                                                ReviewLevel.INTERNAL_APPEAL))))
                .anyMatch(m -> m.contains("none is recorded"));
    }

    @Test
    void withoutAPlanTypeTheRouteIsUnknownAndTheExportRefused() {
        CaseFile c = mh().withPlan(PlanFacts.empty());

        assertThat(blocking(check(c))).anyMatch(m -> m.startsWith("no plan type"));
    }

    @Test
    void eachProblemPrintsAsItsSeverityThenItsMessage() {
        assertThat(
                        Problem.blocking(
                                        "no signer: choose who signs in Letters",
                                        FixPlace.LETTERS_SIGNER)
                                .line())
                .isEqualTo("blocking: no signer: choose who signs in Letters");
        assertThat(Problem.warning("x", FixPlace.SCORING).line()).isEqualTo("warning: x");
    }
}
