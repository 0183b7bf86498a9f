package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;

class DisclosureRequestTest {

    private static final LocalDate SENT = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
        "claim-file, erisa-self-funded, erisa-claim-file-request",
        "claim-file, medicaid-mco, medicaid-mco-documents-request",
        "criteria, erisa-insured, mhpaea-criteria-request",
        "criteria, individual, mhpaea-criteria-request-phsa",
        "criteria, medicaid-mco, medicaid-mco-documents-request",
        "reviewer-credentials, government-nonfederal, erisa-reviewer-identity-request-phsa",
        "claim-file, individual, erisa-claim-file-request-phsa",
        "nqtl-analysis, erisa-insured, mhpaea-nqtl-analysis-request",
    })
    void eachRequestNamesItsLegalBasisForThePlanType(String kind, String plan, String citation) {
        DisclosureRule r =
                DisclosureRules.ruleFor(
                        HasId.fromId(DisclosureKind.class, kind),
                        HasId.fromId(PlanType.class, plan));
        assertThat(r.citationId()).contains(citation);
    }

    @ParameterizedTest
    @EnumSource(DisclosureKind.class)
    void withoutAVerifiedResponseTimeTheRequestHasNoDueDateAndSaysTheRuleIsUnverified(
            DisclosureKind kind) {
        DisclosureRequest r =
                DisclosureRequest.draft(kind, PlanType.ERISA_INSURED, SENT, Optional.empty());
        assertThat(r.dueOn()).isEmpty();
        assertThat(r.note()).contains("unverified");
        assertThat(r.answerExpectedBy()).isEmpty();
        assertThat(r.overdueOn(SENT.plusYears(1))).isFalse();
    }

    @Test
    void aPlanTypeWithNoBasisInTheLibraryStillAllowsTheRequestAndSaysSo() {
        DisclosureRule r =
                DisclosureRules.ruleFor(DisclosureKind.NQTL_ANALYSIS, PlanType.MEDICARE_ADVANTAGE);
        assertThat(r.citationId()).isEmpty();
        assertThat(r.note()).contains("no legal basis");
    }

    @Test
    void isOverdueTheDayAfterTheFollowUpDateUntilAnswered() {
        DisclosureRequest r =
                DisclosureRequest.draft(
                        DisclosureKind.CRITERIA,
                        PlanType.ERISA_INSURED,
                        SENT,
                        Optional.of(LocalDate.of(2026, 3, 16)));
        assertThat(r.overdueOn(LocalDate.of(2026, 3, 16))).isFalse();
        assertThat(r.overdueOn(LocalDate.of(2026, 3, 17))).isTrue();
        assertThat(r.answered(LocalDate.of(2026, 3, 20)).overdueOn(LocalDate.of(2026, 4, 1)))
                .isFalse();
    }

    @Test
    void aVerifiedDueDateWinsOverTheFollowUpDate() {
        DisclosureRequest r =
                new DisclosureRequest(
                        "r1",
                        DisclosureKind.CLAIM_FILE,
                        Optional.empty(),
                        SENT,
                        Optional.of(SENT.plusDays(30)),
                        Optional.of(SENT.plusDays(60)),
                        Optional.empty(),
                        "");
        assertThat(r.answerExpectedBy()).contains(SENT.plusDays(30));
        assertThat(r.overdueOn(SENT.plusDays(31))).isTrue();
    }

    @Test
    void refusesAFollowUpBeforeTheRequestWasSent() {
        assertThatThrownBy(
                        () ->
                                DisclosureRequest.draft(
                                        DisclosureKind.CRITERIA,
                                        PlanType.ERISA_INSURED,
                                        SENT,
                                        Optional.of(SENT.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
