package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * FEHB (carrier reconsideration, then OPM review, then a suit against OPM) and TRICARE
 * (reconsideration, a second reconsideration by the TQMC, then a hearing when $300 or more is in
 * dispute).
 */
final class FederalProgramRules implements PlanRules {

    private static final Wording WORDS = Wording.of("deadlines-federal-programs");

    /** FEHB: months from the denial to ask the carrier to reconsider. */
    static final int FEHB_APPEAL_MONTHS = 6;

    /** FEHB: the carrier's urgent-care answer, in hours. */
    static final int FEHB_URGENT_HOURS = 72;

    /** FEHB: the carrier's answer, in days. */
    static final int FEHB_DECISION_DAYS = 30;

    /** FEHB: days from the carrier's letter upholding the denial to ask OPM to review. */
    static final int FEHB_OPM_DAYS = 90;

    /** FEHB: days from first asking the carrier to ask OPM when the carrier is silent. */
    static final int FEHB_OPM_SILENT_DAYS = 120;

    /** TRICARE: days from the notice to ask for reconsideration. */
    static final int TRICARE_APPEAL_DAYS = 90;

    /** TRICARE: days after its mailing a notice is presumed received. */
    static final int TRICARE_PRESUMED_DAYS = 5;

    /** TRICARE: calendar days from receipt to file the expedited appeal. */
    static final int TRICARE_EXPEDITED_DAYS = 3;

    /** TRICARE: days from the reconsideration decision to ask for a second reconsideration. */
    static final int TRICARE_SECOND_DAYS = 90;

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        if (in.planType() == PlanType.FEHB) {
            fehb(in, out);
        } else {
            tricare(in, out);
        }
    }

    private static void fehb(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        // "6 months" has no month-end rule in the sources: 31 August + 6 months is the last day of
        // February.
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                WORDS.text("fehb.appeal.label"),
                DeadlineMath.monthsLaterClamped(notice.date(), FEHB_APPEAL_MONTHS),
                WORDS.fill("fehb.appeal.rule", "months", FEHB_APPEAL_MONTHS, "start", notice),
                FEHB_CARRIER,
                Guarantee.EXACT,
                Party.YOU,
                WORDS.text("fehb.appeal.note"));
        out.lastCoveredDay(in);
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            WORDS.text("fehb.urgent.label"),
                                            filed,
                                            in.facts().appealFiledTime(),
                                            FEHB_URGENT_HOURS,
                                            0,
                                            WORDS.fill(
                                                    "fehb.urgent.rule", "hours", FEHB_URGENT_HOURS),
                                            FEHB_URGENT,
                                            Party.PLAN,
                                            WORDS.text("fehb.urgent.note")),
                            () ->
                                    out.note(
                                            WORDS.fill(
                                                    "fehb.urgent.enterFiled",
                                                    "hours",
                                                    FEHB_URGENT_HOURS)));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    WORDS.text("fehb.decision.label"),
                    in,
                    in.facts().appealFiled(),
                    Optional.empty(),
                    0,
                    FEHB_DECISION_DAYS,
                    WORDS.text("fehb.decision.rule"),
                    FEHB_CARRIER,
                    Guarantee.EXACT,
                    Party.PLAN,
                    WORDS.fill("fehb.decision.note", "days", FEHB_DECISION_DAYS));
        }
        Optional<LocalDate> fin = in.facts().finalDenial();
        if (fin.isPresent() && in.facts().finalDenialLevel() != DecisionLevel.INTERNAL) {
            // The year the care was provided (5 CFR 890.107(d)): the earlier of the first day
            // refused and the notice,
            // so a refusal that straddles a new year never gives the later limit. Care already
            // given or going on
            // may predate the notice's year, so without the first day refused no date is given.
            Optional<LocalDate> refused = in.coverage().firstDayRefused();
            if (refused.isEmpty() && in.denialType() != DenialType.PRE_SERVICE) {
                out.note(WORDS.text("fehb.suit.enterFirstDay"));
                return;
            }
            boolean fromRefused = refused.isPresent() && refused.get().isBefore(in.noticeDate());
            LocalDate careYear = fromRefused ? refused.get() : in.noticeDate();
            LocalDate suitBy = LocalDate.of(careYear.getYear() + 3, 12, 31);
            out.day(
                    DeadlineId.SUIT_LIMITATION_BY,
                    WORDS.text("fehb.suit.label"),
                    suitBy,
                    fromRefused
                            ? WORDS.fill(
                                    "fehb.suit.rule.fromRefused", "careYear", careYear.getYear())
                            : WORDS.fill(
                                    "fehb.suit.rule.fromNotice", "careYear", careYear.getYear()),
                    FEHB_SUIT,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.text("fehb.suit.note"));
        } else if (fin.isPresent()) {
            out.day(
                    DeadlineId.OPM_REVIEW_FILE_BY,
                    WORDS.text("fehb.opm.label"),
                    fin.get().plusDays(FEHB_OPM_DAYS),
                    WORDS.fill("fehb.opm.rule", "days", FEHB_OPM_DAYS, "decision", fin.get()),
                    FEHB_OPM,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.text("fehb.opm.note"));
        } else if (in.facts().appealFiled().isPresent()) {
            LocalDate filed = in.facts().appealFiled().get();
            out.day(
                    DeadlineId.OPM_REVIEW_FILE_BY,
                    WORDS.text("fehb.opmSilent.label"),
                    filed.plusDays(FEHB_OPM_SILENT_DAYS),
                    WORDS.fill("fehb.opmSilent.rule", "days", FEHB_OPM_SILENT_DAYS, "filed", filed),
                    FEHB_OPM,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.fill("fehb.opmSilent.note", "opmDays", FEHB_OPM_DAYS));
        } else {
            out.note(WORDS.fill("fehb.opm.later", "days", FEHB_OPM_DAYS));
        }
    }

    private static void tricare(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                WORDS.text("tricare.appeal.label"),
                notice.date().plusDays(TRICARE_APPEAL_DAYS),
                WORDS.fill("tricare.appeal.rule", "days", TRICARE_APPEAL_DAYS, "start", notice),
                TRICARE_RECONSIDERATION,
                Guarantee.EXACT,
                Party.YOU,
                WORDS.text("tricare.appeal.note"));
        out.lastCoveredDay(in);
        if (in.denialType() != DenialType.POST_SERVICE) {
            ClockStart received =
                    in.receivedDate().isPresent()
                            ? new ClockStart(
                                    in.receivedDate().get(), WORDS.text("tricare.received"))
                            : new ClockStart(
                                    in.noticeDate().plusDays(TRICARE_PRESUMED_DAYS),
                                    WORDS.fill(
                                            "tricare.presumed",
                                            "presumedDays",
                                            TRICARE_PRESUMED_DAYS));
            out.day(
                    DeadlineId.EXPEDITED_APPEAL_FILE_BY,
                    WORDS.text("tricare.expedited.label"),
                    received.date().plusDays(TRICARE_EXPEDITED_DAYS),
                    in.denialType() == DenialType.CONCURRENT
                            ? WORDS.fill(
                                    "tricare.expedited.rule.continuedStay",
                                    "days",
                                    TRICARE_EXPEDITED_DAYS,
                                    "start",
                                    received)
                            : WORDS.fill(
                                    "tricare.expedited.rule.preadmission",
                                    "days",
                                    TRICARE_EXPEDITED_DAYS,
                                    "start",
                                    received),
                    TRICARE_EXPEDITED,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.text("tricare.expedited.note"));
            out.ifMissed(
                    WORDS.fill("tricare.expedited.ifMissed", "appealDays", TRICARE_APPEAL_DAYS));
        }
        Optional<LocalDate> fin = in.facts().finalDenial();
        if (fin.isEmpty()) {
            out.note(WORDS.fill("tricare.second.enterDecision", "days", TRICARE_SECOND_DAYS));
            return;
        }
        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            out.day(
                    DeadlineId.NEXT_LEVEL_FILE_BY,
                    WORDS.text("tricare.second.label"),
                    fin.get().plusDays(TRICARE_SECOND_DAYS),
                    WORDS.fill(
                            "tricare.second.rule",
                            "days",
                            TRICARE_SECOND_DAYS,
                            "decision",
                            fin.get()),
                    TRICARE_SECOND,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.text("tricare.second.note"));
        } else {
            out.note(WORDS.text("tricare.afterSecond"));
        }
    }
}
