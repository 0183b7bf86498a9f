package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Medicaid: managed care (42 CFR 438 subpart F: one plan appeal, then a State fair hearing) and
 * fee-for-service (straight to a State fair hearing, 42 CFR 431 subpart E), with the continuation
 * of benefits each allows.
 */
final class MedicaidRules implements PlanRules {

    /**
     * The fair hearing window federal rules give managed care enrollees from the plan's resolution.
     */
    /**
     * The State sets the managed care hearing window between these (42 CFR 438.408(f)(2) since
     * December 2020); the shortest is the safe date until the State's own window is recorded from
     * the notice.
     */
    static final int MCO_HEARING_MIN_DAYS = 90;

    static final int MCO_HEARING_MAX_DAYS = 120;

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
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                "File the plan appeal",
                notice.date().plusDays(60),
                "60 calendar days from the date on the notice. Counted from " + notice + ".",
                MEDICAID_MCO_APPEAL,
                Guarantee.EXACT,
                Party.YOU,
                "A provider may appeal with the enrollee's written consent. The plan appeal must come before a "
                        + "State fair hearing.");
        out.lastCoveredDay(in);
        if (in.denialType() == DenialType.CONCURRENT && in.facts().finalDenial().isEmpty()) {
            continuationThroughAppeal(in, out, notice);
        }
        int extra = in.facts().decisionExtended() ? 14 : 0;
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            "Expedited plan appeal decision due",
                                            filed,
                                            in.facts().appealFiledTime(),
                                            72,
                                            extra,
                                            "The plan resolves an expedited appeal within 72 hours of receiving it.",
                                            MEDICAID_MCO_RESOLUTION,
                                            Party.PLAN,
                                            extra > 0
                                                    ? ""
                                                    : "The plan may extend by up to 14 days with written notice; "
                                                            + "record it on the clock if it does. A missed deadline counts as exhausting the plan appeal."),
                            () ->
                                    out.note(
                                            "Expedited plan appeal: resolved within 72 hours of receipt (the plan may extend "
                                                    + "by up to 14 days); enter the date and time it was filed to see when."));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    "Plan appeal decision due",
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    30 + extra,
                    "The plan resolves the appeal"
                            + (extra > 0 ? " (30 days, plus the 14-day extension it took)." : "."),
                    MEDICAID_MCO_RESOLUTION,
                    Guarantee.EXACT,
                    Party.PLAN,
                    (extra > 0 ? "" : "The plan may extend by up to 14 days with written notice. ")
                            + "If it misses its deadline the appeal counts as exhausted and a State fair hearing may be "
                            + "requested.");
        }
        if (in.facts().finalDenial().isPresent()
                && in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            afterPlanDecision(in, out, in.facts().finalDenial().get());
        } else if (in.facts().finalDenial().isPresent()) {
            out.note(
                    "The State fair hearing has decided; review in the state courts follows state law, and the "
                            + "decision says how and by when.");
        } else {
            out.note(
                    "State fair hearing: the State's window, "
                            + MCO_HEARING_MIN_DAYS
                            + " to "
                            + MCO_HEARING_MAX_DAYS
                            + " days from the plan's appeal decision; enter the decision's date to see the deadline.");
        }
        hearingDecision(in, out);
    }

    /**
     * 438.420(a)-(b): benefits continue through the plan appeal when approved services are ended or
     * reduced while the authorization runs, if the enrollee asks by the later of 10 days from the
     * notice and the effective date.
     */
    private static void continuationThroughAppeal(
            DeadlineInput in, ScheduleBuilder out, ClockStart notice) {
        Optional<Boolean> early = in.endsApprovedCourse();
        if (early.isPresent() && !early.get()) {
            out.note(
                    "Continued benefits: this denial refuses care after the approved period ("
                            + in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")
                            + "), and benefits "
                            + "continue only while an authorization runs, so none continue during the appeal.");
            return;
        }
        LocalDate tenDays = notice.date().plusDays(10);
        Optional<LocalDate> effective = in.dateOfAction();
        LocalDate due = effective.filter(e -> e.isAfter(tenDays)).orElse(tenDays);
        String condition = early.isPresent() ? "" : "If the authorization has not expired: ";
        String rule =
                condition
                        + "To keep services going during the plan appeal, the enrollee files the appeal and "
                        + "asks for benefits to continue by the later of 10 days after the notice ("
                        + tenDays
                        + ") and the "
                        + "date the change takes effect ("
                        + effective
                                .map(LocalDate::toString)
                                .orElse("not entered; enter it from the notice")
                        + ").";
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                "Enrollee asks for benefits to continue",
                due,
                rule,
                MEDICAID_MCO_CONTINUATION,
                Guarantee.EXACT,
                Party.YOU,
                "Only the enrollee (or a representative) can ask; tell the patient. It applies to services already "
                        + "authorized, ordered by an authorized provider. The enrollee may have to repay if the plan wins.");
        out.ifMissed(
                "Services may stop during the plan appeal. The appeal itself stays open until its own "
                        + "deadline.");
    }

    private static void afterPlanDecision(DeadlineInput in, ScheduleBuilder out, LocalDate fin) {
        Optional<Integer> stateDays = in.facts().stateHearingDays();
        if (stateDays.isPresent()) {
            int days = stateDays.get();
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    "Request a State fair hearing",
                    fin.plusDays(days),
                    "The State's window as recorded from the notice: "
                            + days
                            + " days from the plan's notice "
                            + "upholding the denial. Counted from "
                            + fin
                            + ", the decision's date.",
                    MEDICAID_MCO_FAIR_HEARING,
                    Guarantee.EXACT,
                    Party.YOU,
                    "");
        } else {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    "Request a State fair hearing (at least "
                            + MCO_HEARING_MIN_DAYS
                            + " days; check your state's notice)",
                    fin.plusDays(MCO_HEARING_MIN_DAYS),
                    "The State sets a window of "
                            + MCO_HEARING_MIN_DAYS
                            + " to "
                            + MCO_HEARING_MAX_DAYS
                            + " days "
                            + "from the plan's notice upholding the denial; the shortest is shown. Counted from "
                            + fin
                            + ", the decision's date.",
                    MEDICAID_MCO_FAIR_HEARING,
                    Guarantee.MINIMUM,
                    Party.YOU,
                    "The notice states the State's window; record it on the clock to see the real date.");
        }
        if (in.denialType() == DenialType.CONCURRENT
                && !in.endsApprovedCourse().equals(Optional.of(false))) {
            out.day(
                    DeadlineId.CONTINUED_BENEFITS_BY,
                    "Ask for the hearing with benefits continuing",
                    fin.plusDays(10),
                    (in.endsApprovedCourse().isPresent()
                                    ? ""
                                    : "If the authorization has not " + "expired: ")
                            + "Benefits that continued through the plan appeal go on through the hearing only "
                            + "if the enrollee asks for the hearing, and for benefits to continue, within 10 days after the "
                            + "plan's notice upholding the denial. Counted from "
                            + fin
                            + ".",
                    MEDICAID_MCO_CONTINUATION,
                    Guarantee.EXACT,
                    Party.YOU,
                    "Only the enrollee (or a representative) can ask.");
            out.ifMissed(
                    "Continued benefits end. The hearing itself can still be requested until its own deadline.");
        }
        out.note(
                "State external medical review, where the State offers one, is optional, runs alongside the fair "
                        + "hearing and does not extend the hearing deadline.");
    }

    private static void feeForService(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        Optional<Integer> stateDays = in.facts().stateHearingDays();
        if (stateDays.isPresent()) {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    "Request a State fair hearing",
                    notice.date().plusDays(stateDays.get()),
                    "The State's window as recorded from the notice: "
                            + stateDays.get()
                            + " days from the date the notice was mailed. Counted from "
                            + notice
                            + ".",
                    MEDICAID_FFS_FAIR_HEARING,
                    Guarantee.EXACT,
                    Party.YOU,
                    "");
        } else {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    "Request a State fair hearing (at most 90 days; check your "
                            + "state's notice)",
                    notice.date().plusDays(90),
                    "The State sets a window of no more than 90 days "
                            + "from the date the notice was mailed. Counted from "
                            + notice
                            + ".",
                    MEDICAID_FFS_FAIR_HEARING,
                    Guarantee.UPPER_LIMIT,
                    Party.YOU,
                    "The State may allow fewer days; the notice states the window. "
                            + "Record it on the clock to see the real date.");
        }
        out.lastCoveredDay(in);
        if (in.denialType() == DenialType.CONCURRENT) {
            continuationBeforeAction(in, out);
        }
        if (in.facts().finalDenial().isPresent()) {
            out.note(
                    "The State fair hearing has decided; review in the state courts follows state law, and the "
                            + "decision says how and by when.");
        }
        hearingDecision(in, out);
    }

    /**
     * 431.230: with the advance notice given, a hearing asked for before the date of action keeps
     * services until the decision; 431.231: after it, the agency may reinstate on a request within
     * 10 days of the action, and must where it gave no proper advance notice.
     */
    private static void continuationBeforeAction(DeadlineInput in, ScheduleBuilder out) {
        Optional<Boolean> early = in.endsApprovedCourse();
        if (early.isPresent() && !early.get()) {
            out.note(
                    "Continued benefits: this denial refuses care after the approved period ("
                            + in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")
                            + "), so no approved "
                            + "service is ended and none continues during the hearing.");
            return;
        }
        Optional<LocalDate> action = in.dateOfAction();
        if (action.isEmpty()) {
            out.note(
                    "Continued benefits: a hearing requested before the date of action on the notice keeps "
                            + "services going until the decision; enter that date to see by when.");
            return;
        }
        LocalDate by = action.get().minusDays(1);
        LocalDate reinstate = action.get().plusDays(10);
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                "Request the hearing before the date of action",
                by,
                (early.isPresent() ? "" : "If the authorization has not expired: ")
                        + "When the agency sent advance "
                        + "notice of ending or reducing services, a hearing requested before the date of action ("
                        + action.get()
                        + ") keeps them going until the hearing decision.",
                MEDICAID_FFS_CONTINUATION,
                Guarantee.EXACT,
                Party.YOU,
                "The agency may recover the cost of services given only because of "
                        + "this if the hearing upholds it.");
        out.ifMissed(
                "Services may stop on "
                        + action.get()
                        + ". A hearing requested by "
                        + reinstate
                        + " (within 10 "
                        + "days of the date of action) may still get them reinstated, and must where the agency gave no "
                        + "proper advance notice (42 CFR 431.231).");
    }

    /**
     * The hearing decision, once the hearing is requested (recorded as the external review date).
     */
    private static void hearingDecision(DeadlineInput in, ScheduleBuilder out) {
        if (in.facts().externalReviewFiled().isEmpty()) {
            return;
        }
        LocalDate asked = in.facts().externalReviewFiled().get();
        if (in.urgent()) {
            out.day(
                    DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                    "Expedited fair hearing decision due",
                    UsFederalHolidays.plusBusinessDays(asked, 3),
                    "An expedited hearing is decided within 3 working days. Counted from "
                            + asked
                            + ", the day requested, skipping weekends and federal holidays.",
                    MEDICAID_HEARING_DECISION,
                    Guarantee.EXACT,
                    Party.REVIEWER,
                    "State holidays are not counted here; they may add a day.");
            return;
        }
        Optional<LocalDate> filed = in.facts().appealFiled();
        Optional<LocalDate> fin = in.facts().finalDenial();
        if (in.planType() == PlanType.MEDICAID_MCO && filed.isPresent()) {
            // 431.244(f)(1)(i): 90 days from the plan appeal, not counting the days taken to ask
            // for the hearing.
            long taken =
                    fin.filter(f -> !f.isAfter(asked))
                            .map(f -> ChronoUnit.DAYS.between(f, asked))
                            .orElse(0L);
            out.day(
                    DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                    "Fair hearing decision due",
                    filed.get().plusDays(90 + taken),
                    "Final agency action ordinarily within 90 days of the day the "
                            + "plan appeal was filed ("
                            + filed.get()
                            + "), not counting the "
                            + taken
                            + " days taken to ask for "
                            + "the hearing"
                            + (fin.isPresent()
                                    ? " (from the plan's decision on "
                                            + fin.get()
                                            + " to "
                                            + asked
                                            + ")."
                                    : "; enter the plan's decision date to count them."),
                    MEDICAID_HEARING_DECISION,
                    Guarantee.TYPICAL,
                    Party.REVIEWER,
                    "");
            return;
        }
        out.day(
                DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                "Fair hearing decision due",
                asked.plusDays(90),
                "Final agency action ordinarily within 90 days. Counted from "
                        + asked
                        + ", the day requested"
                        + (in.planType() == PlanType.MEDICAID_MCO
                                ? "; enter the date the plan appeal was filed, which the "
                                        + "rule counts from."
                                : "."),
                MEDICAID_HEARING_DECISION,
                Guarantee.TYPICAL,
                Party.REVIEWER,
                "");
    }
}
