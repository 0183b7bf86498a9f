package org.overturn.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.domain.report.ReportCases.call;
import static org.overturn.domain.report.ReportCases.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;

class CaseFactsTest {

    private static final LocalDate DENIED = LocalDate.of(2026, 3, 2);

    private static Denial mh(String credentials, String billed) {
        return denial(
                LevelOfCare.IOP_MENTAL_HEALTH,
                DenialType.CONCURRENT,
                CriteriaSet.MCG,
                credentials,
                List.of(DenialReason.OUTPATIENT_SUFFICIENT),
                DENIED,
                Optional.ofNullable(billed).map(BigDecimal::new));
    }

    private static CaseFile of(
            List<CallOutcome> calls, List<Decision> decisions, boolean appealFiled) {
        return ReportCases.of(
                "Kept Out Of The Facts",
                Optional.empty(),
                List.of(mh("MD, family medicine", "1234.565")),
                calls.stream()
                        .map(o -> call(DENIED.plusDays(1).atTime(10, 0), Optional.of(true), o))
                        .toList(),
                decisions,
                appealFiled ? Optional.of(DENIED.plusDays(5)) : Optional.empty());
    }

    private static Decision decided(int days, DecisionLevel level, DecisionOutcome outcome) {
        return new Decision(DENIED.plusDays(days), level, outcome);
    }

    @Test
    void reviewersArePsychiatristsOnlyWhenTheirCredentialsSaySo() {
        assertThat(ReviewerClass.of("MD, Psychiatry")).isEqualTo(ReviewerClass.PSYCHIATRIST);
        assertThat(ReviewerClass.of("DO, child and adolescent psychiatrist"))
                .isEqualTo(ReviewerClass.PSYCHIATRIST);
        assertThat(ReviewerClass.of("MD, family medicine"))
                .isEqualTo(ReviewerClass.NOT_A_PSYCHIATRIST);
        assertThat(ReviewerClass.of("PhD, psychologist"))
                .isEqualTo(ReviewerClass.NOT_A_PSYCHIATRIST);
        assertThat(ReviewerClass.of("RN")).isEqualTo(ReviewerClass.NOT_A_PSYCHIATRIST);
        assertThat(ReviewerClass.of("  ")).isEqualTo(ReviewerClass.NOT_STATED);
        assertThat(ReviewerClass.of(null)).isEqualTo(ReviewerClass.NOT_STATED);
    }

    @Test
    void eachStepWhereADenialCanEndIsTold() {
        assertThat(CaseFacts.of(of(List.of(), List.of(), false)).resolution())
                .isEqualTo(Resolution.OPEN);
        assertThat(CaseFacts.of(of(List.of(CallOutcome.UPHELD), List.of(), false)).resolution())
                .isEqualTo(Resolution.OPEN);
        assertThat(CaseFacts.of(of(List.of(CallOutcome.PARTLY), List.of(), false)).resolution())
                .isEqualTo(Resolution.OVERTURNED_AT_P2P);
        // Recorded as decided straight after the call, no appeal filed: the call's reversal.
        assertThat(
                        CaseFacts.of(
                                        of(
                                                List.of(CallOutcome.OVERTURNED),
                                                List.of(
                                                        decided(
                                                                2,
                                                                DecisionLevel.INTERNAL,
                                                                DecisionOutcome.OVERTURNED)),
                                                false))
                                .resolution())
                .isEqualTo(Resolution.OVERTURNED_AT_P2P);
        assertThat(
                        CaseFacts.of(
                                        of(
                                                List.of(CallOutcome.UPHELD),
                                                List.of(
                                                        decided(
                                                                30,
                                                                DecisionLevel.INTERNAL,
                                                                DecisionOutcome.PARTLY_OVERTURNED)),
                                                true))
                                .resolution())
                .isEqualTo(Resolution.OVERTURNED_ON_APPEAL);
        CaseFacts external =
                CaseFacts.of(
                        of(
                                List.of(),
                                List.of(
                                        decided(30, DecisionLevel.INTERNAL, DecisionOutcome.UPHELD),
                                        decided(
                                                75,
                                                DecisionLevel.EXTERNAL,
                                                DecisionOutcome.OVERTURNED)),
                                true));
        assertThat(external.resolution()).isEqualTo(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW);
        assertThat(external.daysToDecision()).contains(30);
        assertThat(external.billedCents()).isEqualTo(123457);
        assertThat(external.recoveredCents()).isEqualTo(123457);
        CaseFacts upheld =
                CaseFacts.of(
                        of(
                                List.of(),
                                List.of(
                                        decided(
                                                41,
                                                DecisionLevel.INTERNAL,
                                                DecisionOutcome.UPHELD)),
                                true));
        assertThat(upheld.resolution()).isEqualTo(Resolution.UPHELD);
        assertThat(upheld.recoveredCents()).isZero();
    }

    @Test
    void aPartOverturnRecoversNothingCountedAndCallsAreCountedByWhetherTheirTimeWasKept() {
        CaseFile c =
                ReportCases.of(
                        "A",
                        Optional.empty(),
                        List.of(mh("", "100"), mh("MD, psychiatry", null)),
                        List.of(
                                call(
                                        LocalDateTime.of(2026, 3, 3, 9, 0),
                                        Optional.of(true),
                                        CallOutcome.UPHELD),
                                call(
                                        LocalDateTime.of(2026, 3, 4, 9, 0),
                                        Optional.of(false),
                                        CallOutcome.PENDING),
                                call(
                                        LocalDateTime.of(2026, 3, 5, 9, 0),
                                        Optional.empty(),
                                        CallOutcome.UPHELD)),
                        List.of(
                                decided(
                                        20,
                                        DecisionLevel.INTERNAL,
                                        DecisionOutcome.PARTLY_OVERTURNED)),
                        Optional.of(DENIED.plusDays(4)));

        CaseFacts f = CaseFacts.of(c);

        assertThat(f.p2pCalls()).isEqualTo(3);
        assertThat(f.p2pHonoured()).isEqualTo(1);
        assertThat(f.p2pNotHonoured()).isEqualTo(1);
        assertThat(f.billedCents()).isEqualTo(10000);
        assertThat(f.recoveredCents()).isZero();
        assertThat(f.denials())
                .extracting(CaseFacts.DenialFact::reviewer)
                .containsExactly(ReviewerClass.NOT_STATED, ReviewerClass.PSYCHIATRIST);
        assertThat(f.firstDeniedOn()).contains(DENIED);
        assertThat(f.toString()).doesNotContain("Kept Out").doesNotContain("Dr. Reviewer");
    }
}
