package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockSummary;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;

/** Recording a review's decision: status, timeline, and the clock's next level. */
class DecisionsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 9, 1);
    private static final LocalDate FILED = LocalDate.of(2026, 9, 15);
    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 6);

    /** An ERISA pre-service denial of 09/01/2026 whose internal appeal went in on 09/15/2026. */
    private static CaseFile appealed(PlanType plan) {
        CaseFile c =
                ClockCases.of(
                        "Upheld Case",
                        plan,
                        DenialType.PRE_SERVICE,
                        NOTICE,
                        CaseStatus.APPEAL_FILED);
        return c.withClock(c.clock().withAppealFiled(FILED, Optional.empty()));
    }

    private static ClockSummary clockOf(CaseFile c) {
        DeadlineInput in = c.deadlineInput().orElseThrow();
        return CaseClock.summarize(
                DeadlineCalculator.inSystemZone().calculate(in),
                in.planType(),
                c.status(),
                in.facts(),
                LocalDateTime.of(2026, 10, 7, 9, 0));
    }

    private static Optional<Deadline> open(ClockSummary s, DeadlineId id) {
        return s.open().stream().filter(d -> d.id() == id).findFirst();
    }

    @Test
    void anUpheldInternalAppealOpensExternalReviewFourMonthsFromTheDecision() {
        CaseFile c = appealed(PlanType.ERISA_SELF_FUNDED);
        assertThat(open(clockOf(c), DeadlineId.EXTERNAL_REVIEW_FILE_BY)).isEmpty();

        CaseFile decided =
                Decisions.record(
                        c,
                        new Decision(DECIDED, DecisionLevel.INTERNAL, DecisionOutcome.UPHELD),
                        "letter received by fax");

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.decisions())
                .containsExactly(
                        new Decision(DECIDED, DecisionLevel.INTERNAL, DecisionOutcome.UPHELD));
        assertThat(decided.clock().finalDenial()).contains(DECIDED);
        assertThat(decided.clock().finalDenialLevel()).isEqualTo(DecisionLevel.INTERNAL);
        TimelineEvent last = decided.timeline().get(decided.timeline().size() - 1);
        assertThat(last.kind()).isEqualTo(EventKind.DECISION);
        assertThat(last.date()).isEqualTo(DECIDED);
        assertThat(last.title()).isEqualTo("Internal appeal decision: Denial upheld");
        assertThat(last.note()).isEqualTo("letter received by fax");
        // 45 CFR 147.136(d)(2)(i): four months after the final internal denial, 10/06/2026 ->
        // 02/06/2027, a Saturday, so the next business day, Monday 02/08/2027.
        assertThat(open(clockOf(decided), DeadlineId.EXTERNAL_REVIEW_FILE_BY))
                .map(Deadline::dueDate)
                .contains(LocalDate.of(2027, 2, 8));
    }

    @Test
    void anOverturnMovesTheCaseToDecidedAndLeavesTheClockAsItWas() {
        CaseFile c = appealed(PlanType.ERISA_SELF_FUNDED);

        CaseFile decided =
                Decisions.record(
                        c,
                        new Decision(DECIDED, DecisionLevel.INTERNAL, DecisionOutcome.OVERTURNED),
                        "");

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.clock()).isEqualTo(c.clock());
        assertThat(decided.timeline().get(decided.timeline().size() - 1).title())
                .isEqualTo("Internal appeal decision: Denial overturned");
    }

    @Test
    void aPartOverturnStillDeniesCareSoItOpensTheNextLevelToo() {
        CaseFile decided =
                Decisions.record(
                        appealed(PlanType.ERISA_SELF_FUNDED),
                        new Decision(
                                DECIDED, DecisionLevel.INTERNAL, DecisionOutcome.PARTLY_OVERTURNED),
                        "");

        assertThat(decided.clock().finalDenial()).contains(DECIDED);
    }

    @Test
    void aDenialKeptAfterAPeerToPeerCallIsNotAnAppealDecision() {
        CaseFile c =
                ClockCases.of(
                        "After call",
                        PlanType.ERISA_SELF_FUNDED,
                        DenialType.CONCURRENT,
                        NOTICE,
                        CaseStatus.P2P_HELD);

        CaseFile decided =
                Decisions.record(
                        c,
                        new Decision(
                                NOTICE.plusDays(2), DecisionLevel.INTERNAL, DecisionOutcome.UPHELD),
                        "");

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.clock().finalDenial()).isEmpty();
    }

    @Test
    void anExternalReviewsDecisionIsRecordedAtItsLevel() {
        CaseFile c =
                Decisions.record(
                        appealed(PlanType.ERISA_SELF_FUNDED),
                        new Decision(DECIDED, DecisionLevel.INTERNAL, DecisionOutcome.UPHELD),
                        "");
        c = c.withStatus(CaseStatus.EXTERNAL_REVIEW);
        LocalDate iro = LocalDate.of(2026, 11, 30);

        CaseFile decided =
                Decisions.record(
                        c,
                        new Decision(iro, DecisionLevel.EXTERNAL, DecisionOutcome.OVERTURNED),
                        "");

        assertThat(decided.decisions())
                .extracting(Decision::level)
                .containsExactly(DecisionLevel.INTERNAL, DecisionLevel.EXTERNAL);
        assertThat(decided.clock().finalDenial()).contains(DECIDED);
    }

    @Test
    void nothingIsRecordedWhereTheCaseHasNothingToDecideOrTheDateContradictsTheClock() {
        CaseFile denied = ClockCases.erisa("Not yet appealed", NOTICE);
        assertThatThrownBy(
                        () ->
                                Decisions.record(
                                        denied,
                                        new Decision(
                                                DECIDED,
                                                DecisionLevel.INTERNAL,
                                                DecisionOutcome.UPHELD),
                                        ""))
                .isInstanceOf(IllegalArgumentException.class);

        CaseFile appealed = appealed(PlanType.ERISA_SELF_FUNDED);
        assertThatThrownBy(
                        () ->
                                Decisions.record(
                                        appealed,
                                        new Decision(
                                                FILED.minusDays(1),
                                                DecisionLevel.INTERNAL,
                                                DecisionOutcome.UPHELD),
                                        ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(appealed.decisions()).isEmpty();
    }
}
