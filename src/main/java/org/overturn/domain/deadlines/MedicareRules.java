package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Medicare. Advantage: plan reconsideration (42 CFR 422 subpart M), which the plan itself forwards
 * to the independent review entity when upheld, then an ALJ hearing, the Medicare Appeals Council
 * and court. Original: redetermination by the contractor, QIC reconsideration, then the same ALJ,
 * Council and court steps. Both presume a notice arrives five days after its date; a later receipt
 * never moves the deadline, it is at most good cause for more time.
 */
final class MedicareRules implements PlanRules {

    private static final Wording WORDS = Wording.of("deadlines-medicare");

    /** Days after its date a notice is presumed received. */
    static final int PRESUMED_DAYS = 5;

    /** Advantage: days after receipt to ask the plan to reconsider. */
    static final int MA_APPEAL_DAYS = 60;

    /** Advantage: the hour clock of an expedited reconsideration. */
    static final int MA_EXPEDITED_HOURS = 72;

    /** Advantage: the decision extension the plan may take, in days. */
    static final int MA_EXTENSION_DAYS = 14;

    /** Advantage: the reconsideration decision, in days, for payment and for a service. */
    static final int MA_PAYMENT_DECISION_DAYS = 60;

    static final int MA_SERVICE_DECISION_DAYS = 30;

    /** Each step after the independent level: days after receiving the decision before it. */
    static final int LATER_STEP_DAYS = 60;

    /** Original: days after receipt to ask for a redetermination. */
    static final int REDETERMINATION_DAYS = 120;

    /** Original: the contractor's usual time to decide a redetermination, in days. */
    static final int REDETERMINATION_DECISION_DAYS = 60;

    /** Original: days after the redetermination to ask the QIC to reconsider. */
    static final int QIC_DAYS = 180;

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
            WORDS.fill("later.note", "days", LATER_STEP_DAYS, "presumedDays", PRESUMED_DAYS);

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
        LocalDate presumed = in.noticeDate().plusDays(PRESUMED_DAYS);
        if (in.receivedDate().isPresent() && in.receivedDate().get().isBefore(presumed)) {
            return new ClockStart(
                    in.receivedDate().get(),
                    WORDS.fill("receipt.earlier", "presumedDays", PRESUMED_DAYS));
        }
        return new ClockStart(
                presumed, WORDS.fill("receipt.presumed", "presumedDays", PRESUMED_DAYS));
    }

    private static void lateReceipt(DeadlineInput in, ScheduleBuilder out, int days, String cite) {
        LocalDate presumed = in.noticeDate().plusDays(PRESUMED_DAYS);
        in.receivedDate()
                .filter(r -> r.isAfter(presumed))
                .ifPresent(
                        r ->
                                out.note(
                                        WORDS.fill(
                                                "receipt.late",
                                                "received",
                                                r,
                                                "presumedDays",
                                                PRESUMED_DAYS,
                                                "days",
                                                days,
                                                "wouldBe",
                                                r.plusDays(days),
                                                "regulation",
                                                cite)));
    }

    private static void advantage(DeadlineInput in, ScheduleBuilder out) {
        String goodCause =
                WORDS.text("ma.goodCause")
                        + (in.urgent() ? " " + WORDS.text("ma.goodCause.urgent") : "");
        if (in.receivedDate().isEmpty() && in.noticeDate().isBefore(MA_65_DAY_GUIDANCE)) {
            // Older CMS pages counted 60 days from the notice date; the earlier date is the safe
            // one.
            out.day(
                    DeadlineId.APPEAL_FILE_BY,
                    WORDS.text("ma.appeal.label"),
                    in.noticeDate().plusDays(MA_APPEAL_DAYS),
                    WORDS.fill(
                            "ma.appeal.oldGuidance.rule",
                            "days",
                            MA_APPEAL_DAYS,
                            "year",
                            MA_65_DAY_GUIDANCE.getYear(),
                            "noticeDate",
                            in.noticeDate()),
                    MA_RECONSIDERATION_FILING,
                    Guarantee.EXACT,
                    Party.YOU,
                    goodCause
                            + " "
                            + WORDS.fill(
                                    "ma.appeal.oldGuidance.note",
                                    "days",
                                    MA_APPEAL_DAYS,
                                    "presumedDays",
                                    PRESUMED_DAYS,
                                    "year",
                                    MA_65_DAY_GUIDANCE.getYear()));
        } else {
            ClockStart r = receipt(in);
            out.day(
                    DeadlineId.APPEAL_FILE_BY,
                    WORDS.text("ma.appeal.label"),
                    r.date().plusDays(MA_APPEAL_DAYS),
                    WORDS.fill(
                            "ma.appeal.rule",
                            "days",
                            MA_APPEAL_DAYS,
                            "presumedDays",
                            PRESUMED_DAYS,
                            "total",
                            MA_APPEAL_DAYS + PRESUMED_DAYS,
                            "start",
                            r),
                    MA_RECONSIDERATION_FILING,
                    Guarantee.EXACT,
                    Party.YOU,
                    goodCause);
            lateReceipt(in, out, MA_APPEAL_DAYS, "42 CFR 422.582(c)");
        }
        out.lastCoveredDay(in);
        boolean payment = in.denialType() == DenialType.POST_SERVICE;
        int extra = in.facts().decisionExtended() && !payment ? MA_EXTENSION_DAYS : 0;
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            WORDS.text("ma.expedited.label"),
                                            filed,
                                            in.facts().appealFiledTime(),
                                            MA_EXPEDITED_HOURS,
                                            extra,
                                            WORDS.fill(
                                                    "ma.expedited.rule",
                                                    "hours",
                                                    MA_EXPEDITED_HOURS),
                                            MA_RECONSIDERATION_DECISION,
                                            Party.PLAN,
                                            extra > 0
                                                    ? ""
                                                    : WORDS.fill(
                                                            "ma.expedited.note",
                                                            "extensionDays",
                                                            MA_EXTENSION_DAYS)),
                            () ->
                                    out.note(
                                            WORDS.fill(
                                                    "ma.expedited.enterFiled",
                                                    "hours",
                                                    MA_EXPEDITED_HOURS,
                                                    "extensionDays",
                                                    MA_EXTENSION_DAYS)));
        } else {
            int days = payment ? MA_PAYMENT_DECISION_DAYS : MA_SERVICE_DECISION_DAYS;
            String rule;
            if (payment) {
                rule = WORDS.fill("ma.decision.rule.payment", "days", days);
            } else if (extra > 0) {
                rule =
                        WORDS.fill(
                                "ma.decision.rule.serviceExtended",
                                "days",
                                days,
                                "extensionDays",
                                extra);
            } else {
                rule = WORDS.fill("ma.decision.rule.service", "days", days);
            }
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    WORDS.text("ma.decision.label"),
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    days + extra,
                    rule,
                    MA_RECONSIDERATION_DECISION,
                    Guarantee.EXACT,
                    Party.PLAN,
                    WORDS.text("ma.decision.note"));
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
                                        WORDS.text("ma.independent")));
    }

    /**
     * The next level is automatic: nothing to file, but the plan's forwarding deadline is worth
     * showing.
     */
    private static void forwardToIre(DeadlineInput in, ScheduleBuilder out, int extra) {
        String rule = WORDS.text("ma.forward.rule");
        if (in.facts().appealFiled().isEmpty()) {
            out.note(WORDS.text("ma.forward.enterFiled"));
            return;
        }
        out.decisionAfterFiling(
                DeadlineId.NEXT_LEVEL_FILE_BY,
                WORDS.text("ma.forward.label"),
                in,
                in.facts().appealFiled(),
                in.facts().appealFiledTime(),
                MA_EXPEDITED_HOURS,
                (in.denialType() == DenialType.POST_SERVICE
                                ? MA_PAYMENT_DECISION_DAYS
                                : MA_SERVICE_DECISION_DAYS)
                        + extra,
                rule,
                MA_RECONSIDERATION_DECISION,
                Guarantee.EXACT,
                Party.PLAN,
                WORDS.text("ma.forward.note"));
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
                            WORDS.text("later.alj.label"),
                            fin.plusDays(LATER_STEP_DAYS),
                            WORDS.fill(
                                    "later.alj.rule",
                                    "days",
                                    LATER_STEP_DAYS,
                                    "independent",
                                    independent,
                                    "decision",
                                    fin),
                            alj,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE + " " + WORDS.text("later.alj.amount"));
            case HEARING ->
                    out.day(
                            DeadlineId.COUNCIL_REVIEW_FILE_BY,
                            WORDS.text("later.council.label"),
                            fin.plusDays(LATER_STEP_DAYS),
                            WORDS.fill(
                                    "later.council.rule", "days", LATER_STEP_DAYS, "decision", fin),
                            council,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE);
            case COUNCIL ->
                    out.day(
                            DeadlineId.COURT_FILE_BY,
                            WORDS.text("later.court.label"),
                            fin.plusDays(LATER_STEP_DAYS),
                            WORDS.fill(
                                    "later.court.rule", "days", LATER_STEP_DAYS, "decision", fin),
                            court,
                            Guarantee.EXACT,
                            Party.YOU,
                            LATER_STEP_NOTE + " " + WORDS.text("later.court.amount"));
            case INTERNAL -> {}
        }
    }

    private static void original(DeadlineInput in, ScheduleBuilder out) {
        ClockStart r = receipt(in);
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                WORDS.text("original.appeal.label"),
                r.date().plusDays(REDETERMINATION_DAYS),
                WORDS.fill(
                        "original.appeal.rule",
                        "days",
                        REDETERMINATION_DAYS,
                        "presumedDays",
                        PRESUMED_DAYS,
                        "total",
                        REDETERMINATION_DAYS + PRESUMED_DAYS,
                        "start",
                        r),
                MEDICARE_REDETERMINATION,
                Guarantee.EXACT,
                Party.YOU,
                "");
        lateReceipt(in, out, REDETERMINATION_DAYS, "42 CFR 405.942");
        out.lastCoveredDay(in);
        out.decisionAfterFiling(
                DeadlineId.APPEAL_DECISION_DUE,
                WORDS.text("original.decision.label"),
                in,
                in.facts().appealFiled(),
                Optional.empty(),
                0,
                REDETERMINATION_DECISION_DAYS,
                WORDS.fill("original.decision.rule", "days", REDETERMINATION_DECISION_DAYS),
                MEDICARE_REDETERMINATION,
                Guarantee.TYPICAL,
                Party.PLAN,
                "");
        if (in.facts().finalDenial().isEmpty()) {
            out.note(WORDS.fill("original.qic.enterDecision", "days", QIC_DAYS));
            return;
        }
        LocalDate fin = in.facts().finalDenial().get();
        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            out.day(
                    DeadlineId.QIC_FILE_BY,
                    WORDS.text("original.qic.label"),
                    fin.plusDays(QIC_DAYS),
                    WORDS.fill("original.qic.rule", "days", QIC_DAYS, "decision", fin),
                    MEDICARE_QIC,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.fill(
                            "original.qic.note", "days", QIC_DAYS, "presumedDays", PRESUMED_DAYS));
        } else {
            laterSteps(
                    out,
                    fin,
                    in.facts().finalDenialLevel(),
                    MEDICARE_ALJ,
                    MEDICARE_COUNCIL,
                    MEDICARE_COURT,
                    WORDS.text("original.independent"));
        }
    }
}
