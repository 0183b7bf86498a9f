package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Medicaid: managed care (42 CFR 438 subpart F: one plan appeal, then a State fair hearing) and fee-for-service
 * (straight to a State fair hearing, 42 CFR 431).
 */
final class MedicaidRules implements PlanRules {

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        if (in.planType() == PlanType.MEDICAID_MCO) {
            managedCare(in, out);
        } else {
            feeForService(in, out);
        }
    }

    private static void managedCare(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        out.day(DeadlineId.APPEAL_FILE_BY, "File the plan appeal", notice.date().plusDays(60),
                "60 calendar days from the date on the notice. Counted from " + notice + ".", MEDICAID_MCO_APPEAL,
                Guarantee.EXACT, Party.YOU,
                "A provider may appeal with the enrollee's written consent. The plan appeal must come before a "
                + "State fair hearing.");
        if (in.denialType() == DenialType.CONCURRENT) {
            LocalDate tenDays = notice.date().plusDays(10);
            LocalDate due = tenDays;
            String rule = "To keep services going during the appeal, file by the later of 10 days after the notice "
                    + "was sent (" + tenDays + ")";
            if (in.facts().actionEffective().isPresent()) {
                LocalDate eff = in.facts().actionEffective().get();
                due = eff.isAfter(tenDays) ? eff : tenDays;
                rule += " and the date the change takes effect (" + eff + ").";
            } else {
                rule += " and the date the change takes effect (not entered; enter it from the notice).";
            }
            out.day(DeadlineId.CONTINUED_BENEFITS_BY, "Appeal and ask for benefits to continue", due, rule,
                    MEDICAID_MCO_CONTINUATION, Guarantee.EXACT, Party.YOU,
                    "Applies to ending or reducing services already authorized, ordered by an authorized provider, "
                    + "while the authorization has not run out. The enrollee may have to repay if the plan wins.");
        }
        out.decisionAfterFiling(DeadlineId.APPEAL_DECISION_DUE, "Plan appeal decision due", in,
                in.facts().appealFiled(), in.facts().appealFiledTime(), 72, 30, "The plan resolves the appeal.",
                MEDICAID_MCO_RESOLUTION, Guarantee.EXACT, Party.PLAN,
                "The plan may extend by up to 14 days with written notice. If it misses its deadline the appeal "
                + "counts as exhausted and a State fair hearing may be requested.");
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            out.day(DeadlineId.FAIR_HEARING_FILE_BY, "Request a State fair hearing", fin.plusDays(90),
                    "The state sets the window, at least 90 and at most 120 days from the plan's appeal decision. "
                    + "Counted from " + fin + ", the decision's date.", MEDICAID_MCO_FAIR_HEARING,
                    Guarantee.MINIMUM, Party.YOU, "Your state may allow up to 120 days; the notice says which.");
        } else {
            out.note("State fair hearing: at least 90 days from the plan's appeal decision; enter the decision's "
                    + "date to see the deadline.");
        }
        hearingDecision(in, out);
    }

    private static void feeForService(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        out.day(DeadlineId.FAIR_HEARING_FILE_BY, "Request a State fair hearing", notice.date().plusDays(90),
                "The state sets a window of no more than 90 days from the date the notice was mailed. Counted from "
                + notice + ".", MEDICAID_FFS_FAIR_HEARING, Guarantee.UPPER_LIMIT, Party.YOU,
                "Your state may allow fewer days; the notice states the window, and an earlier date there wins.");
        out.note("Continued benefits in fee-for-service Medicaid follow state rules not in the app's library; "
                + "read the notice.");
        hearingDecision(in, out);
    }

    /** The hearing decision, once the hearing is requested (recorded as the external review date). */
    private static void hearingDecision(DeadlineInput in, ScheduleBuilder out) {
        if (in.facts().externalReviewFiled().isEmpty()) {
            return;
        }
        LocalDate asked = in.facts().externalReviewFiled().get();
        if (in.urgent()) {
            out.day(DeadlineId.EXTERNAL_REVIEW_DECISION_DUE, "Expedited fair hearing decision due",
                    UsFederalHolidays.plusBusinessDays(asked, 3),
                    "An expedited hearing is decided within 3 working days. Counted from " + asked
                    + ", the day requested, skipping weekends and federal holidays.", MEDICAID_HEARING_DECISION,
                    Guarantee.EXACT, Party.REVIEWER, "State holidays are not counted here; they may add a day.");
        } else {
            out.day(DeadlineId.EXTERNAL_REVIEW_DECISION_DUE, "Fair hearing decision due", asked.plusDays(90),
                    "Final agency action ordinarily within 90 days. Counted from " + asked + ", the day requested.",
                    MEDICAID_HEARING_DECISION, Guarantee.TYPICAL, Party.REVIEWER, "");
        }
    }
}
