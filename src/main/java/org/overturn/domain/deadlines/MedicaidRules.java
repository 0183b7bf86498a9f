package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Medicaid: managed care (42 CFR 438 subpart F: one plan appeal, then a State fair hearing) and
 * fee-for-service (straight to a State fair hearing, 42 CFR 431 subpart E), with the continuation
 * of benefits each allows.
 */
final class MedicaidRules implements PlanRules {

    private static final Wording WORDS = Wording.of("deadlines-medicaid");

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

    /** Managed care: the plan appeal is filed within this many calendar days of the notice. */
    static final int MCO_APPEAL_DAYS = 60;

    /** Managed care: the hour clock of an expedited plan appeal. */
    static final int MCO_EXPEDITED_HOURS = 72;

    /** Managed care: the plan's ordinary appeal decision, in days. */
    static final int MCO_DECISION_DAYS = 30;

    /** Managed care: the extension of the appeal decision the plan may take, in days. */
    static final int MCO_EXTENSION_DAYS = 14;

    /**
     * Managed care: benefits continue if asked for within this many days of the notice (or of the
     * plan's decision, for the hearing).
     */
    static final int CONTINUATION_DAYS = 10;

    /** Fee-for-service: the most the State may allow to ask for a hearing, from the notice. */
    static final int FFS_HEARING_MAX_DAYS = 90;

    /**
     * Fee-for-service: services may be reinstated on a request within this many days of the action.
     */
    static final int REINSTATE_DAYS = 10;

    /** An expedited hearing's decision, in working days. */
    static final int EXPEDITED_HEARING_WORKING_DAYS = 3;

    /** Final agency action on a hearing, ordinarily, in days. */
    static final int HEARING_DECISION_DAYS = 90;

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
                WORDS.text("mco.appeal.label"),
                notice.date().plusDays(MCO_APPEAL_DAYS),
                WORDS.fill("mco.appeal.rule", "days", MCO_APPEAL_DAYS, "start", notice),
                MEDICAID_MCO_APPEAL,
                Guarantee.EXACT,
                Party.YOU,
                WORDS.text("mco.appeal.note"));
        out.lastCoveredDay(in);
        if (in.denialType() == DenialType.CONCURRENT && in.facts().finalDenial().isEmpty()) {
            continuationThroughAppeal(in, out, notice);
        }
        int extra = in.facts().decisionExtended() ? MCO_EXTENSION_DAYS : 0;
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            WORDS.text("mco.expedited.label"),
                                            filed,
                                            in.facts().appealFiledTime(),
                                            MCO_EXPEDITED_HOURS,
                                            extra,
                                            WORDS.fill(
                                                    "mco.expedited.rule",
                                                    "hours",
                                                    MCO_EXPEDITED_HOURS),
                                            MEDICAID_MCO_RESOLUTION,
                                            Party.PLAN,
                                            extra > 0
                                                    ? ""
                                                    : WORDS.fill(
                                                            "mco.expedited.note",
                                                            "extensionDays",
                                                            MCO_EXTENSION_DAYS)),
                            () ->
                                    out.note(
                                            WORDS.fill(
                                                    "mco.expedited.enterFiled",
                                                    "hours",
                                                    MCO_EXPEDITED_HOURS,
                                                    "extensionDays",
                                                    MCO_EXTENSION_DAYS)));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    WORDS.text("mco.decision.label"),
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    MCO_DECISION_DAYS + extra,
                    extra > 0
                            ? WORDS.fill(
                                    "mco.decision.rule.extended",
                                    "days",
                                    MCO_DECISION_DAYS,
                                    "extensionDays",
                                    extra)
                            : WORDS.text("mco.decision.rule"),
                    MEDICAID_MCO_RESOLUTION,
                    Guarantee.EXACT,
                    Party.PLAN,
                    (extra > 0
                                    ? ""
                                    : WORDS.fill(
                                                    "mco.decision.mayExtend",
                                                    "extensionDays",
                                                    MCO_EXTENSION_DAYS)
                                            + " ")
                            + WORDS.text("mco.decision.exhausted"));
        }
        if (in.facts().finalDenial().isPresent()
                && in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            afterPlanDecision(in, out, in.facts().finalDenial().get());
        } else if (in.facts().finalDenial().isPresent()) {
            out.note(WORDS.text("hearingDecided"));
        } else {
            out.note(
                    WORDS.fill(
                            "mco.hearing.enterDecision",
                            "minDays",
                            MCO_HEARING_MIN_DAYS,
                            "maxDays",
                            MCO_HEARING_MAX_DAYS));
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
                    WORDS.fill(
                            "mco.continuation.pastApprovedCare",
                            "authorizedThrough",
                            in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")));
            return;
        }
        LocalDate tenDays = notice.date().plusDays(CONTINUATION_DAYS);
        Optional<LocalDate> effective = in.dateOfAction();
        LocalDate due = effective.filter(e -> e.isAfter(tenDays)).orElse(tenDays);
        String rule =
                WORDS.fill(
                        "mco.continuation.rule",
                        "days",
                        CONTINUATION_DAYS,
                        "tenDays",
                        tenDays,
                        "effective",
                        effective
                                .map(LocalDate::toString)
                                .orElse(WORDS.text("mco.continuation.effectiveNotEntered")));
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                WORDS.text("mco.continuation.label"),
                due,
                early.isPresent() ? rule : WORDS.fill("ifNotExpired", "rule", rule),
                MEDICAID_MCO_CONTINUATION,
                Guarantee.EXACT,
                Party.YOU,
                WORDS.text("mco.continuation.note"));
        out.ifMissed(WORDS.text("mco.continuation.ifMissed"));
    }

    private static void afterPlanDecision(DeadlineInput in, ScheduleBuilder out, LocalDate fin) {
        Optional<Integer> stateDays = in.facts().stateHearingDays();
        if (stateDays.isPresent()) {
            int days = stateDays.get();
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    WORDS.text("hearing.label"),
                    fin.plusDays(days),
                    WORDS.fill("mco.hearing.rule.recorded", "days", days, "finalDenial", fin),
                    MEDICAID_MCO_FAIR_HEARING,
                    Guarantee.EXACT,
                    Party.YOU,
                    "");
        } else {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    WORDS.fill("mco.hearing.label.unknown", "minDays", MCO_HEARING_MIN_DAYS),
                    fin.plusDays(MCO_HEARING_MIN_DAYS),
                    WORDS.fill(
                            "mco.hearing.rule.unknown",
                            "minDays",
                            MCO_HEARING_MIN_DAYS,
                            "maxDays",
                            MCO_HEARING_MAX_DAYS,
                            "finalDenial",
                            fin),
                    MEDICAID_MCO_FAIR_HEARING,
                    Guarantee.MINIMUM,
                    Party.YOU,
                    WORDS.text("mco.hearing.note.unknown"));
        }
        if (in.denialType() == DenialType.CONCURRENT
                && !in.endsApprovedCourse().equals(Optional.of(false))) {
            out.day(
                    DeadlineId.CONTINUED_BENEFITS_BY,
                    WORDS.text("mco.hearingContinuation.label"),
                    fin.plusDays(CONTINUATION_DAYS),
                    ifNotExpired(
                            in,
                            WORDS.fill(
                                    "mco.hearingContinuation.rule",
                                    "days",
                                    CONTINUATION_DAYS,
                                    "finalDenial",
                                    fin)),
                    MEDICAID_MCO_CONTINUATION,
                    Guarantee.EXACT,
                    Party.YOU,
                    WORDS.text("mco.hearingContinuation.note"));
            out.ifMissed(WORDS.text("mco.hearingContinuation.ifMissed"));
        }
        out.note(WORDS.text("mco.externalMedicalReview"));
    }

    /**
     * The rule, preceded by its condition when the case lacks what tells whether the denial ends
     * approved services.
     */
    private static String ifNotExpired(DeadlineInput in, String rule) {
        return in.endsApprovedCourse().isPresent()
                ? rule
                : WORDS.fill("ifNotExpired", "rule", rule);
    }

    private static void feeForService(DeadlineInput in, ScheduleBuilder out) {
        ClockStart notice = in.fromNotice();
        Optional<Integer> stateDays = in.facts().stateHearingDays();
        if (stateDays.isPresent()) {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    WORDS.text("hearing.label"),
                    notice.date().plusDays(stateDays.get()),
                    WORDS.fill(
                            "ffs.hearing.rule.recorded", "days", stateDays.get(), "start", notice),
                    MEDICAID_FFS_FAIR_HEARING,
                    Guarantee.EXACT,
                    Party.YOU,
                    "");
        } else {
            out.day(
                    DeadlineId.FAIR_HEARING_FILE_BY,
                    WORDS.fill("ffs.hearing.label.unknown", "maxDays", FFS_HEARING_MAX_DAYS),
                    notice.date().plusDays(FFS_HEARING_MAX_DAYS),
                    WORDS.fill(
                            "ffs.hearing.rule.unknown",
                            "maxDays",
                            FFS_HEARING_MAX_DAYS,
                            "start",
                            notice),
                    MEDICAID_FFS_FAIR_HEARING,
                    Guarantee.UPPER_LIMIT,
                    Party.YOU,
                    WORDS.text("ffs.hearing.note.unknown"));
        }
        out.lastCoveredDay(in);
        if (in.denialType() == DenialType.CONCURRENT) {
            continuationBeforeAction(in, out);
        }
        if (in.facts().finalDenial().isPresent()) {
            out.note(WORDS.text("hearingDecided"));
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
                    WORDS.fill(
                            "ffs.continuation.pastApprovedCare",
                            "authorizedThrough",
                            in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")));
            return;
        }
        Optional<LocalDate> action = in.dateOfAction();
        if (action.isEmpty()) {
            out.note(WORDS.text("ffs.continuation.enterAction"));
            return;
        }
        LocalDate by = action.get().minusDays(1);
        LocalDate reinstate = action.get().plusDays(REINSTATE_DAYS);
        String rule = WORDS.fill("ffs.continuation.rule", "action", action.get());
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                WORDS.text("ffs.continuation.label"),
                by,
                early.isPresent() ? rule : WORDS.fill("ifNotExpired", "rule", rule),
                MEDICAID_FFS_CONTINUATION,
                Guarantee.EXACT,
                Party.YOU,
                WORDS.text("ffs.continuation.note"));
        out.ifMissed(
                WORDS.fill(
                        "ffs.continuation.ifMissed",
                        "action",
                        action.get(),
                        "reinstateBy",
                        reinstate,
                        "days",
                        REINSTATE_DAYS));
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
                    WORDS.text("hearingDecision.expedited.label"),
                    UsFederalHolidays.plusBusinessDays(asked, EXPEDITED_HEARING_WORKING_DAYS),
                    WORDS.fill(
                            "hearingDecision.expedited.rule",
                            "workingDays",
                            EXPEDITED_HEARING_WORKING_DAYS,
                            "asked",
                            asked),
                    MEDICAID_HEARING_DECISION,
                    Guarantee.EXACT,
                    Party.REVIEWER,
                    WORDS.text("hearingDecision.expedited.note"));
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
                    WORDS.text("hearingDecision.label"),
                    filed.get().plusDays(HEARING_DECISION_DAYS + taken),
                    fin.isPresent()
                            ? WORDS.fill(
                                    "hearingDecision.mco.rule",
                                    "days",
                                    HEARING_DECISION_DAYS,
                                    "filed",
                                    filed.get(),
                                    "taken",
                                    taken,
                                    "finalDenial",
                                    fin.get(),
                                    "asked",
                                    asked)
                            : WORDS.fill(
                                    "hearingDecision.mco.rule.enterDecision",
                                    "days",
                                    HEARING_DECISION_DAYS,
                                    "filed",
                                    filed.get(),
                                    "taken",
                                    taken),
                    MEDICAID_HEARING_DECISION,
                    Guarantee.TYPICAL,
                    Party.REVIEWER,
                    "");
            return;
        }
        out.day(
                DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                WORDS.text("hearingDecision.label"),
                asked.plusDays(HEARING_DECISION_DAYS),
                in.planType() == PlanType.MEDICAID_MCO
                        ? WORDS.fill(
                                "hearingDecision.rule.enterFiled",
                                "days",
                                HEARING_DECISION_DAYS,
                                "asked",
                                asked)
                        : WORDS.fill(
                                "hearingDecision.rule",
                                "days",
                                HEARING_DECISION_DAYS,
                                "asked",
                                asked),
                MEDICAID_HEARING_DECISION,
                Guarantee.TYPICAL,
                Party.REVIEWER,
                "");
    }
}
