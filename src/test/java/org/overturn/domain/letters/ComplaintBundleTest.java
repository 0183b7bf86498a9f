package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.export.packet.PacketFixtures;

/** A program's complaint about one payer: cases by number only, counts a reader can check. */
class ComplaintBundleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Payer CASCADE =
            new Payer(Optional.of(7L), "Cascade Mutual Health (sample)", "", "", "", "", "");

    private static CaseFile withPayer(String sample, long id) {
        CaseFile c = PacketFixtures.sample(sample).caseFile().withId(id);
        PlanFacts p = c.plan();
        return c.withPlan(
                new PlanFacts(
                        p.planType(),
                        Optional.of(7L),
                        p.planName(),
                        p.issuedState(),
                        p.employerSponsored(),
                        p.employerName(),
                        p.shareWithEmployer()));
    }

    private static ComplaintComposer.Result draft(List<CaseFile> cases, Regulator to) {
        return ComplaintBundle.draft(
                new ComplaintBundle.Inputs(
                        cases,
                        Optional.of(CASCADE),
                        Optional.ofNullable(to),
                        "Harbor Behavioral Health (sample)",
                        PacketFixtures.library(),
                        TODAY));
    }

    @Test
    void twoErisaCasesGoToEbsaByCaseNumberOnlyWithCountsThatAddUp() {
        CaseFile a = withPayer(PacketFixtures.MH, 12);
        CaseFile b = withPayer("mh-iop-erisa-external-review.json", 31);
        assertThat(ComplaintBundle.addressees(List.of(a, b))).containsExactly(Regulator.EBSA);

        ComplaintDraft d = draft(List.of(b, a), null).draft().orElseThrow();

        assertThat(d.to()).isEqualTo(Regulator.EBSA);
        assertThat(d.namesPatient()).isFalse();
        assertThat(d.subject())
                .isEqualTo(
                        "Mental health parity complaint: Cascade Mutual Health (sample), 2 denials");
        String body = d.body();
        assertThat(body)
                .contains("on behalf of Harbor Behavioral Health (sample) about 2 denials")
                .contains(
                        "• Case 12, November 2026: a concurrent-review denial of IOP, mental health.")
                .contains("• Case 31, November 2026:")
                .contains(
                        "Stated grounds: no longer needs this level of care and outpatient therapy")
                .contains("the notices named these criteria: Insurer's own (proprietary) (2).")
                .contains("Reviewers: not a psychiatrist (2).")
                .contains("Outcomes so far: not decided yet (1) and upheld (1).")
                .contains("(29 U.S.C. 1185a; 26 U.S.C. 9812)")
                .contains("(29 CFR 2590.712(c)(4))");
        for (CaseFile c : List.of(a, b)) {
            assertThat(body).doesNotContain(c.patient().name()).doesNotContain("Daniela");
            assertThat(body).doesNotContain(c.patient().memberId());
            Denial x = c.currentDenial().orElseThrow();
            assertThat(body).doesNotContain(x.primaryNumber());
            x.noticeDate().ifPresent(day -> assertThat(body).doesNotContain(Words.date(day)));
        }
    }

    @Test
    void casesWhosePlansGoToDifferentOfficesOrPayersAreRefusedNamingTheCase() {
        CaseFile erisa = withPayer(PacketFixtures.MH, 12);
        CaseFile medicaid = withPayer(PacketFixtures.SUD, 14);
        assertThat(ComplaintBundle.addressees(List.of(erisa, medicaid))).isEmpty();
        assertThat(draft(List.of(erisa, medicaid), null).refusal())
                .get()
                .asString()
                .contains("No one office");
        assertThat(draft(List.of(erisa, medicaid), Regulator.EBSA).refusal())
                .get()
                .asString()
                .contains("Case 14 goes to another office");

        CaseFile otherPayer =
                erisa.withId(15)
                        .withPlan(erisa.plan().withEmployer("", Optional.empty()))
                        .withPlan(
                                new PlanFacts(
                                        erisa.plan().planType(),
                                        Optional.of(8L),
                                        "",
                                        "CA",
                                        Optional.of(true)));
        assertThat(draft(List.of(erisa, otherPayer), Regulator.EBSA).refusal())
                .get()
                .asString()
                .isEqualTo("Case 15 has another payer.");
        assertThat(draft(List.of(erisa), null).refusal()).get().asString().contains("at least two");
    }

    @Test
    void aStatesOfficeTakesOnlyCasesOfItsState() {
        CaseFile ny = insured(withPayer(PacketFixtures.MH, 20), "NY");
        CaseFile nj = insured(withPayer(PacketFixtures.MH, 21), "NJ");
        assertThat(draft(List.of(ny, nj), Regulator.STATE_INSURANCE).refusal())
                .get()
                .asString()
                .contains("different states");
        ComplaintDraft both =
                draft(
                                List.of(ny, insured(withPayer(PacketFixtures.MH, 22), "NY")),
                                Regulator.STATE_INSURANCE)
                        .draft()
                        .orElseThrow();
        assertThat(both.addressee()).contains("Insurance regulator, State of New York");
        assertThat(both.body()).contains("the insurance regulator of the State of New York");
    }

    private static CaseFile insured(CaseFile c, String state) {
        return c.withPlan(
                        new PlanFacts(
                                Optional.of(PlanType.ERISA_INSURED),
                                c.plan().payerId(),
                                c.plan().planName(),
                                state,
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
    }
}
