package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Employer plans (ERISA, self-funded or insured), individual and marketplace plans, and state or
 * local government plans: the ERISA claims rule (29 CFR 2560.503-1), which the ACA rule (45 CFR
 * 147.136) extends to individual insurers and non-grandfathered government plans, then external
 * review. Each deadline cites the law that reaches the plan: ERISA's text for employer plans, the
 * PHS Act sibling ({@code -phsa}) for the others.
 */
final class GroupAndIndividualRules implements PlanRules {

    private static final Wording WORDS = Wording.of("deadlines-group");

    /** The least time to file the internal appeal, in days after the denial is received. */
    static final int APPEAL_DAYS = 180;

    /** The hour clock of an urgent-care decision. */
    static final int URGENT_HOURS = 72;

    /**
     * A request to extend urgent care made at least this many hours before the approved period ends
     * is decided within {@link #EXTENSION_DECISION_HOURS}.
     */
    static final int EXTENSION_NOTICE_HOURS = 24;

    static final int EXTENSION_DECISION_HOURS = 24;

    /** The least time a state's external review process must allow, and the federal one's. */
    static final int EXTERNAL_REVIEW_MONTHS = 4;

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        PlanType plan = in.planType();
        boolean erisa = plan.isErisa();
        String internal = erisa ? ERISA_APPEAL_FILING : forPlan(ACA_INTERNAL_APPEALS, plan);
        ClockStart start = in.fromReceipt(0);
        String govNote =
                plan == PlanType.GOVERNMENT_NONFEDERAL ? WORDS.text("appeal.note.government") : "";
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                WORDS.text("appeal.label"),
                start.date().plusDays(APPEAL_DAYS),
                WORDS.fill("appeal.rule", "days", APPEAL_DAYS, "start", start),
                internal,
                Guarantee.MINIMUM,
                Party.YOU,
                govNote);

        out.lastCoveredDay(in);
        if (in.denialType() == DenialType.CONCURRENT && in.facts().finalDenial().isEmpty()) {
            continuedCoverage(in, out, erisa);
            extensionRequest(in, out);
        }

        int days = in.denialType() == DenialType.POST_SERVICE ? 60 : 30;
        String levels =
                plan == PlanType.INDIVIDUAL
                        ? WORDS.text("decision.note.individual")
                        : WORDS.text("decision.note.twoLevels");
        String decisionCite = erisa ? ERISA_APPEAL_DECISION : forPlan(ACA_INTERNAL_APPEALS, plan);
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            WORDS.text("expedited.label"),
                                            filed,
                                            in.facts().appealFiledTime(),
                                            URGENT_HOURS,
                                            0,
                                            WORDS.fill("expedited.rule", "hours", URGENT_HOURS),
                                            decisionCite,
                                            Party.PLAN,
                                            ""),
                            () ->
                                    out.note(
                                            WORDS.fill(
                                                    "expedited.enterFiled",
                                                    "hours",
                                                    URGENT_HOURS)));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    WORDS.text("decision.label"),
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    days,
                    days == 60
                            ? WORDS.text("decision.rule.postService")
                            : WORDS.text("decision.rule.preService"),
                    decisionCite,
                    Guarantee.EXACT,
                    Party.PLAN,
                    levels);
        }

        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            externalReview(in, out);
        } else {
            out.note(
                    erisa
                            ? WORDS.text("externalDecided.erisa")
                            : WORDS.text("externalDecided.other"));
        }
        suit(in, out, erisa);
    }

    /**
     * Cutting short approved care is itself a denial the patient may appeal before the cut takes
     * effect ((f)(2)(ii)(A)); a denied request for days past the approved period continues nothing.
     */
    private static void continuedCoverage(DeadlineInput in, ScheduleBuilder out, boolean erisa) {
        // The ACA's continued-coverage paragraph is 29 CFR 2590.715-2719(b)(2)(iii) for employer
        // plans and
        // 45 CFR 147.136(b)(2)(iii), (b)(3)(iii) for the others; both reach only plans that are not
        // grandfathered.
        String aca =
                erisa ? WORDS.text("continued.note.erisa") : WORDS.text("continued.note.other");
        Optional<Boolean> early = in.endsApprovedCourse();
        if (early.isPresent() && !early.get()) {
            out.note(
                    WORDS.fill(
                            "continued.pastApprovedCare",
                            "authorizedThrough",
                            in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")));
            return;
        }
        Optional<LocalDate> action = in.dateOfAction();
        if (action.isEmpty()) {
            out.note(WORDS.text("continued.enterDates"));
            return;
        }
        LocalDate by = action.get().minusDays(1);
        String rule = WORDS.fill("continued.rule", "action", action.get(), "by", by);
        if (early.isEmpty()) {
            rule = WORDS.fill("continued.ifNotExpired", "rule", rule);
        }
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                WORDS.text("continued.label"),
                by,
                rule,
                forPlan(ERISA_REDUCTION_APPEALABLE, in.planType()),
                Guarantee.EXACT,
                Party.YOU,
                aca);
        out.ifMissed(WORDS.fill("continued.ifMissed", "action", action.get()));
    }

    /**
     * A request to extend urgent care made at least 24 hours before the approved period ends is
     * decided within 24 hours ((f)(2)(ii)(B)); a later one as an urgent claim, within 72 hours.
     */
    private static void extensionRequest(DeadlineInput in, ScheduleBuilder out) {
        if (!in.urgent() || in.facts().extensionRequestedAt().isEmpty()) {
            return;
        }
        LocalDateTime asked = in.facts().extensionRequestedAt().get();
        Optional<LocalDate> end = in.coverage().authorizedThrough().or(in::lastCovered);
        String cite = forPlan(ERISA_URGENT_EXTENSION, in.planType());
        if (end.isEmpty()) {
            out.note(
                    WORDS.fill(
                            "extension.enterApprovedCare",
                            "hours",
                            EXTENSION_DECISION_HOURS,
                            "noticeHours",
                            EXTENSION_NOTICE_HOURS));
            return;
        }
        LocalDateTime periodEnds = end.get().plusDays(1).atStartOfDay();
        boolean inTime = !asked.isAfter(periodEnds.minusHours(EXTENSION_NOTICE_HOURS));
        if (inTime) {
            out.timed(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    WORDS.text("extension.label"),
                    out.hoursLater(asked, EXTENSION_DECISION_HOURS),
                    WORDS.fill(
                            "extension.rule.inTime",
                            "noticeHours",
                            EXTENSION_NOTICE_HOURS,
                            "periodEnd",
                            end.get(),
                            "hours",
                            EXTENSION_DECISION_HOURS,
                            "askedDate",
                            asked.toLocalDate(),
                            "askedTime",
                            asked.toLocalTime()),
                    cite,
                    Guarantee.EXACT,
                    Party.PLAN,
                    "");
        } else {
            out.timed(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    WORDS.text("extension.label"),
                    out.hoursLater(asked, URGENT_HOURS),
                    WORDS.fill(
                            "extension.rule.late",
                            "noticeHours",
                            EXTENSION_NOTICE_HOURS,
                            "periodEnd",
                            end.get(),
                            "urgentHours",
                            URGENT_HOURS,
                            "askedDate",
                            asked.toLocalDate(),
                            "askedTime",
                            asked.toLocalTime()),
                    cite,
                    Guarantee.EXACT,
                    Party.PLAN,
                    "");
        }
    }

    /**
     * The plan's own limitation period for a lawsuit, when the clinician recorded it from the plan
     * documents.
     */
    private static void suit(DeadlineInput in, ScheduleBuilder out, boolean erisa) {
        in.facts()
                .suitBy()
                .ifPresent(
                        by -> {
                            out.day(
                                    DeadlineId.SUIT_LIMITATION_BY,
                                    DeadlineId.SUIT_LIMITATION_BY.label(),
                                    by,
                                    erisa
                                            ? WORDS.text("suit.rule.erisa")
                                            : WORDS.text("suit.rule.other"),
                                    null,
                                    Guarantee.EXACT,
                                    Party.YOU,
                                    WORDS.text("suit.note"));
                            out.ifMissed(WORDS.text("suit.ifMissed"));
                        });
    }

    private static void externalReview(DeadlineInput in, ScheduleBuilder out) {
        boolean federal = in.planType() == PlanType.ERISA_SELF_FUNDED;
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            LocalDate fourMonths =
                    DeadlineMath.monthsLaterOrFirstOfNext(fin, EXTERNAL_REVIEW_MONTHS);
            // The next-business-day rule is the federal process's; a state process need only allow
            // 4 months, so
            // for insured plans the unmoved date is the safe one to show.
            LocalDate due =
                    federal ? UsFederalHolidays.onOrNextBusinessDay(fourMonths) : fourMonths;
            String rule =
                    federal
                            ? WORDS.fill("externalReview.rule.federal", "finalDenial", fin)
                            : WORDS.fill("externalReview.rule.state", "finalDenial", fin);
            out.day(
                    DeadlineId.EXTERNAL_REVIEW_FILE_BY,
                    WORDS.text("externalReview.label"),
                    due,
                    rule,
                    forPlan(ACA_EXT_REVIEW_FILING, in.planType()),
                    federal ? Guarantee.EXACT : Guarantee.MINIMUM,
                    Party.YOU,
                    federal
                            ? WORDS.text("externalReview.note.federal")
                            : WORDS.text("externalReview.note.state"));
        } else {
            out.note(WORDS.text("externalReview.enterFinalDenial"));
        }
        if (!federal) {
            stateWindow(in, out);
        }
        if (in.urgent() && in.facts().finalDenial().isEmpty()) {
            out.note(
                    WORDS.fill(
                            "externalReview.urgent",
                            "regulation",
                            in.planType().isErisa()
                                    ? "29 CFR 2590.715-2719(d)(3)(i)(A)"
                                    : "45 CFR 147.136(d)(3)(i)(A)"));
        }
        out.note(WORDS.text("externalReview.scope"));
        out.decisionAfterFiling(
                DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                WORDS.text("externalReview.decision.label"),
                in,
                in.facts().externalReviewFiled(),
                in.facts().externalReviewFiledTime(),
                72,
                45,
                WORDS.text("externalReview.decision.rule"),
                forPlan(ACA_EXT_REVIEW_DECISION, in.planType()),
                Guarantee.EXACT,
                Party.REVIEWER,
                federal ? "" : WORDS.text("externalReview.decision.note.state"));
    }

    /**
     * A state-regulated plan's own external review window, where the app knows the plan's state: a
     * second, later date when the state's window is longer than the federal floor and confirmed,
     * for the insured and individual plans its library entry reaches; a note otherwise (a state or
     * local government plan gets the longer window only as a note, since the app does not know
     * whether the state extends its process to such plans).
     */
    private static void stateWindow(DeadlineInput in, ScheduleBuilder out) {
        String state = in.coverage().issuedState();
        if (state.isEmpty()) {
            out.note(WORDS.text("state.enterState"));
            return;
        }
        Optional<StateExternalReview> known = StateExternalReview.of(state);
        if (known.isEmpty()) {
            out.note(WORDS.fill("state.noData", "state", state));
            return;
        }
        StateExternalReview w = known.get();
        boolean government = in.planType() == PlanType.GOVERNMENT_NONFEDERAL;
        if (!w.confirmed()) {
            out.note(
                    governmentCaveat(
                            government,
                            WORDS.fill(
                                    "state.unconfirmed",
                                    "name",
                                    w.name(),
                                    "window",
                                    w.window(),
                                    "note",
                                    w.note())));
            return;
        }
        if (w.sameAsFederal()) {
            out.note(
                    governmentCaveat(
                            government,
                            WORDS.fill(
                                    "state.sameAsFederal",
                                    "name",
                                    w.name(),
                                    "window",
                                    w.window(),
                                    "countsFrom",
                                    w.countsFrom(),
                                    "note",
                                    w.note())));
            return;
        }
        if (in.facts().finalDenial().isEmpty()) {
            out.note(
                    governmentCaveat(
                            government,
                            WORDS.fill(
                                    "state.enterFinalDenial",
                                    "name",
                                    w.name(),
                                    "window",
                                    w.window(),
                                    "countsFrom",
                                    w.countsFrom())));
            return;
        }
        LocalDate fin = in.facts().finalDenial().get();
        if (government) {
            // The state's entry reaches insured and individual plans; whether the state extends its
            // process to a
            // state or local government plan is not known here, so the longer window is not given
            // as a deadline.
            out.note(
                    WORDS.fill(
                            "state.government",
                            "name",
                            w.name(),
                            "window",
                            w.window(),
                            "countsFrom",
                            w.countsFrom(),
                            "due",
                            w.due(fin)));
            return;
        }
        out.day(
                DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY,
                WORDS.fill("state.label", "name", w.name()),
                w.due(fin),
                WORDS.fill(
                        "state.rule",
                        "name",
                        w.name(),
                        "window",
                        w.window(),
                        "countsFrom",
                        w.countsFrom(),
                        "finalDenial",
                        fin),
                w.citationId(),
                Guarantee.EXACT,
                Party.YOU,
                w.note());
    }

    /**
     * A state's note for a state or local government plan, which uses the state's process only
     * where the state extends its law to such plans.
     */
    private static String governmentCaveat(boolean government, String note) {
        return government ? WORDS.fill("state.governmentCaveat", "text", note) : note;
    }
}
