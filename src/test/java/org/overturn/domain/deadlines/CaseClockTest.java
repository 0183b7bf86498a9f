package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.domain.deadlines.DeadlineFixtures.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.PlanType;

class CaseClockTest {

    private static DeadlineSchedule medicaidConcurrent() {
        return CALC.calculate(input("medicaid-mco", "concurrent", false, "2026-03-02"));
    }

    @Test
    void nextIsTheNearestOpenDeadlineWithTimeLeftAndTheConsequence() {
        ClockSummary c =
                CaseClock.summarize(
                        medicaidConcurrent(),
                        PlanType.MEDICAID_MCO,
                        CaseStatus.DENIED,
                        LocalDateTime.of(2026, 3, 9, 10, 0));
        assertThat(c.next())
                .hasValueSatisfying(
                        d -> assertThat(d.id()).isEqualTo(DeadlineId.CONTINUED_BENEFITS_BY));
        assertThat(c.timeLeft()).isEqualTo("3 days left");
        assertThat(c.urgency()).isEqualTo(Urgency.DUE_SOON);
        assertThat(c.ifMissed()).contains("Services may stop");
        assertThat(c.warnings()).contains(CaseClock.P2P_WARNING);
    }

    @Test
    void anOverdueDeadlineComesFirstAndSaysByHowMuch() {
        ClockSummary c =
                CaseClock.summarize(
                        medicaidConcurrent(),
                        PlanType.MEDICAID_MCO,
                        CaseStatus.DENIED,
                        LocalDateTime.of(2026, 3, 14, 9, 0));
        assertThat(c.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(c.timeLeft()).isEqualTo("overdue by 2 days");
        assertThat(c.open())
                .extracting(Deadline::id)
                .containsExactly(DeadlineId.CONTINUED_BENEFITS_BY, DeadlineId.APPEAL_FILE_BY);
    }

    @Test
    void aStepTheFactsRecordAsTakenIsNotOpenWhateverTheStatusSays() {
        // Medicaid managed care, still "denied" on the status, but the appeal was filed on 10
        // March, the plan upheld
        // the denial on 20 March and the hearing was asked for on 23 March.
        ClockFacts facts =
                ClockFacts.none()
                        .withAppealFiled(LocalDate.of(2026, 3, 10), Optional.empty())
                        .withFinalDenial(LocalDate.of(2026, 3, 20))
                        .withExternalReviewFiled(LocalDate.of(2026, 3, 23), Optional.empty());
        DeadlineSchedule s =
                CALC.calculate(
                        withFacts(
                                input("medicaid-mco", "pre-service", false, "2026-03-02"), facts));
        assertThat(s.find(DeadlineId.APPEAL_FILE_BY)).as("the engine still lists it").isPresent();

        ClockSummary c =
                CaseClock.summarize(
                        s,
                        PlanType.MEDICAID_MCO,
                        CaseStatus.DENIED,
                        facts,
                        LocalDateTime.of(2026, 3, 24, 9, 0));

        assertThat(c.open())
                .extracting(Deadline::id)
                .doesNotContain(
                        DeadlineId.APPEAL_FILE_BY,
                        DeadlineId.APPEAL_DECISION_DUE,
                        DeadlineId.FAIR_HEARING_FILE_BY);
        assertThat(c.next())
                .hasValueSatisfying(
                        d -> assertThat(d.id()).isEqualTo(DeadlineId.EXTERNAL_REVIEW_DECISION_DUE));
    }

    @Test
    void aLapsedExpeditedWindowDoesNotMakeTheCaseOverdueWhileTheOrdinaryAppealIsStillOpen() {
        // TRICARE pre-service, mailed 2 March: expedited by 10 March (5 days presumed + 3),
        // ordinary by 31 May.
        DeadlineSchedule s = CALC.calculate(input("tricare", "pre-service", false, "2026-03-02"));
        ClockSummary c =
                CaseClock.summarize(
                        s,
                        PlanType.TRICARE,
                        CaseStatus.DENIED,
                        LocalDateTime.of(2026, 3, 20, 9, 0));

        assertThat(c.next())
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(DeadlineId.APPEAL_FILE_BY));
        assertThat(c.urgency()).isEqualTo(Urgency.LATER);
        assertThat(c.open())
                .extracting(Deadline::id)
                .containsExactly(DeadlineId.APPEAL_FILE_BY, DeadlineId.EXPEDITED_APPEAL_FILE_BY);
        ClockSummary late =
                CaseClock.summarize(
                        s, PlanType.TRICARE, CaseStatus.DENIED, LocalDateTime.of(2026, 6, 2, 9, 0));
        assertThat(late.urgency())
                .as("both passed: the ordinary one leads")
                .isEqualTo(Urgency.OVERDUE);
        assertThat(late.next())
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(DeadlineId.APPEAL_FILE_BY));
    }

    @Test
    void filingTheAppealRetiresTheFilingDeadlinesButNotTheEnrolleesOwnAskForBenefitsToContinue() {
        ClockSummary c =
                CaseClock.summarize(
                        medicaidConcurrent(),
                        PlanType.MEDICAID_MCO,
                        CaseStatus.APPEAL_FILED,
                        LocalDateTime.of(2026, 3, 9, 10, 0));
        assertThat(c.open())
                .extracting(Deadline::id)
                .containsExactly(DeadlineId.CONTINUED_BENEFITS_BY);
        DeadlineSchedule erisa =
                CALC.calculate(
                        withFacts(
                                input("erisa-insured", "concurrent", false, "2026-03-02"),
                                ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 3, 12))));
        ClockSummary e =
                CaseClock.summarize(
                        erisa,
                        PlanType.ERISA_INSURED,
                        CaseStatus.APPEAL_FILED,
                        LocalDateTime.of(2026, 3, 9, 10, 0));
        assertThat(e.open()).extracting(Deadline::id).containsExactly(DeadlineId.LAST_COVERED_DAY);
    }

    @Test
    void aMissedPlanDecisionInMedicaidMeansDeemedExhaustion() {
        DeadlineSchedule s =
                CALC.calculate(
                        withFacts(
                                input("medicaid-mco", "pre-service", false, "2026-03-02"),
                                ClockFacts.none()
                                        .withAppealFiled(
                                                LocalDate.of(2026, 3, 5), Optional.empty())));
        ClockSummary c =
                CaseClock.summarize(
                        s,
                        PlanType.MEDICAID_MCO,
                        CaseStatus.APPEAL_FILED,
                        LocalDateTime.of(2026, 4, 10, 8, 0));
        assertThat(c.ifMissed()).contains("State fair hearing");
    }

    @ParameterizedTest(name = "{0} due {1}: {2}")
    @CsvSource({
        "2026-03-09T10:00, 2026-03-09, due today",
        "2026-03-09T10:00, 2026-03-10, 1 day left",
        "2026-03-09T10:00, 2026-03-08, overdue by 1 day",
    })
    void dateDeadlinesCountWholeCalendarDays(LocalDateTime now, LocalDate due, String expected) {
        Deadline d =
                new Deadline(
                        DeadlineId.APPEAL_FILE_BY,
                        "File",
                        due,
                        Optional.empty(),
                        "rule",
                        Optional.empty(),
                        Guarantee.EXACT,
                        Party.YOU,
                        "");
        assertThat(CaseClock.timeLeft(d, now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} due {1}: {2}")
    @CsvSource({
        "2026-03-09T10:00, 2026-03-09T15:20, 5 h 20 min left",
        "2026-03-09T23:00, 2026-03-10T01:00, 2 h 0 min left",
        "2026-03-09T10:00, 2026-03-12T13:00, 3 days 3 h left",
        "2026-03-09T10:00, 2026-03-09T09:30, overdue by 0 h 30 min",
    })
    void hourClocksShowHoursAndMinutes(LocalDateTime now, LocalDateTime due, String expected) {
        Deadline d =
                new Deadline(
                        DeadlineId.APPEAL_DECISION_DUE,
                        "Decision",
                        due.toLocalDate(),
                        Optional.of(due),
                        "rule",
                        Optional.empty(),
                        Guarantee.EXACT,
                        Party.PLAN,
                        "");
        assertThat(CaseClock.timeLeft(d, now)).isEqualTo(expected);
    }

    @Test
    void casesSortOverdueFirstThenByNearestDeadlineThenThoseWithNone() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 20, 9, 0);
        List<ClockSummary> list = new ArrayList<>();
        for (String notice : List.of("2026-03-10", "2026-01-10", "2026-03-01", "2026-02-01")) {
            list.add(
                    CaseClock.summarize(
                            CALC.calculate(input("medicaid-mco", "pre-service", false, notice)),
                            PlanType.MEDICAID_MCO,
                            CaseStatus.DENIED,
                            now));
        }
        list.add(
                CaseClock.summarize(
                        CALC.calculate(input("other", "pre-service", false, "2026-03-01")),
                        PlanType.OTHER,
                        CaseStatus.DENIED,
                        now));
        list.sort(ClockSummary.BY_URGENCY);
        assertThat(list)
                .extracting(ClockSummary::urgency)
                .containsExactly(
                        Urgency.OVERDUE, Urgency.LATER, Urgency.LATER, Urgency.LATER, Urgency.NONE);
        assertThat(list)
                .extracting(c -> c.next().map(Deadline::dueDate).orElse(null))
                .containsExactly(
                        LocalDate.of(2026, 3, 11),
                        LocalDate.of(2026, 4, 2),
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 9),
                        null);
    }
}
