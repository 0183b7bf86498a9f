package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Medicare. Advantage: plan reconsideration (42 CFR 422 subpart M), which the plan itself forwards
 * to the independent review entity when upheld, then an ALJ hearing, the Medicare Appeals Council
 * and court. Original: redetermination by the contractor, QIC reconsideration, then the same ALJ,
 * Council and court steps. Both presume a notice arrives five days after its date; a later receipt
 * never moves the deadline, it is at most good cause for more time.
 */
final class MedicareRules implements PlanRules {

    /**
     * Before this, CMS counted the MA window as 60 days from the notice date; its exact change date
     * is unconfirmed.
     */
    static final LocalDate MA_65_DAY_GUIDANCE = LocalDate.of(2025, 1, 1);

    /**
     * Each later step: 60 days after receiving the decision; receipt is presumed 5 days after its
     * date.
     */
    private static final String LATER_STEP_NOTE =
            "The 60 days run from receiving the decision, presumed 5 days after "
                    + "its date; filing within 60 days of its date is safe.";

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        if (in.planType() == PlanType.MEDICARE_ADVANTAGE) {
            advantage(in, out);
        } else {
            original(in, out);
        }
    }

    /**
     * Where a Medicare rule counts from receipt presumed 5 days after the notice: the presumed day,
     * or an earlier day the notice is known to have arrived. A later receipt never moves the
     * deadline.
     */
    static ClockStart receipt(DeadlineInput in) {
        LocalDate presumed = in.noticeDate().plusDays(5);
        if (in.receivedDate().isPresent() && in.receivedDate().get().isBefore(presumed)) {
            return new ClockStart(
                    in.receivedDate().get(), "the day received, earlier than the 5 days presumed");
        }
        return new ClockStart(presumed, "the notice date plus the 5 days presumed for delivery");
    }

    private static void lateReceipt(DeadlineInput in, ScheduleBuilder out, int days, String cite) {
        LocalDate presumed = in.noticeDate().plusDays(5);
        in.receivedDate()
                .filter(r -> r.isAfter(presumed))
                .ifPresent(
                        r ->
                                out.note(
                                        "Received on "
                                                + r
                                                + ", later than "
                                                + "the 5 days presumed: the deadline does not move, but a late-receipt extension may be asked for "
                                                + "(good cause; "
                                                + days
                                                + " days from receipt would be "
                                                + r.plusDays(days)
                                                + ", "
                                                + cite
                                                + ")."));
    }

    private static void advantage(DeadlineInput in, ScheduleBuilder out) {
        String goodCause =
                "Late filing may be excused for good cause."
                        + (in.urgent()
                                ? " Ask for an expedited reconsideration; a physician's request must be expedited."
                                : "");
        if (in.receivedDate().isEmpty() && in.noticeDate().isBefore(MA_65_DAY_GUIDANCE)) {
            // Older CMS pages counted 60 days from the notice date; the earlier date is the safe
            // one.
            out.day(
                    DeadlineId.APPEAL_FILE_BY,
                    "Ask the plan to reconsider",
                    in.noticeDate().plusDays(60),
                    "60 days from the date on the notice, as CMS stated it before 2025. Counted from "
                            + in.noticeDate()
                            + ".",
                    MA_RECONSIDERATION_FILING,
                    Guarantee.EXACT,
                    Party.YOU,
                    goodCause
                            + " Later guidance counts 60 days from receipt (5 days after the date); which applies "
                            + "to a notice dated before 2025 is unconfirmed, so verify before relying on the later date.");
        } else {
            ClockStart r = receipt(in);
            out.day(
                    DeadlineId.APPEAL_FILE_BY,
                    "Ask the plan to reconsider",
                    r.date().plusDays(60),
                    "60 calendar days after receiving the decision; receipt is presumed 5 days after the date on it "
                            + "(65 days from that date). Counted from "
                            + r
                            + ".",
                    MA_RECONSIDERATION_FILING,
                    Guarantee.EXACT,
                    Party.YOU,
                    goodCause);
            lateReceipt(in, out, 60, "42 CFR 422.582(c)");
        }
        out.lastCoveredDay(in);
        boolean payment = in.denialType() == DenialType.POST_SERVICE;
        int extra = in.facts().decisionExtended() && !payment ? 14 : 0;
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            "Expedited reconsideration decision due",
                                            filed,
                                            in.facts().appealFiledTime(),
                                            72,
                                            extra,
                                            "The plan decides an expedited reconsideration within 72 hours of receiving it.",
                                            MA_RECONSIDERATION_DECISION,
                                            Party.PLAN,
                                            extra > 0
                                                    ? ""
                                                    : "The plan may extend by up to 14 days "
                                                            + "in the cases the rule allows; record it on the clock if it does."),
                            () ->
                                    out.note(
                                            "Expedited reconsideration: decided within 72 hours of receipt (the plan may "
                                                    + "extend by up to 14 days); enter the date and time it was filed to see when."));
        } else {
            int days = payment ? 60 : 30;
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    "Reconsideration decision due",
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    days + extra,
                    "The plan decides the reconsideration ("
                            + (payment
                                    ? "payment, 60 days"
                                    : "service, 30 days"
                                            + (extra > 0
                                                    ? ", plus the 14-day extension it took"
                                                    : ""))
                            + ").",
                    MA_RECONSIDERATION_DECISION,
                    Guarantee.EXACT,
                    Party.PLAN,
                    "If it upholds the denial or misses this date, it must send the case to the independent review "
                            + "entity itself.");
        }
        DecisionLevel level = in.facts().finalDenialLevel();
        if (in.facts().finalDenial().isEmpty() || level == DecisionLevel.INTERNAL) {
            forwardToIre(in, out, extra);
        }
        in.facts()
                .finalDenial()
                .ifPresent(
                        fin ->
                                laterSteps(
                                        out,
                                        fin,
                                        level,
                                        MA_ALJ,
                                        MA_COUNCIL,
                                        MA_COURT,
                                        "the independent review entity"));
    }

    /**
     * The next level is automatic: nothing to file, but the plan's forwarding deadline is worth
     * showing.
     */
    private static void forwardToIre(DeadlineInput in, ScheduleBuilder out, int extra) {
        String rule =
                "Nothing to file: forwarding to the independent review entity (IRE) is automatic. If the plan "
                        + "upholds its denial in whole or in part, or misses its decision deadline, it must forward the case "
                        + "to the IRE within that same deadline.";
        if (in.facts().appealFiled().isEmpty()) {
            out.note(
                    "Medicare Advantage: after the reconsideration the plan forwards an upheld denial to the "
                            + "independent review entity itself; nothing to file.");
            return;
        }
        out.decisionAfterFiling(
                DeadlineId.NEXT_LEVEL_FILE_BY,
                "Plan forwards the case to the IRE (automatic)",
                in,
                in.facts().appealFiled(),
                in.facts().appealFiledTime(),
                72,
                (in.denialType() == DenialType.POST_SERVICE ? 60 : 30) + extra,
                rule,
                MA_RECONSIDERATION_DECISION,
                Guarantee.EXACT,
                Party.PLAN,
                "The IRE's own decision time is set by its CMS contract.");
    }

    /**
     * After the independent level: an ALJ hearing, then the Medicare Appeals Council, then federal
     * court, each 60 days after the decision before it. {@code fin} is the latest decision and
     * {@code level} the level it was made at (for Original Medicare the internal level is the
     * redetermination, handled by the caller).
     */
    private static void laterSteps(
            ScheduleBuilder out,
            LocalDate fin,
            DecisionLevel level,
            String alj,
            String council,
            String court,
            String independent) {
        switch (level) {
            case EXTERNAL ->
                    out.day(
                            DeadlineId.ALJ_HEARING_FILE_BY,
                            "Ask for an ALJ hearing",
                            fin.plusDays(60),
                            "60 days to ask for a hearing before an administrative law judge after "
                                    + independent
                                    + " upholds the denial. Counted from "
                                    + fin
                                    + ", its decision's date.",
                            alj,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE
                                    + " The amount in controversy must reach the year's minimum (2025: "
                                    + "$190); the decision states how to ask.");
            case HEARING ->
                    out.day(
                            DeadlineId.COUNCIL_REVIEW_FILE_BY,
                            "Ask the Medicare Appeals Council to review",
                            fin.plusDays(60),
                            "60 days to ask the Medicare Appeals Council to review the ALJ's decision. "
                                    + "Counted from "
                                    + fin
                                    + ", the ALJ decision's date.",
                            council,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE);
            case COUNCIL ->
                    out.day(
                            DeadlineId.COURT_FILE_BY,
                            "File in federal district court",
                            fin.plusDays(60),
                            "60 days to bring the case to federal district court after the Council's "
                                    + "decision. Counted from "
                                    + fin
                                    + ", the Council decision's date.",
                            court,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE
                                    + " The amount in controversy must reach the year's minimum for court "
                                    + "(2025: $1,900).");
            case INTERNAL -> {}
        }
    }

    private static void original(DeadlineInput in, ScheduleBuilder out) {
        ClockStart r = receipt(in);
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                "Ask for a redetermination",
                r.date().plusDays(120),
                "120 days after receiving the initial determination (the Medicare Summary Notice or remittance "
                        + "advice); receipt is presumed 5 days after its date (125 days from that date). Counted from "
                        + r
                        + ".",
                MEDICARE_REDETERMINATION,
                Guarantee.EXACT,
                Party.YOU,
                "");
        lateReceipt(in, out, 120, "42 CFR 405.942");
        out.lastCoveredDay(in);
        out.decisionAfterFiling(
                DeadlineId.APPEAL_DECISION_DUE,
                "Redetermination decision expected",
                in,
                in.facts().appealFiled(),
                Optional.empty(),
                0,
                60,
                "The Medicare contractor usually decides in about 60 days.",
                MEDICARE_REDETERMINATION,
                Guarantee.TYPICAL,
                Party.PLAN,
                "");
        if (in.facts().finalDenial().isEmpty()) {
            out.note(
                    "QIC reconsideration: 180 days from the redetermination; enter its date to see the deadline.");
            return;
        }
        LocalDate fin = in.facts().finalDenial().get();
        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            out.day(
                    DeadlineId.QIC_FILE_BY,
                    "Ask the QIC to reconsider",
                    fin.plusDays(180),
                    "180 days to ask the Qualified Independent Contractor (QIC) for reconsideration. Counted from "
                            + fin
                            + ", the redetermination's date.",
                    MEDICARE_QIC,
                    Guarantee.EXACT,
                    Party.YOU,
                    "The 180 days run from receiving the redetermination, presumed 5 days after its date unless there "
                            + "is evidence of earlier receipt (42 CFR 405.962(a)); filing within 180 days of its date is safe.");
        } else {
            laterSteps(
                    out,
                    fin,
                    in.facts().finalDenialLevel(),
                    MEDICARE_ALJ,
                    MEDICARE_COUNCIL,
                    MEDICARE_COURT,
                    "the QIC");
        }
    }
}
