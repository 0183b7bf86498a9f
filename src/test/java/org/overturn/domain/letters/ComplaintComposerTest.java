package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

/**
 * The complaint drafts say only what follows from the case, cite only through the library, and name
 * the patient only where the patient's word (and 42 CFR Part 2) allows.
 */
class ComplaintComposerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String EXTERNAL = "mh-iop-erisa-external-review.json";

    private static ComplaintComposer.Result draft(
            ImportedCase ic, CaseFile c, ComplaintKind k, Regulator to) {
        return ComplaintComposer.draft(
                new ComplaintComposer.Inputs(
                        c,
                        ic.payer(),
                        k,
                        to,
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        TODAY));
    }

    private static ComplaintDraft ok(ImportedCase ic, CaseFile c, ComplaintKind k, Regulator to) {
        ComplaintComposer.Result r = draft(ic, c, k, to);
        assertThat(r.refusal()).as("refusal").isEmpty();
        return r.draft().orElseThrow();
    }

    @Test
    void aParityComplaintToEbsaSaysWhatHappenedInDateOrderAndCitesTheStatute() {
        ImportedCase ic = PacketFixtures.sample(EXTERNAL);
        ComplaintDraft d = ok(ic, ic.caseFile(), ComplaintKind.PARITY, Regulator.EBSA);
        String body = d.body();
        assertThat(d.namesPatient()).isTrue();
        assertThat(d.addressee())
                .containsExactly(
                        "Employee Benefits Security Administration", "U.S. Department of Labor");
        assertThat(d.subject())
                .startsWith("Mental health parity complaint: Daniela Reyes-Whitford")
                .contains("Member ID CMH-448120377");
        assertThat(body)
                .contains(
                        "I ask the Employee Benefits Security Administration to review whether the plan")
                .contains("(29 U.S.C. 1185a; 26 U.S.C. 9812)");
        int denied =
                body.indexOf("On November 16, 2026, the plan issued a concurrent-review denial");
        int upheld =
                body.indexOf("On November 19, 2026, the decision on the internal appeal upheld");
        assertThat(denied).isNotNegative();
        assertThat(upheld).isGreaterThan(denied);
        assertThat(d.citationIds()).contains("mhpaea-statute");
        // Written to a regulator, not to the plan: no request addressed to the plan.
        assertThat(body).doesNotContain("If the plan maintains its decision");
    }

    @Test
    void unansweredRequestsAreListedWithTheirDueDateAndTheDaysOverdue() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        DisclosureRequest overdue =
                new DisclosureRequest(
                        "r1",
                        DisclosureKind.CRITERIA,
                        Optional.of("mhpaea-criteria-request"),
                        LocalDate.of(2026, 10, 1),
                        Optional.of(LocalDate.of(2026, 10, 31)),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        DisclosureRequest noRule =
                new DisclosureRequest(
                        "r2",
                        DisclosureKind.CLAIM_FILE,
                        Optional.empty(),
                        LocalDate.of(2026, 11, 20),
                        Optional.empty(),
                        Optional.of(LocalDate.of(2026, 11, 30)),
                        Optional.empty(),
                        "");
        DisclosureRequest answered =
                overdue.answered(LocalDate.of(2026, 10, 20)).withFollowUp(TODAY);
        DisclosureRequest notYetDue =
                new DisclosureRequest(
                        "r4",
                        DisclosureKind.REVIEWER_CREDENTIALS,
                        Optional.empty(),
                        LocalDate.of(2026, 11, 30),
                        Optional.of(LocalDate.of(2026, 12, 30)),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        CaseFile c =
                ic.caseFile()
                        .withDisclosureRequests(
                                List.of(
                                        overdue,
                                        noRule,
                                        new DisclosureRequest(
                                                "r3",
                                                answered.kind(),
                                                answered.citationId(),
                                                answered.sentOn(),
                                                answered.dueOn(),
                                                answered.followUpOn(),
                                                answered.answeredOn(),
                                                ""),
                                        notYetDue));
        String body = ok(ic, c, ComplaintKind.PARITY, Regulator.EBSA).body();
        // October 31 to December 4: 34 days.
        assertThat(body)
                .contains(
                        "The plan has not answered a written request of October 1, 2026 for the"
                                + " following: Criteria used. The answer was due by October 31, 2026")
                .contains("as of December 4, 2026, it is 34 days overdue.");
        // November 20 to December 4: 14 days, with no rule's due date claimed.
        assertThat(body)
                .contains(
                        "a written request of November 20, 2026 for the following: Claim file. As of"
                                + " December 4, 2026, 14 days have passed.");
        assertThat(body).containsOnlyOnce("October 1, 2026");
        assertThat(body).doesNotContain("Reviewer's credentials");
    }

    @Test
    void aStateCriteriaComplaintNamesTheLawAndTheCriteriaTheNoticeStates() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile insured =
                ic.caseFile()
                        .withPlan(
                                new PlanFacts(
                                        Optional.of(PlanType.ERISA_INSURED),
                                        Optional.empty(),
                                        "Harbor Logistics Employee Health Plan",
                                        "CA",
                                        Optional.of(true)))
                        .withParity(
                                new ParityFacts(
                                        FundingType.FULLY_INSURED,
                                        Optional.of(400),
                                        Optional.of(false),
                                        Optional.of(false),
                                        Optional.of(false),
                                        Optional.empty(),
                                        Optional.empty()));
        assertThat(ComplaintComposer.route(insured, ComplaintKind.STATE_LAW).addressees())
                .containsExactly(Regulator.CA_DMHC, Regulator.CA_CDI);
        ComplaintDraft d = ok(ic, insured, ComplaintKind.STATE_LAW, Regulator.CA_DMHC);
        assertThat(d.addressee()).containsExactly("California Department of Managed Health Care");
        assertThat(d.body())
                .contains("I ask the Department of Managed Health Care to review the plan's denial")
                .contains("Insurer's own (proprietary)")
                .contains("I ask the Department of Managed Health Care to investigate");
        assertThat(d.citationIds()).contains("state-ca-sb855");

        // The same plan self-funded: state law does not reach it.
        ComplaintComposer.Result selfFunded =
                draft(ic, ic.caseFile(), ComplaintKind.STATE_LAW, Regulator.CA_DMHC);
        assertThat(selfFunded.draft()).isEmpty();
        assertThat(selfFunded.refusal()).get().asString().contains("self-funded");

        // Insured, but the notice names criteria the law allows: nothing to complain of.
        Denial d0 = insured.currentDenial().orElseThrow();
        CaseFile locus =
                insured.withDenials(
                        List.of(
                                new Denial(
                                        d0.id(),
                                        d0.noticeDate(),
                                        d0.receivedAt(),
                                        d0.receivedBy(),
                                        d0.denialType(),
                                        d0.urgent(),
                                        d0.levelOfCare(),
                                        d0.reasons(),
                                        d0.admissionSubReasons(),
                                        org.overturn.domain.cases.CriteriaSet.LOCUS,
                                        d0.criteriaVersion(),
                                        d0.reviewerName(),
                                        d0.reviewerCredentials(),
                                        d0.authorizationNumber(),
                                        d0.claimNumber(),
                                        d0.referenceNumber(),
                                        d0.unitKind(),
                                        d0.unitsRequested(),
                                        d0.unitsDenied(),
                                        d0.hoursPerWeekRequested(),
                                        d0.startDateRequested(),
                                        d0.billedAmount(),
                                        d0.rationale(),
                                        d0.endDateRequested())));
        assertThat(draft(ic, locus, ComplaintKind.STATE_LAW, Regulator.CA_DMHC).refusal())
                .get()
                .asString()
                .contains("finds no state law");
    }

    @Test
    void withoutThePatientsWordTheEmployerLetterNamesNobodyAndSaysNothingClinical() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = ic.caseFile();
        assertThat(c.plan().employerMayKnow()).isFalse();
        ComplaintDraft d = ok(ic, c, ComplaintKind.EMPLOYER, Regulator.PLAN_SPONSOR);
        assertThat(d.namesPatient()).isFalse();
        String all = d.subject() + "\n" + String.join("\n", d.addressee()) + "\n" + d.body();
        assertNothingIdentifying(c, all);
        assertThat(d.addressee())
                .containsExactly("Benefits office", "Harbor Logistics, Inc. (sample)");
        assertThat(d.body())
                .contains(
                        "intensive outpatient care for mental health and substance use conditions")
                .contains(
                        "This letter does not identify the patient or give any clinical information.")
                .contains("(29 U.S.C. 1185a; 26 U.S.C. 9812)");
    }

    @Test
    void withThePatientsWordTheEmployerLetterNamesThePatientAndTheDenialButNoClinicalPicture() {
        ImportedCase ic = PacketFixtures.sample(EXTERNAL);
        CaseFile c = ic.caseFile();
        assertThat(c.plan().employerMayKnow()).isTrue();
        ComplaintDraft d = ok(ic, c, ComplaintKind.EMPLOYER, Regulator.PLAN_SPONSOR);
        assertThat(d.namesPatient()).isTrue();
        assertThat(d.body())
                .contains("With the permission of my patient, Daniela Reyes-Whitford")
                .contains("On November 16, 2026, the plan issued a concurrent-review denial");
        c.clinical().diagnoses().forEach(dx -> assertThat(d.body()).doesNotContain(dx.code()));
        assertThat(d.body()).doesNotContainIgnoringCase("suicid").doesNotContain("PHQ");

        // Refused without the employer's name to address it to.
        CaseFile unnamedEmployer =
                c.withPlan(c.plan().withEmployer("", c.plan().shareWithEmployer()));
        assertThat(
                        draft(ic, unnamedEmployer, ComplaintKind.EMPLOYER, Regulator.PLAN_SPONSOR)
                                .refusal())
                .get()
                .asString()
                .contains("employer's name");
    }

    @Test
    void aCaseWithSubstanceUseRecordsIsNeverNamedToARegulator() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);
        CaseFile c = ic.caseFile();
        assertThat(ComplaintComposer.route(c, ComplaintKind.PARITY).notes())
                .anyMatch(n -> n.contains("42 CFR Part 2"));
        ComplaintDraft d = ok(ic, c, ComplaintKind.PARITY, Regulator.STATE_MEDICAID);
        assertThat(d.namesPatient()).isFalse();
        assertNothingIdentifying(
                c, d.subject() + "\n" + String.join("\n", d.addressee()) + "\n" + d.body());
        assertThat(d.body())
                .contains("the Medicaid agency of the State of Illinois")
                .contains("(42 CFR 438 subpart K");
    }

    @Test
    void anAddresseeThatDoesNotTakeTheComplaintIsAProgrammingError() {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> draft(ic, ic.caseFile(), ComplaintKind.PARITY, Regulator.CMS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertNothingIdentifying(CaseFile c, String text) {
        assertThat(text).doesNotContain(c.patient().name());
        for (String part : c.patient().name().split("[\\s-]+")) {
            assertThat(text).doesNotContain(part);
        }
        if (!c.patient().memberId().isEmpty()) {
            assertThat(text).doesNotContain(c.patient().memberId());
        }
        Denial d = c.currentDenial().orElseThrow();
        for (String n : List.of(d.authorizationNumber(), d.claimNumber(), d.referenceNumber())) {
            if (!n.isEmpty()) {
                assertThat(text).doesNotContain(n);
            }
        }
        d.noticeDate().ifPresent(day -> assertThat(text).doesNotContain(Words.date(day)));
        c.patient()
                .dateOfBirth()
                .ifPresent(day -> assertThat(text).doesNotContain(Words.date(day)));
        assertThat(text).doesNotContain(Words.care(d.levelOfCare()));
    }
}
