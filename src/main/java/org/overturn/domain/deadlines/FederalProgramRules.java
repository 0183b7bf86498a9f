package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/** FEHB (carrier reconsideration, then OPM review) and TRICARE (reconsideration, then a second one by the TQMC). */
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
        // "6 months" has no month-end rule in the sources: 31 August + 6 months is the last day of February.
        out.day(DeadlineId.APPEAL_FILE_BY, "Ask the carrier to reconsider",
                DeadlineMath.monthsLaterClamped(notice.date(), 6),
                "In writing within 6 months of the denial; a month without the same day ends on its last day. "
                + "Counted from " + notice + ".", FEHB_CARRIER, Guarantee.EXACT, Party.YOU,
                "The limit can be extended if circumstances beyond your control prevented filing.");
        out.decisionAfterFiling(DeadlineId.APPEAL_DECISION_DUE, "Carrier's answer due", in, in.facts().appealFiled(),
                Optional.empty(), 0, 30, "The carrier pays, asks for more information, or upholds the denial.",
                FEHB_CARRIER, Guarantee.EXACT, Party.PLAN,
                "If it asks for information, you have 60 days to send it and it then has 30 days."
                + (in.urgent() ? " For a pre-service urgent care claim, FEHB brochures (Section 3) promise a decision "
                + "within 72 hours of the reconsideration request; check the plan's own brochure." : ""));
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            out.day(DeadlineId.NEXT_LEVEL_FILE_BY, "Ask OPM to review", fin.plusDays(90),
                    "Write to OPM within 90 days of the carrier's letter upholding the denial. Counted from " + fin
                    + ".", FEHB_OPM, Guarantee.EXACT, Party.YOU,
                    "Both the carrier and OPM levels must be used before any lawsuit, which is brought against OPM.");
        } else if (in.facts().appealFiled().isPresent()) {
            LocalDate filed = in.facts().appealFiled().get();
            out.day(DeadlineId.NEXT_LEVEL_FILE_BY, "Ask OPM to review (carrier silent)", filed.plusDays(120),
                    "If the carrier has not answered, write to OPM within 120 days of first asking it. Counted from "
                    + filed + ".", FEHB_OPM, Guarantee.EXACT, Party.YOU,
                    "Once the carrier upholds the denial, enter that date: 90 days from its letter then applies.");
        } else {
            out.note("OPM review: 90 days from the carrier's letter upholding the denial.");
        }
    }

    private static void tricare(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        out.day(DeadlineId.APPEAL_FILE_BY, "Ask for reconsideration", notice.date().plusDays(90),
                "Postmarked or received within 90 days of the date on the explanation of benefits or decision. "
                + "Counted from " + notice + ".", TRICARE_RECONSIDERATION, Guarantee.EXACT, Party.YOU,
                "Network providers are generally not proper appealing parties.");
        if (in.urgent() && in.denialType() != DenialType.POST_SERVICE) {
            LocalDate expedited = in.fromReceipt(5).date().plusDays(3);
            out.note("TRICARE's expedited appeal (3 days from receipt, presumed 5 days after mailing: by " + expedited
                    + ") covers concurrent inpatient, partial hospitalization, residential and skilled nursing stays "
                    + "and preadmission or preprocedure denials; whether it covers IOP is unconfirmed, so verify "
                    + "before relying on it.");
        }
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            out.day(DeadlineId.NEXT_LEVEL_FILE_BY, "Ask the TQMC for a second reconsideration", fin.plusDays(90),
                    "90 days to ask the TRICARE Quality Monitoring Contractor for a second reconsideration. Counted "
                    + "from " + fin + ", the reconsideration decision's date.", TRICARE_SECOND, Guarantee.EXACT,
                    Party.YOU, "Under $300 in dispute its decision is final; from $300 a hearing may follow (its "
                    + "filing window is unconfirmed; verify before relying on it).");
        } else {
            out.note("Second reconsideration: 90 days from the reconsideration decision; enter its date.");
        }
    }
}
