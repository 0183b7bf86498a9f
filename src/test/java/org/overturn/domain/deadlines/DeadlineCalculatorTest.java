package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.overturn.domain.deadlines.DeadlineFixtures.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;

class DeadlineCalculatorTest {

    /** Worked dates: notice dated Monday 2 March 2026 unless the row says otherwise. */
    @ParameterizedTest(
            name = "{0} {1} urgent={2} notice={3} received={4} filed={5} final={6}: {7} = {8}")
    @CsvSource(
            nullValues = "-",
            value = {
                // ERISA and ACA group / individual: 180 days from receipt, at least
                "erisa-self-funded, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-08-29",
                "erisa-insured, concurrent, false, 2026-03-02, -, -, -, appeal-file-by, 2026-08-29",
                "erisa-self-funded, pre-service, false, 2026-03-02, 2026-03-09, -, -, appeal-file-by, 2026-09-05",
                "erisa-self-funded, pre-service, false, 2026-03-02, 2026-02-27, -, -, appeal-file-by, 2026-08-26",
                "individual, post-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-08-29",
                "government-nonfederal, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-08-29",
                "erisa-insured, pre-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-04-19",
                "erisa-insured, concurrent, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-04-19",
                "individual, post-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-05-19",
                "erisa-self-funded, concurrent, true, 2026-03-02, -, 2026-03-20, -, expedited-decision-due, 2026-03-23",
                // external review: 4 months, first of the fifth month, next business day (federal
                // process)
                "erisa-self-funded, pre-service, false, 2026-03-02, -, 2026-03-03, 2026-04-10, external-review-file-by, 2026-08-10",
                "erisa-self-funded, pre-service, false, 2026-03-02, -, 2026-03-03, 2026-03-04, external-review-file-by, 2026-07-06",
                "erisa-insured, pre-service, false, 2026-03-02, -, 2026-03-03, 2026-03-04, external-review-file-by, 2026-07-04",
                "erisa-self-funded, pre-service, false, 2025-10-01, -, 2025-10-02, 2025-10-31, external-review-file-by, 2026-03-02",
                "erisa-self-funded, pre-service, false, 2027-01-04, -, 2027-01-05, 2027-03-05, external-review-file-by, 2027-07-06",
                "individual, pre-service, false, 2026-03-02, -, 2026-03-03, 2026-04-10, external-review-file-by, 2026-08-10",
                "government-nonfederal, post-service, false, 2026-03-02, -, 2026-03-03, 2026-04-10, external-review-file-by, 2026-08-10",
                // Medicaid managed care: 60 days from the notice, 10-day continuation, 90-day
                // hearing (at least)
                "medicaid-mco, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-05-01",
                "medicaid-mco, pre-service, false, 2026-03-02, 2026-02-27, -, -, appeal-file-by, 2026-04-28",
                "medicaid-mco, pre-service, false, 2026-03-02, 2026-03-09, -, -, appeal-file-by, 2026-05-01",
                "medicaid-mco, concurrent, false, 2026-03-02, -, -, -, continued-benefits-by, 2026-03-12",
                "medicaid-mco, concurrent, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-04-19",
                "medicaid-mco, concurrent, true, 2026-03-02, -, 2026-03-20, -, expedited-decision-due, 2026-03-23",
                "medicaid-mco, post-service, false, 2026-03-02, -, 2026-03-20, 2026-04-10, fair-hearing-file-by, 2026-07-09",
                // Medicaid fee-for-service: hearing within (at most) 90 days of mailing
                "medicaid-ffs, pre-service, false, 2026-03-02, -, -, -, fair-hearing-file-by, 2026-05-31",
                // Medicare Advantage: 60 days after receipt, presumed 5 days after the date (65)
                "medicare-advantage, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-05-06",
                "medicare-advantage, pre-service, false, 2026-03-02, 2026-03-04, -, -, appeal-file-by, 2026-05-03",
                "medicare-advantage, pre-service, false, 2024-11-01, -, -, -, appeal-file-by, 2024-12-31",
                "medicare-advantage, pre-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-04-19",
                "medicare-advantage, post-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-05-19",
                "medicare-advantage, concurrent, true, 2026-03-02, -, 2026-03-20, -, expedited-decision-due, 2026-03-23",
                "medicare-advantage, pre-service, false, 2026-03-02, -, 2026-03-20, -, next-level-file-by, 2026-04-19",
                // Original Medicare: 120 days after receipt (presumed +5), QIC 180 days
                "medicare-original, post-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-07-05",
                "medicare-original, post-service, false, 2026-03-02, 2026-03-04, -, -, appeal-file-by, 2026-07-02",
                "medicare-original, post-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-05-19",
                "medicare-original, post-service, false, 2026-03-02, -, 2026-03-20, 2026-04-10, qic-file-by, 2026-10-07",
                // FEHB: 6 months to the carrier, 30 days for it, 90 days to OPM (120 if the carrier
                // is silent)
                "fehb, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-09-02",
                "fehb, pre-service, false, 2025-08-31, -, -, -, appeal-file-by, 2026-02-28",
                "fehb, pre-service, false, 2023-08-31, -, -, -, appeal-file-by, 2024-02-29",
                "fehb, pre-service, false, 2026-03-02, -, 2026-03-20, -, appeal-decision-due, 2026-04-19",
                "fehb, pre-service, false, 2026-03-02, -, 2026-03-20, 2026-04-10, opm-review-file-by, 2026-07-09",
                "fehb, pre-service, false, 2026-03-02, -, 2026-03-20, -, opm-review-file-by, 2026-07-18",
                // TRICARE: 90 days from the date on the notice, second reconsideration 90 days
                "tricare, pre-service, false, 2026-03-02, -, -, -, appeal-file-by, 2026-05-31",
                "tricare, concurrent, true, 2026-03-02, -, 2026-03-05, 2026-04-10, next-level-file-by, 2026-07-09",
            })
    void computesTheWorkedDateForEveryPlanTypeAndStep(
            String plan,
            String type,
            boolean urgent,
            String notice,
            String received,
            String filed,
            String fin,
            String id,
            LocalDate expected) {
        DeadlineInput in = input(plan, type, urgent, notice);
        if (received != null) {
            in = withReceived(in, received);
        }
        ClockFacts f = ClockFacts.none();
        if (filed != null) {
            f = f.withAppealFiled(LocalDate.parse(filed), Optional.empty());
        }
        if (fin != null) {
            f = f.withFinalDenial(LocalDate.parse(fin));
        }
        Deadline d = due(withFacts(in, f), HasId.fromId(DeadlineId.class, id));
        assertThat(d.dueDate()).isEqualTo(expected);
        assertThat(d.dueAt()).isEmpty();
        assertThat(d.rule()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = PlanType.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyKnownPlanTypeGivesAFilingDeadlineWithACitation(PlanType plan) {
        DeadlineSchedule s = CALC.calculate(input(plan.id(), "pre-service", false, "2026-03-02"));
        assertThat(s.deadlines()).isNotEmpty();
        assertThat(s.deadlines())
                .filteredOn(d -> d.owner() == Party.YOU)
                .allSatisfy(d -> assertThat(d.citationId()).isPresent());
        assertThat(s.notComputedReason()).isEmpty();
        assertThat(s.notes()).contains("A peer-to-peer call pauses none of these deadlines.");
    }

    @Test
    void otherPlanTypeComputesNothingAndSaysWhy() {
        DeadlineSchedule s = CALC.calculate(input("other", "concurrent", true, "2026-03-02"));
        assertThat(s.deadlines()).isEmpty();
        assertThat(s.notComputedReason()).hasValueSatisfying(r -> assertThat(r).contains("other"));
    }

    @Test
    void employerAppealWindowIsFlaggedAsTheMinimumThePlanMayExtend() {
        Deadline d =
                due(
                        input("erisa-insured", "pre-service", false, "2026-03-02"),
                        DeadlineId.APPEAL_FILE_BY);
        assertThat(d.guarantee()).isEqualTo(Guarantee.MINIMUM);
        assertThat(d.citationId()).contains(DeadlineCitations.ERISA_APPEAL_FILING);
    }

    @Test
    void feeForServiceHearingWindowIsFlaggedAsAnUpperLimitTheNoticeMayShorten() {
        Deadline d =
                due(
                        input("medicaid-ffs", "pre-service", false, "2026-03-02"),
                        DeadlineId.FAIR_HEARING_FILE_BY);
        assertThat(d.guarantee()).isEqualTo(Guarantee.UPPER_LIMIT);
    }

    @Test
    void insuredPlanExternalReviewIsAMinimumAndNotMovedOffTheWeekend() {
        DeadlineInput in =
                withFacts(
                        input("erisa-insured", "pre-service", false, "2026-03-02"),
                        ClockFacts.none().withFinalDenial(LocalDate.of(2026, 3, 4)));
        Deadline d = due(in, DeadlineId.EXTERNAL_REVIEW_FILE_BY);
        assertThat(d.guarantee()).isEqualTo(Guarantee.MINIMUM);
        assertThat(d.dueDate().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void medicaidContinuedBenefitsRunToTheEffectiveDateWhenItIsLater() {
        DeadlineInput in = input("medicaid-mco", "concurrent", false, "2026-03-02");
        assertThat(
                        due(
                                        withFacts(
                                                in,
                                                ClockFacts.none()
                                                        .withActionEffective(
                                                                LocalDate.of(2026, 3, 20))),
                                        DeadlineId.CONTINUED_BENEFITS_BY)
                                .dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(
                        due(
                                        withFacts(
                                                in,
                                                ClockFacts.none()
                                                        .withActionEffective(
                                                                LocalDate.of(2026, 3, 5))),
                                        DeadlineId.CONTINUED_BENEFITS_BY)
                                .dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void continuedBenefitsOnlyApplyToConcurrentDenials() {
        assertThat(
                        CALC.calculate(input("medicaid-mco", "pre-service", false, "2026-03-02"))
                                .find(DeadlineId.CONTINUED_BENEFITS_BY))
                .isEmpty();
        assertThat(
                        CALC.calculate(input("erisa-insured", "post-service", false, "2026-03-02"))
                                .find(DeadlineId.CONTINUED_BENEFITS_BY))
                .isEmpty();
    }

    @Test
    void employerConcurrentDenialAsksForAppealBeforeTheLastCoveredDay() {
        DeadlineInput in = input("erisa-self-funded", "concurrent", true, "2026-03-02");
        assertThat(CALC.calculate(in).find(DeadlineId.CONTINUED_BENEFITS_BY)).isEmpty();
        assertThat(CALC.calculate(in).notes()).anyMatch(n -> n.contains("last covered day"));
        Deadline d =
                due(
                        withFacts(
                                in, ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 3, 6))),
                        DeadlineId.CONTINUED_BENEFITS_BY);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(d.rule())
                .startsWith("If the authorization has not expired")
                .contains("03/07/2026");
        assertThat(d.citationId()).contains(DeadlineCitations.ERISA_REDUCTION_APPEALABLE);
        assertThat(d.note()).contains("29 CFR 2590.715-2719(b)(2)(iii)");
    }

    @Test
    void individualAndGovernmentPlansCiteThePhsActSiblingNotTheErisaText() {
        ClockFacts facts =
                ClockFacts.none()
                        .withLastCoveredDay(LocalDate.of(2026, 3, 6))
                        .withAppealFiled(LocalDate.of(2026, 3, 4), Optional.empty());
        for (String plan : List.of("individual", "government-nonfederal")) {
            DeadlineSchedule s =
                    CALC.calculate(withFacts(input(plan, "concurrent", true, "2026-03-02"), facts));
            assertThat(s.deadlines())
                    .as(plan)
                    .isNotEmpty()
                    .allSatisfy(
                            d ->
                                    d.citationId()
                                            .ifPresent(
                                                    id ->
                                                            assertThat(id)
                                                                    .as(d.id().id())
                                                                    .endsWith("-phsa")));
            assertThat(s.find(DeadlineId.CONTINUED_BENEFITS_BY).orElseThrow().citationId())
                    .contains("erisa-concurrent-reduction-appealable-phsa");
            DeadlineSchedule decided =
                    CALC.calculate(
                            withFacts(
                                    input(plan, "concurrent", true, "2026-03-02"),
                                    facts.withFinalDenial(LocalDate.of(2026, 4, 1))));
            assertThat(decided.deadlines())
                    .as(plan)
                    .allSatisfy(
                            d ->
                                    d.citationId()
                                            .ifPresent(
                                                    id ->
                                                            assertThat(id)
                                                                    .as(d.id().id())
                                                                    .endsWith("-phsa")));
            assertThat(s.notes()).noneMatch(n -> n.contains("29 CFR"));
        }
    }

    @Test
    void medicareAdvantageSaysForwardingToTheIreIsAutomatic() {
        DeadlineInput in = input("medicare-advantage", "pre-service", false, "2026-03-02");
        assertThat(CALC.calculate(in).notes()).anyMatch(n -> n.contains("nothing to file"));
        Deadline d =
                due(
                        withFacts(
                                in,
                                ClockFacts.none()
                                        .withAppealFiled(
                                                LocalDate.of(2026, 3, 20), Optional.empty())),
                        DeadlineId.NEXT_LEVEL_FILE_BY);
        assertThat(d.rule()).contains("automatic");
        assertThat(d.owner()).isEqualTo(Party.PLAN);
    }

    @Test
    void urgentAppealDecisionIs72HoursFromTheTimeFiledAcrossTheEndOfDaylightSaving() {
        DeadlineInput in =
                withFacts(
                        input("erisa-insured", "concurrent", true, "2026-10-20"),
                        ClockFacts.none()
                                .withAppealFiled(
                                        LocalDate.of(2026, 10, 30),
                                        Optional.of(LocalTime.of(12, 0))));
        Deadline d = due(in, DeadlineId.EXPEDITED_DECISION_DUE);
        assertThat(d.dueAt()).contains(LocalDateTime.of(2026, 11, 2, 11, 0));
        assertThat(d.dueText()).isEqualTo("2026-11-02T11:00");
    }

    @Test
    void peerToPeerHourWindowCountsFromTheTimeReceivedAcrossSpringForward() {
        DeadlineInput in =
                withFacts(
                        withReceivedAt(
                                input("erisa-insured", "concurrent", true, "2026-03-07"),
                                "2026-03-07T22:00"),
                        ClockFacts.none().withP2pWindow(PeerToPeerWindow.hours(72)));
        Deadline d = due(in, DeadlineId.P2P_REQUEST_BY);
        assertThat(d.dueText()).isEqualTo("2026-03-10T23:00");
        assertThat(d.citationId()).isEmpty();
        assertThat(d.note()).contains("pauses no appeal deadline");
    }

    @Test
    void peerToPeerHourWindowCrossesMidnightFromTheNoticeDayWhenNoTimeIsKnown() {
        DeadlineInput in =
                withFacts(
                        input("medicaid-mco", "pre-service", false, "2026-05-01"),
                        ClockFacts.none().withP2pWindow(PeerToPeerWindow.hours(24)));
        assertThat(due(in, DeadlineId.P2P_REQUEST_BY).dueText()).isEqualTo("2026-05-02T00:00");
    }

    @Test
    void peerToPeerDayWindowCountsCalendarDays() {
        DeadlineInput in =
                withFacts(
                        input("tricare", "pre-service", false, "2026-03-02"),
                        ClockFacts.none().withP2pWindow(PeerToPeerWindow.days(14)));
        assertThat(due(in, DeadlineId.P2P_REQUEST_BY).dueText()).isEqualTo("2026-03-16");
    }

    @Test
    void tricareExpeditedAppealIsDueThreeDaysAfterPresumedReceiptAndSaysIopIsUnconfirmed() {
        DeadlineSchedule s = CALC.calculate(input("tricare", "concurrent", true, "2026-03-02"));
        Deadline e = s.find(DeadlineId.EXPEDITED_APPEAL_FILE_BY).orElseThrow();
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(e.note()).contains("not confirmed");
        assertThat(e.citationId()).contains(DeadlineCitations.TRICARE_EXPEDITED);
        assertThat(s.find(DeadlineId.APPEAL_FILE_BY).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void expeditedMedicaidHearingDecisionSkipsWeekendsAndHolidays() {
        DeadlineInput in =
                withFacts(
                        input("medicaid-ffs", "pre-service", true, "2026-11-02"),
                        ClockFacts.none()
                                .withExternalReviewFiled(
                                        LocalDate.of(2026, 11, 25), Optional.empty()));
        assertThat(due(in, DeadlineId.EXTERNAL_REVIEW_DECISION_DUE).dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void deadlinesComeInDueOrder() {
        DeadlineInput in =
                withFacts(
                        input("medicaid-mco", "concurrent", false, "2026-03-02"),
                        ClockFacts.none()
                                .withAppealFiled(LocalDate.of(2026, 3, 5), Optional.empty()));
        assertThat(CALC.calculate(in).deadlines())
                .extracting(Deadline::id)
                .containsExactly(
                        DeadlineId.CONTINUED_BENEFITS_BY,
                        DeadlineId.APPEAL_DECISION_DUE,
                        DeadlineId.APPEAL_FILE_BY);
    }

    @Test
    void refusesAnAppealFiledBeforeTheDenial() {
        DeadlineInput in = input("erisa-insured", "pre-service", false, "2026-03-02");
        assertThatThrownBy(
                        () ->
                                withFacts(
                                        in,
                                        ClockFacts.none()
                                                .withAppealFiled(
                                                        LocalDate.of(2026, 2, 1),
                                                        Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the denial");
    }
}
