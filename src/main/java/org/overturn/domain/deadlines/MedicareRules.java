package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Medicare. Advantage: plan reconsideration (42 CFR 422 subpart M), then the plan itself forwards an upheld case
 * to the independent review entity. Original: redetermination by the contractor, then QIC reconsideration.
 * Both presume a notice arrives five days after its date.
 */
final class MedicareRules implements PlanRules {

    /** Before this, CMS counted the MA window as 60 days from the notice date; its exact change date is unconfirmed. */
    static final LocalDate MA_65_DAY_GUIDANCE = LocalDate.of(2025, 1, 1);

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        if (in.planType() == PlanType.MEDICARE_ADVANTAGE) {
            advantage(in, out);
        } else {
            original(in, out);
        }
    }

    private static void advantage(DeadlineInput in, ScheduleBuilder out) {
        ClockStart receipt = in.fromReceipt(5);
        String goodCause = "Late filing may be excused for good cause."
                + (in.urgent() ? " Ask for an expedited reconsideration; a physician's request must be expedited." : "");
        if (in.receivedDate().isEmpty() && in.noticeDate().isBefore(MA_65_DAY_GUIDANCE)) {
            // Older CMS pages counted 60 days from the notice date; the earlier date is the safe one.
            out.day(DeadlineId.APPEAL_FILE_BY, "Ask the plan to reconsider", in.noticeDate().plusDays(60),
                    "60 days from the date on the notice, as CMS stated it before 2025. Counted from "
                    + in.noticeDate() + ".", MA_RECONSIDERATION_FILING, Guarantee.EXACT, Party.YOU,
                    goodCause + " Later guidance counts 60 days from receipt (5 days after the date); which applies "
                    + "to a notice dated before 2025 is unconfirmed, so verify before relying on the later date.");
        } else {
            out.day(DeadlineId.APPEAL_FILE_BY, "Ask the plan to reconsider", receipt.date().plusDays(60),
                    "60 calendar days after receiving the decision; receipt is presumed 5 days after the date on it "
                    + "(65 days from that date). Counted from " + receipt + ".", MA_RECONSIDERATION_FILING,
                    Guarantee.EXACT, Party.YOU, goodCause);
        }
        int days = in.denialType() == DenialType.POST_SERVICE ? 60 : 30;
        out.decisionAfterFiling(DeadlineId.APPEAL_DECISION_DUE, "Reconsideration decision due", in,
                in.facts().appealFiled(), in.facts().appealFiledTime(), 72, days,
                "The plan decides the reconsideration (" + (days == 60 ? "payment" : "service") + ").",
                MA_RECONSIDERATION_DECISION, Guarantee.EXACT, Party.PLAN,
                "If it upholds the denial or misses this date, it must send the case to the independent review "
                + "entity itself.");
        forwardToIre(in, out);
    }

    /** The next level is automatic: nothing to file, but the plan's forwarding deadline is worth showing. */
    private static void forwardToIre(DeadlineInput in, ScheduleBuilder out) {
        String rule = "Nothing to file: forwarding to the independent review entity (IRE) is automatic. If the plan "
                + "upholds its denial in whole or in part, or misses its decision deadline, it must forward the case "
                + "to the IRE within that same deadline.";
        if (in.facts().appealFiled().isEmpty()) {
            out.note("Medicare Advantage: after the reconsideration the plan forwards an upheld denial to the "
                    + "independent review entity itself; nothing to file.");
            return;
        }
        out.decisionAfterFiling(DeadlineId.NEXT_LEVEL_FILE_BY, "Plan forwards the case to the IRE (automatic)", in,
                in.facts().appealFiled(), in.facts().appealFiledTime(), 72,
                in.denialType() == DenialType.POST_SERVICE ? 60 : 30, rule, MA_RECONSIDERATION_DECISION,
                Guarantee.EXACT, Party.PLAN, "The IRE's own decision time is set by its CMS contract.");
    }

    private static void original(DeadlineInput in, ScheduleBuilder out) {
        ClockStart receipt = in.fromReceipt(5);
        out.day(DeadlineId.APPEAL_FILE_BY, "Ask for a redetermination", receipt.date().plusDays(120),
                "120 days after receiving the initial determination (the Medicare Summary Notice or remittance "
                + "advice); receipt is presumed 5 days after its date. Counted from " + receipt + ".",
                MEDICARE_REDETERMINATION, Guarantee.EXACT, Party.YOU, "");
        out.decisionAfterFiling(DeadlineId.APPEAL_DECISION_DUE, "Redetermination decision expected", in,
                in.facts().appealFiled(), Optional.empty(), 0, 60,
                "The Medicare contractor usually decides in about 60 days.", MEDICARE_REDETERMINATION,
                Guarantee.TYPICAL, Party.PLAN, "");
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            out.day(DeadlineId.NEXT_LEVEL_FILE_BY, "Ask the QIC to reconsider", fin.plusDays(180),
                    "180 days to ask the Qualified Independent Contractor (QIC) for reconsideration. Counted from "
                    + fin + ", the redetermination's date.", MEDICARE_QIC, Guarantee.EXACT, Party.YOU,
                    "The 180 days run from receiving the redetermination, presumed 5 days after its date unless there "
                    + "is evidence of earlier receipt (42 CFR 405.962(a)); filing within 180 days of its date is safe.");
        } else {
            out.note("QIC reconsideration: 180 days from the redetermination; enter its date to see the deadline.");
        }
    }
}
