package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * FEHB (carrier reconsideration, then OPM review, then a suit against OPM) and TRICARE
 * (reconsideration, a second reconsideration by the TQMC, then a hearing when $300 or more is in
 * dispute).
 */
final class FederalProgramRules implements PlanRules {

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
                "Ask the carrier to reconsider",
                DeadlineMath.monthsLaterClamped(notice.date(), 6),
                "In writing within 6 months of the denial; a month without the same day ends on its last day. "
                        + "Counted from "
                        + notice
                        + ".",
                FEHB_CARRIER,
                Guarantee.EXACT,
                Party.YOU,
                "The limit can be extended if circumstances beyond your control prevented filing.");
        out.lastCoveredDay(in);
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            "Carrier's urgent answer due",
                                            filed,
                                            in.facts().appealFiledTime(),
                                            72,
                                            0,
                                            "For an urgent care claim the carrier answers a "
                                                    + "reconsideration within 72 hours, unless it asks for more information.",
                                            FEHB_URGENT,
                                            Party.PLAN,
                                            "If it asks for information, the clock follows the plan's brochure (Section 8)."),
                            () ->
                                    out.note(
                                            "Urgent reconsideration: the carrier answers within 72 hours unless it asks for more "
                                                    + "information; enter the date and time it was filed to see when."));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    "Carrier's answer due",
                    in,
                    in.facts().appealFiled(),
                    Optional.empty(),
                    0,
                    30,
                    "The carrier pays, asks for more information, or upholds the denial.",
                    FEHB_CARRIER,
                    Guarantee.EXACT,
                    Party.PLAN,
                    "If it asks for information, you have 60 days to send it and it then "
                            + "has 30 days.");
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
                out.note(
                        "Suit against OPM: by December 31 of the third year after the year the care was provided; "
                                + "enter the first day of care refused (the denial's start date) to see the date.");
                return;
            }
            boolean fromRefused = refused.isPresent() && refused.get().isBefore(in.noticeDate());
            LocalDate careYear = fromRefused ? refused.get() : in.noticeDate();
            LocalDate suitBy = LocalDate.of(careYear.getYear() + 3, 12, 31);
            out.day(
                    DeadlineId.SUIT_LIMITATION_BY,
                    "Sue OPM (after its review)",
                    suitBy,
                    "A lawsuit over an FEHB "
                            + "claim is brought against OPM, not the carrier, by December 31 of the third year after the year "
                            + "of the care ("
                            + careYear.getYear()
                            + ", from "
                            + (fromRefused ? "the first day of care refused" : "the notice date")
                            + ").",
                    FEHB_SUIT,
                    Guarantee.EXACT,
                    Party.YOU,
                    "Both the carrier and OPM levels must be used "
                            + "first; a lawyer should confirm the date.");
        } else if (fin.isPresent()) {
            out.day(
                    DeadlineId.OPM_REVIEW_FILE_BY,
                    "Ask OPM to review",
                    fin.get().plusDays(90),
                    "Write to OPM within 90 days of the carrier's letter upholding the denial. Counted from "
                            + fin.get()
                            + ".",
                    FEHB_OPM,
                    Guarantee.EXACT,
                    Party.YOU,
                    "Both the carrier and OPM levels must be used before any lawsuit, which is brought against OPM.");
        } else if (in.facts().appealFiled().isPresent()) {
            LocalDate filed = in.facts().appealFiled().get();
            out.day(
                    DeadlineId.OPM_REVIEW_FILE_BY,
                    "Ask OPM to review (carrier silent)",
                    filed.plusDays(120),
                    "If the carrier has not answered, write to OPM within 120 days of first asking it. Counted from "
                            + filed
                            + ".",
                    FEHB_OPM,
                    Guarantee.EXACT,
                    Party.YOU,
                    "Once the carrier upholds the denial, enter that date: 90 days from its letter then applies.");
        } else {
            out.note("OPM review: 90 days from the carrier's letter upholding the denial.");
        }
    }

    private static void tricare(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                "Ask for reconsideration",
                notice.date().plusDays(90),
                "Postmarked or received within 90 days of the date on the explanation of benefits or decision. "
                        + "Counted from "
                        + notice
                        + ".",
                TRICARE_RECONSIDERATION,
                Guarantee.EXACT,
                Party.YOU,
                "Network providers are generally not proper appealing parties.");
        out.lastCoveredDay(in);
        if (in.denialType() != DenialType.POST_SERVICE) {
            ClockStart received =
                    in.receivedDate().isPresent()
                            ? new ClockStart(in.receivedDate().get(), "the day received")
                            : new ClockStart(
                                    in.noticeDate().plusDays(5),
                                    "the mailing date plus the 5 days presumed for receipt");
            out.day(
                    DeadlineId.EXPEDITED_APPEAL_FILE_BY,
                    "File the expedited appeal",
                    received.date().plusDays(3),
                    "An expedited appeal of a "
                            + (in.denialType() == DenialType.CONCURRENT
                                    ? "continued-stay"
                                    : "preadmission or preprocedure")
                            + " denial is filed within 3 calendar days of receiving it. "
                            + "Counted from "
                            + received
                            + ".",
                    TRICARE_EXPEDITED,
                    Guarantee.EXACT,
                    Party.YOU,
                    "The listed stays are inpatient, partial hospitalization, residential treatment, substance use "
                            + "residential and skilled nursing care; whether an IOP denial qualifies is not confirmed, so "
                            + "filing by this date keeps the expedited route open.");
            out.ifMissed(
                    "A later request is handled as an ordinary reconsideration, still open until its 90-day "
                            + "deadline.");
        }
        Optional<LocalDate> fin = in.facts().finalDenial();
        if (fin.isEmpty()) {
            out.note(
                    "Second reconsideration: 90 days from the reconsideration decision; enter its date.");
            return;
        }
        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            out.day(
                    DeadlineId.NEXT_LEVEL_FILE_BY,
                    "Ask the TQMC for a second reconsideration",
                    fin.get().plusDays(90),
                    "90 days to ask the TRICARE Quality Monitoring Contractor for a second reconsideration. Counted "
                            + "from "
                            + fin.get()
                            + ", the reconsideration decision's date.",
                    TRICARE_SECOND,
                    Guarantee.EXACT,
                    Party.YOU,
                    "Under $300 in dispute its decision is final; from $300 a hearing may follow.");
        } else {
            out.note(
                    "After the second reconsideration: with $300 or more in dispute a hearing may be requested "
                            + "(formal review is only for factual, not medical-necessity, determinations); the decision "
                            + "states the window.");
        }
    }
}
