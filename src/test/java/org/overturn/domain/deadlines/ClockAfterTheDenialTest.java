package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.overturn.domain.deadlines.DeadlineFixtures.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;

/**
 * The dates that decide whether care continues, and every step after the final denial: a worked
 * date for each rule (hour clocks in New York time, across a weekend and a daylight-saving change),
 * and the refusals.
 */
class ClockAfterTheDenialTest {

    /**
     * Facts as {@code key=value} pairs separated by spaces: from, through (the approved care),
     * refused (first day refused), last (last covered day), action, received, filed, filedAt,
     * final, level, hearing, ext (extension requested at), extended, stateDays, suit, state.
     */
    static DeadlineInput in(String plan, String type, boolean urgent, String notice, String facts) {
        Map<String, String> f = new HashMap<>();
        if (facts != null) {
            for (String kv : facts.trim().split("\\s+")) {
                String[] p = kv.split("=", 2);
                f.put(p[0], p[1]);
            }
        }
        ClockFacts c = ClockFacts.none();
        if (f.containsKey("filedAt")) {
            LocalDateTime at = LocalDateTime.parse(f.get("filedAt"));
            c = c.withAppealFiled(at.toLocalDate(), Optional.of(at.toLocalTime()));
        } else if (f.containsKey("filed")) {
            c = c.withAppealFiled(LocalDate.parse(f.get("filed")), Optional.empty());
        }
        if (f.containsKey("final")) {
            c =
                    c.withFinalDenial(
                            LocalDate.parse(f.get("final")),
                            HasId.fromId(DecisionLevel.class, f.getOrDefault("level", "internal")));
        }
        if (f.containsKey("hearing")) {
            c = c.withExternalReviewFiled(LocalDate.parse(f.get("hearing")), Optional.empty());
        }
        if (f.containsKey("action")) {
            c = c.withActionEffective(LocalDate.parse(f.get("action")));
        }
        if (f.containsKey("last")) {
            c = c.withLastCoveredDay(LocalDate.parse(f.get("last")));
        }
        if (f.containsKey("ext")) {
            c = c.withExtensionRequestedAt(LocalDateTime.parse(f.get("ext")));
        }
        c =
                c.withDecisionExtended(f.containsKey("extended"))
                        .withStateHearingDays(
                                Optional.ofNullable(f.get("stateDays")).map(Integer::parseInt))
                        .withSuitBy(Optional.ofNullable(f.get("suit")).map(LocalDate::parse));
        Coverage cov =
                new Coverage(
                        Optional.ofNullable(f.get("from")).map(LocalDate::parse),
                        Optional.ofNullable(f.get("through")).map(LocalDate::parse),
                        Optional.ofNullable(f.get("refused")).map(LocalDate::parse),
                        f.getOrDefault("state", ""));
        return new DeadlineInput(
                HasId.fromId(PlanType.class, plan),
                HasId.fromId(DenialType.class, type),
                urgent,
                LocalDate.parse(notice),
                Optional.ofNullable(f.get("received")).map(LocalDate::parse),
                Optional.empty(),
                c,
                cov);
    }

    @ParameterizedTest(name = "{0} {1} urgent={2} notice={3} [{4}]: {5} = {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                // The last covered day shows for every plan type, from the clock or from the
                // approved care.
                "fehb, concurrent, false, 2026-03-02, last=2026-03-06, last-covered-day, 2026-03-06",
                "tricare, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-03-06, last-covered-day, 2026-03-06",
                "erisa-self-funded, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-03-06, last-covered-day, 2026-03-06",
                // ERISA / ACA: approved care cut short is appealed before the cut (the day before
                // the date of action).
                "erisa-insured, concurrent, true, 2026-03-02, from=2026-02-01 through=2026-03-20 action=2026-03-09, continued-benefits-by, 2026-03-08",
                "erisa-insured, concurrent, true, 2026-03-02, from=2026-02-01 through=2026-03-20 refused=2026-03-10, continued-benefits-by, 2026-03-09",
                "individual, concurrent, false, 2026-03-02, last=2026-03-06, continued-benefits-by, 2026-03-06",
                // ERISA urgent extension request: 24 hours when made 24 hours or more before the
                // period ends (Friday to
                // Saturday across a weekend), else 72 hours as an urgent claim; hour clocks across
                // the end of DST.
                "erisa-self-funded, concurrent, true, 2026-03-02, through=2026-03-08 ext=2026-03-06T16:30, expedited-decision-due, 2026-03-07T16:30",
                "erisa-self-funded, concurrent, true, 2026-10-20, through=2026-11-01 ext=2026-10-31T09:00, expedited-decision-due, 2026-11-01T08:00",
                "erisa-self-funded, concurrent, true, 2026-03-02, through=2026-03-06 ext=2026-03-06T10:00, expedited-decision-due, 2026-03-09T11:00",
                "erisa-insured, concurrent, true, 2026-10-20, filedAt=2026-10-30T12:00, expedited-decision-due, 2026-11-02T11:00",
                "erisa-insured, pre-service, true, 2026-03-02, filed=2026-03-05, expedited-decision-due, 2026-03-08",
                // Medicare Advantage and Medicaid managed care: 72 hours, plus 14 days when the
                // plan takes its extension;
                // spring-forward (8 March 2026) makes 72 hours end an hour later on the wall clock.
                "medicare-advantage, concurrent, true, 2026-03-02, filedAt=2026-03-06T14:00, expedited-decision-due, 2026-03-09T15:00",
                "medicare-advantage, concurrent, true, 2026-03-02, filedAt=2026-03-10T14:00 extended=1, expedited-decision-due, 2026-03-27T14:00",
                "medicare-advantage, pre-service, false, 2026-03-02, filed=2026-03-10 extended=1, appeal-decision-due, 2026-04-23",
                "medicare-advantage, post-service, false, 2026-03-02, filed=2026-03-10 extended=1, appeal-decision-due, 2026-05-09",
                "medicaid-mco, concurrent, true, 2026-03-02, filedAt=2026-03-13T09:15, expedited-decision-due, 2026-03-16T09:15",
                "medicaid-mco, concurrent, true, 2026-03-02, filedAt=2026-03-13T09:15 extended=1, expedited-decision-due, 2026-03-30T09:15",
                "medicaid-mco, pre-service, false, 2026-03-02, filed=2026-03-10 extended=1, appeal-decision-due, 2026-04-23",
                // FEHB: 72 hours for an urgent reconsideration.
                "fehb, pre-service, true, 2026-03-02, filedAt=2026-03-04T08:00, expedited-decision-due, 2026-03-07T08:00",
                // TRICARE: expedited appeal within 3 days of receipt (presumed 5 days after
                // mailing, or the day received).
                "tricare, pre-service, false, 2026-03-02, -, expedited-appeal-file-by, 2026-03-10",
                "tricare, concurrent, true, 2026-03-02, received=2026-03-03, expedited-appeal-file-by, 2026-03-06",
                // Medicaid managed care continuation: the later of notice + 10 days and the
                // effective date.
                "medicaid-mco, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-03-31 action=2026-03-09, continued-benefits-by, 2026-03-12",
                "medicaid-mco, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-03-31 action=2026-03-20, continued-benefits-by, 2026-03-20",
                "medicaid-mco, concurrent, false, 2026-03-02, last=2026-03-16, continued-benefits-by, 2026-03-17",
                // ... and through the hearing: 10 days after the plan's adverse resolution.
                "medicaid-mco, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-05-31 action=2026-03-20 filed=2026-03-05 final=2026-04-02, continued-benefits-by, 2026-04-12",
                // Medicaid managed care hearing: the State sets 90 to 120 days from the plan's
                // resolution (438.408(f)(2) since
                // 2020), so 90 days until the State's own window is recorded.
                "medicaid-mco, concurrent, false, 2026-03-02, filed=2026-03-05 final=2026-04-02, fair-hearing-file-by, 2026-07-01",
                "medicaid-mco, pre-service, false, 2026-03-02, filed=2026-03-05 final=2026-04-02 stateDays=120, fair-hearing-file-by, 2026-07-31",
                // Hearing decision: 90 days from the plan appeal, not counting the 20 days taken to
                // ask for the hearing.
                "medicaid-mco, pre-service, false, 2026-03-02, filed=2026-03-05 final=2026-04-02 hearing=2026-04-22, external-review-decision-due, 2026-06-23",
                // Medicaid fee-for-service: continuation asks before the date of action; the
                // State's own window.
                "medicaid-ffs, concurrent, false, 2026-03-02, from=2026-02-01 through=2026-03-31 action=2026-03-13, continued-benefits-by, 2026-03-12",
                "medicaid-ffs, pre-service, false, 2026-03-02, stateDays=30, fair-hearing-file-by, 2026-04-01",
                "medicaid-ffs, pre-service, false, 2026-03-02, -, fair-hearing-file-by, 2026-05-31",
                // Medicare dates count from the notice; a later receipt never moves them, an
                // earlier one does.
                "medicare-advantage, pre-service, false, 2025-03-01, received=2025-03-15, appeal-file-by, 2025-05-05",
                "medicare-advantage, pre-service, false, 2026-03-02, received=2026-03-04, appeal-file-by, 2026-05-03",
                "medicare-original, post-service, false, 2026-03-02, received=2026-03-20, appeal-file-by, 2026-07-05",
                // Every step after the final denial.
                "medicare-advantage, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-05-01 level=external, alj-hearing-file-by, 2026-06-30",
                "medicare-advantage, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-08-03 level=hearing, council-review-file-by, 2026-10-02",
                "medicare-advantage, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-11-02 level=council, court-file-by, 2027-01-01",
                "medicare-original, post-service, false, 2026-03-02, filed=2026-03-10 final=2026-05-01, qic-file-by, 2026-10-28",
                "medicare-original, post-service, false, 2026-03-02, filed=2026-03-10 final=2026-09-01 level=external, alj-hearing-file-by, 2026-10-31",
                "fehb, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-04-08, opm-review-file-by, 2026-07-07",
                "fehb, pre-service, false, 2026-03-02, refused=2026-03-05 filed=2026-03-10 final=2026-07-01 level=external, suit-limitation-by, 2029-12-31",
                // Care refused from 30 Dec 2025, notice 2 Jan 2026: the care's year is 2025, so
                // suit by 31 Dec 2028.
                "fehb, concurrent, false, 2026-01-02, refused=2025-12-30 filed=2026-01-10 final=2026-05-01 level=external, suit-limitation-by, 2028-12-31",
                "fehb, pre-service, false, 2025-12-29, refused=2026-01-05 filed=2026-01-10 final=2026-05-01 level=external, suit-limitation-by, 2028-12-31",
                "tricare, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-04-08, next-level-file-by, 2026-07-07",
                "erisa-self-funded, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-04-08 suit=2027-04-08, suit-limitation-by, 2027-04-08",
                "erisa-insured, pre-service, false, 2026-03-02, filed=2026-03-10 final=2026-04-08 level=external suit=2027-04-08, suit-limitation-by, 2027-04-08",
            })
    void computesTheWorkedDate(
            String plan,
            String type,
            boolean urgent,
            String notice,
            String facts,
            String id,
            String expected) {
        DeadlineSchedule s = CALC.calculate(in(plan, type, urgent, notice, facts));
        DeadlineId want = HasId.fromId(DeadlineId.class, id);
        assertThat(s.deadlines())
                .as(s.deadlines().toString())
                .anySatisfy(
                        d -> {
                            assertThat(d.id()).isEqualTo(want);
                            assertThat(d.dueText()).isEqualTo(expected);
                        });
        s.deadlines()
                .forEach(
                        d ->
                                assertThat(
                                                CaseClock.ifMissed(
                                                        d,
                                                        in(plan, type, urgent, notice, facts)
                                                                .planType()))
                                        .as(d.id().id())
                                        .isNotBlank());
    }

    @ParameterizedTest(name = "{0} {1} [{3}]: no {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // A denied extension past the approved period continues nothing.
                "erisa-insured, concurrent, 2026-03-02, from=2026-02-01 through=2026-03-01 refused=2026-03-02, continued-benefits-by",
                "medicaid-mco, concurrent, 2026-03-02, from=2026-02-01 through=2026-03-01 refused=2026-03-02, continued-benefits-by",
                "medicaid-ffs, concurrent, 2026-03-02, from=2026-02-01 through=2026-03-01 refused=2026-03-02, continued-benefits-by",
                // No continuation law for these plan types, and none before care begins.
                "fehb, concurrent, 2026-03-02, last=2026-03-06, continued-benefits-by",
                "tricare, concurrent, 2026-03-02, last=2026-03-06, continued-benefits-by",
                "medicare-advantage, concurrent, 2026-03-02, last=2026-03-06, continued-benefits-by",
                "medicaid-mco, pre-service, 2026-03-02, -, continued-benefits-by",
                // A claim gets no expedited route; the ladder step before its decision is not
                // shown.
                "tricare, post-service, 2026-03-02, -, expedited-appeal-file-by",
                "medicare-advantage, pre-service, 2026-03-02, filed=2026-03-10, alj-hearing-file-by",
                "medicare-advantage, pre-service, 2026-03-02, filed=2026-03-10 final=2026-05-01 level=external, next-level-file-by",
                "erisa-self-funded, pre-service, 2026-03-02, filed=2026-03-10 final=2026-04-08, suit-limitation-by",
            })
    void doesNotComputeWhereNoRuleApplies(
            String plan, String type, String notice, String facts, String id) {
        DeadlineSchedule s = CALC.calculate(in(plan, type, false, notice, facts));
        assertThat(s.find(HasId.fromId(DeadlineId.class, id)))
                .as(s.deadlines().toString())
                .isEmpty();
    }

    @Test
    void aContinuationWhoseAuthorizationIsUnknownSaysItsCondition() {
        Deadline d =
                due(
                        in("medicaid-mco", "concurrent", false, "2026-03-02", "action=2026-03-09"),
                        DeadlineId.CONTINUED_BENEFITS_BY);
        assertThat(d.rule()).startsWith("If the authorization has not expired");
        assertThat(d.note()).contains("Only the enrollee");
        Deadline known =
                due(
                        in(
                                "medicaid-mco",
                                "concurrent",
                                false,
                                "2026-03-02",
                                "from=2026-02-01 through=2026-03-31 action=2026-03-09"),
                        DeadlineId.CONTINUED_BENEFITS_BY);
        assertThat(known.rule()).doesNotContain("If the authorization");
    }

    @Test
    void aFeeForServiceContinuationOncePassedSaysReinstatementMayStillBeAskedForWithinTenDays() {
        DeadlineInput in =
                in(
                        "medicaid-ffs",
                        "concurrent",
                        false,
                        "2026-03-02",
                        "from=2026-02-01 through=2026-03-31 action=2026-03-13");
        DeadlineSchedule s = CALC.calculate(in);
        ClockSummary c =
                CaseClock.summarize(
                        s,
                        PlanType.MEDICAID_FFS,
                        CaseStatus.DENIED,
                        LocalDateTime.of(2026, 3, 15, 9, 0));
        Deadline passed =
                c.open().stream()
                        .filter(d -> d.id() == DeadlineId.CONTINUED_BENEFITS_BY)
                        .findFirst()
                        .orElseThrow();
        assertThat(CaseClock.overdue(passed, LocalDateTime.of(2026, 3, 15, 9, 0))).isTrue();
        assertThat(CaseClock.ifMissed(passed, PlanType.MEDICAID_FFS))
                .contains("03/23/2026")
                .contains("431.231");
    }

    @Test
    void aPassedLastCoveredDayStaysOnTheClockAfterTheDeadlinesStillAhead() {
        DeadlineSchedule s =
                CALC.calculate(
                        in(
                                "erisa-self-funded",
                                "concurrent",
                                true,
                                "2026-03-02",
                                "from=2026-02-01 through=2026-03-01 refused=2026-03-02"));
        LocalDateTime now = LocalDateTime.of(2026, 3, 4, 9, 0);
        ClockSummary c = CaseClock.summarize(s, PlanType.ERISA_SELF_FUNDED, CaseStatus.DENIED, now);
        assertThat(CaseClock.byWhenTheyBite(c.open(), now))
                .extracting(Deadline::id)
                .containsExactly(DeadlineId.APPEAL_FILE_BY, DeadlineId.LAST_COVERED_DAY);
        assertThat(c.open()).extracting(Deadline::id).contains(DeadlineId.LAST_COVERED_DAY);
        assertThat(s.notes()).anyMatch(n -> n.contains("nothing approved continues"));
    }

    @Test
    void anFehbSuitDateNeedsTheYearOfTheCareWhenTheCareMayPredateTheNotice() {
        // December care refused by a January notice: without the first day refused the year is
        // unknown.
        DeadlineSchedule s =
                CALC.calculate(
                        in(
                                "fehb",
                                "concurrent",
                                false,
                                "2026-01-02",
                                "filed=2026-01-10 final=2026-05-01 level=external"));
        assertThat(s.find(DeadlineId.SUIT_LIMITATION_BY)).isEmpty();
        assertThat(s.notes())
                .anyMatch(
                        n ->
                                n.startsWith("Suit against OPM")
                                        && n.contains("first day of care refused"));
    }

    @Test
    void aManagedCareHearingWindowNotYetRecordedIsTheStatesShortestAndSaysSo() {
        Deadline d =
                due(
                        in(
                                "medicaid-mco",
                                "pre-service",
                                false,
                                "2026-03-02",
                                "filed=2026-03-05 final=2026-04-02"),
                        DeadlineId.FAIR_HEARING_FILE_BY);
        assertThat(d.label()).contains("at least 90 days; check your state's notice");
        assertThat(d.guarantee()).isEqualTo(Guarantee.MINIMUM);
    }

    @Test
    void aLaterMedicareReceiptIsOnlyGroundsForAnExtension() {
        DeadlineSchedule s =
                CALC.calculate(
                        in(
                                "medicare-advantage",
                                "pre-service",
                                false,
                                "2025-03-01",
                                "received=2025-03-15"));
        assertThat(s.notes())
                .anyMatch(n -> n.contains("late-receipt extension") && n.contains("2025-05-14"));
    }

    @Test
    void aStateWithALongerConfirmedWindowAddsItsOwnDateAndSelfFundedPlansNeverDo() {
        // California: 6 months from a final denial dated 8 April 2026 is 8 October 2026; the
        // federal 4 months,
        // 8 August 2026, stays as the safe date.
        String facts = "filed=2026-03-10 final=2026-04-08 state=CA";
        for (String plan : new String[] {"erisa-insured", "individual"}) {
            DeadlineSchedule s =
                    CALC.calculate(in(plan, "pre-service", false, "2026-03-02", facts));
            Deadline d = s.find(DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY).orElseThrow();
            assertThat(d.dueDate()).as(plan).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(d.citationId()).as(plan).contains("state-ca-imr-6-months");
            assertThat(d.rule())
                    .contains("California allows 6 months")
                    .contains("Counted from 04/08/2026");
            assertThat(d.note())
                    .contains("Department of Managed Health Care")
                    .contains("Department of Insurance");
            assertThat(s.find(DeadlineId.EXTERNAL_REVIEW_FILE_BY).orElseThrow().dueDate())
                    .isEqualTo(LocalDate.of(2026, 8, 8));
        }
        assertThat(
                        CALC.calculate(
                                        in(
                                                "erisa-self-funded",
                                                "pre-service",
                                                false,
                                                "2026-03-02",
                                                facts))
                                .find(DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY))
                .isEmpty();
        // The state's entry does not reach a state or local government plan: the longer window is
        // only a note.
        DeadlineSchedule gov =
                CALC.calculate(
                        in("government-nonfederal", "pre-service", false, "2026-03-02", facts));
        assertThat(gov.find(DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY)).isEmpty();
        assertThat(gov.notes())
                .anyMatch(
                        n ->
                                n.startsWith("California allows 6 months")
                                        && n.contains("2026-10-08")
                                        && n.contains("4-month date is the one to keep"));
    }

    /**
     * Last day to ask for each state's external review, counted by hand from the final denial's
     * date.
     */
    private static final Map<String, String[]> WORKED =
            Map.of(
                    // 31 August + 6 months: there is no 31 February, so the last day of February.
                    "CA", new String[] {"2026-08-31", "2027-02-28"},
                    // 8 April + 180 days: 22 to 30 April, 53 to 31 May, 83 to 30 June, 114 to 31
                    // July, 145 to 31 August,
                    // 175 to 30 September, then 5 October.
                    "WA", new String[] {"2026-04-08", "2026-10-05"},
                    // 15 December + 180 days: 16 to 31 December, 47 to 31 January, 75 to 28
                    // February 2027, 106 to 31 March,
                    // 136 to 30 April, 167 to 31 May, then 13 June.
                    "OR", new String[] {"2026-12-15", "2027-06-13"});

    static List<Arguments> knownStates() {
        return StateExternalReview.known().stream().map(w -> Arguments.of(w.state(), w)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownStates")
    void eachKnownStateGivesItsConfirmedLongerWindowAsADateAndOtherwiseOnlyANote(
            String state, StateExternalReview w) {
        String plan = "erisa-insured";
        if (w.confirmed() && !w.sameAsFederal()) {
            String[] worked = WORKED.get(w.state());
            assertThat(worked).as(w.state() + " needs a worked date written by hand").isNotNull();
            DeadlineSchedule s =
                    CALC.calculate(
                            in(
                                    plan,
                                    "pre-service",
                                    false,
                                    "2026-03-02",
                                    "filed=2026-03-10 final=" + worked[0] + " state=" + w.state()));
            Deadline d = s.find(DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY).orElseThrow();
            assertThat(d.dueDate()).isEqualTo(LocalDate.parse(worked[1]));
            assertThat(d.citationId()).contains(w.citationId());
            assertThat(d.rule())
                    .contains(w.name() + " allows " + w.window() + " from " + w.countsFrom());
            assertThat(w.citationId()).isNotBlank();
            return;
        }
        assertThat(WORKED).as(w.state() + " has no dated window").doesNotContainKey(w.state());
        DeadlineSchedule s =
                CALC.calculate(
                        in(
                                plan,
                                "pre-service",
                                false,
                                "2026-03-02",
                                "filed=2026-03-10 final=2026-04-08 state=" + w.state()));
        assertThat(s.find(DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY)).isEmpty();
        // The federal 4 months from 8 April 2026 is 8 August 2026, and stays the date to keep.
        assertThat(s.find(DeadlineId.EXTERNAL_REVIEW_FILE_BY).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2026, 8, 8));
        if (w.confirmed()) {
            assertThat(s.notes())
                    .anyMatch(
                            n ->
                                    n.startsWith(
                                            w.name()
                                                    + " allows 4 months for external review from "
                                                    + w.countsFrom()));
        } else {
            assertThat(s.notes())
                    .anyMatch(
                            n ->
                                    n.startsWith(
                                                    w.name()
                                                            + "'s own external review window (believed to "
                                                            + "be "
                                                            + w.window()
                                                            + ") is not confirmed at its source")
                                            && n.contains(w.note()));
            assertThat(w.citationId()).as("an unconfirmed window cites nothing").isEmpty();
        }
    }

    @Test
    void theStatesAreTheEightAskedForInOrderAndThreeHaveConfirmedLongerWindows() {
        assertThat(StateExternalReview.known())
                .extracting(StateExternalReview::state)
                .containsExactly("CA", "IL", "NY", "TX", "WA", "OR", "PA", "FL");
        assertThat(StateExternalReview.known())
                .filteredOn(w -> w.confirmed() && !w.sameAsFederal())
                .extracting(StateExternalReview::state)
                .containsExactlyInAnyOrder("CA", "WA", "OR");
        assertThat(StateExternalReview.known())
                .filteredOn(w -> !w.confirmed())
                .extracting(StateExternalReview::state)
                .containsExactlyInAnyOrder("TX", "FL");
        assertThat(StateExternalReview.of("ca"))
                .get()
                .extracting(StateExternalReview::name)
                .isEqualTo("California");
        assertThat(StateExternalReview.of("ZZ")).isEmpty();
    }

    @Test
    void refusesContradictoryInput() {
        assertThatThrownBy(() -> in("erisa-insured", "post-service", true, "2026-03-02", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("post-service claim cannot be urgent");
        assertThatThrownBy(() -> in("medicare-advantage", "post-service", true, "2026-03-02", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                in(
                                        "erisa-insured",
                                        "concurrent",
                                        false,
                                        "2026-03-02",
                                        "from=2026-03-05 last=2026-03-04"))
                .hasMessageContaining("before the authorization's first day");
        assertThatThrownBy(
                        () ->
                                in(
                                        "erisa-insured",
                                        "concurrent",
                                        false,
                                        "2026-03-02",
                                        "from=2026-03-05 through=2026-03-04"))
                .hasMessageContaining("ends");
        assertThatThrownBy(
                        () ->
                                in(
                                        "medicaid-ffs",
                                        "pre-service",
                                        false,
                                        "2026-03-02",
                                        "stateDays=100"))
                .hasMessageContaining("at most 90 days");
        assertThatThrownBy(
                        () ->
                                in(
                                        "medicaid-mco",
                                        "pre-service",
                                        false,
                                        "2026-03-02",
                                        "stateDays=60"))
                .hasMessageContaining("90 to 120 days");
    }

    @Test
    void theAppealFilingTimeWithoutATimeFallsBackToWholeDays() {
        Deadline d =
                due(
                        in("medicaid-mco", "pre-service", true, "2026-03-02", "filed=2026-03-13"),
                        DeadlineId.EXPEDITED_DECISION_DUE);
        assertThat(d.dueAt()).isEmpty();
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(d.rule()).contains("enter the time filed");
        assertThat(LocalTime.MIDNIGHT).isNotNull();
    }
}
