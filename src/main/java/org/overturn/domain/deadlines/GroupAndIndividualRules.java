package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Employer plans (ERISA, self-funded or insured), individual and marketplace plans, and state or
 * local government plans: the ERISA claims rule (29 CFR 2560.503-1), which the ACA rule (45 CFR
 * 147.136) extends to individual insurers and non-grandfathered government plans, then external
 * review. Each deadline cites the law that reaches the plan: ERISA's text for employer plans, the
 * PHS Act sibling ({@code -phsa}) for the others.
 */
final class GroupAndIndividualRules implements PlanRules {

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        PlanType plan = in.planType();
        boolean erisa = plan.isErisa();
        String internal = erisa ? ERISA_APPEAL_FILING : forPlan(ACA_INTERNAL_APPEALS, plan);
        ClockStart start = in.fromReceipt(0);
        String govNote =
                plan == PlanType.GOVERNMENT_NONFEDERAL
                        ? "Government plans follow the ACA appeal rule when not grandfathered; a grandfathered plan's own "
                                + "documents and state law set its rules, so check them."
                        : "";
        out.day(
                DeadlineId.APPEAL_FILE_BY,
                "File the internal appeal",
                start.date().plusDays(180),
                "At least 180 days after the denial is received. Counted from " + start + ".",
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
                        ? "Individual plans have one level of internal appeal."
                        : "With two appeal levels each gets half this time; for plans that are not grandfathered the final "
                                + "internal decision is still due this many days after the first filing.";
        String decisionCite = erisa ? ERISA_APPEAL_DECISION : forPlan(ACA_INTERNAL_APPEALS, plan);
        if (in.urgent()) {
            in.facts()
                    .appealFiled()
                    .ifPresentOrElse(
                            filed ->
                                    out.expeditedDecision(
                                            "Expedited appeal decision due",
                                            filed,
                                            in.facts().appealFiledTime(),
                                            72,
                                            0,
                                            "The plan decides an urgent-care appeal as fast as the "
                                                    + "condition requires and within 72 hours of receiving it.",
                                            decisionCite,
                                            Party.PLAN,
                                            ""),
                            () ->
                                    out.note(
                                            "Expedited appeal: the plan must decide within 72 hours of receiving it; enter the "
                                                    + "date and time it was filed to see when."));
        } else {
            out.decisionAfterFiling(
                    DeadlineId.APPEAL_DECISION_DUE,
                    "Appeal decision due",
                    in,
                    in.facts().appealFiled(),
                    in.facts().appealFiledTime(),
                    0,
                    days,
                    "The plan decides a "
                            + (days == 60 ? "post-service" : "pre-service or continued-stay")
                            + " appeal.",
                    decisionCite,
                    Guarantee.EXACT,
                    Party.PLAN,
                    levels);
        }

        if (in.facts().finalDenialLevel() == DecisionLevel.INTERNAL) {
            externalReview(in, out);
        } else {
            out.note(
                    "External review has decided; its decision binds the plan. "
                            + (erisa
                                    ? "A lawsuit under ERISA section 502(a) may follow; the plan documents set the time limit."
                                    : "Court review may follow under state law; the plan documents and the decision say how."));
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
                erisa
                        ? "For plans that are not grandfathered the ACA also requires coverage to continue pending the appeal "
                                + "(29 CFR 2590.715-2719(b)(2)(iii))."
                        : "For plans that are not grandfathered coverage also continues pending the appeal; a grandfathered "
                                + "plan's documents and state law set its rules, so check them.";
        Optional<Boolean> early = in.endsApprovedCourse();
        if (early.isPresent() && !early.get()) {
            out.note(
                    "Continued coverage: this denial refuses care after the approved period ("
                            + in.coverage().authorizedThrough().map(LocalDate::toString).orElse("")
                            + "), so nothing approved continues during the appeal. Ask for an expedited appeal.");
            return;
        }
        Optional<LocalDate> action = in.dateOfAction();
        if (action.isEmpty()) {
            out.note(
                    "Continued coverage: if this denial cuts short care the plan approved, the appeal can be decided "
                            + "before the cut; enter the last covered day or the approved care to see by when.");
            return;
        }
        LocalDate by = action.get().minusDays(1);
        String condition =
                early.isPresent()
                        ? ""
                        : "If the authorization has not expired (the approved care is not "
                                + "entered): ";
        out.day(
                DeadlineId.CONTINUED_BENEFITS_BY,
                "Appeal before the cut takes effect",
                by,
                condition
                        + "Ending or reducing approved care before its end is itself a denial, and the plan must let it be "
                        + "appealed and decided before the cut takes effect on "
                        + action.get()
                        + ". File (expedited when "
                        + "urgent) by "
                        + by
                        + ".",
                forPlan(ERISA_REDUCTION_APPEALABLE, in.planType()),
                Guarantee.EXACT,
                Party.YOU,
                aca);
        out.ifMissed(
                "Care may go unpaid from "
                        + action.get()
                        + " while the appeal is decided. An expedited "
                        + "appeal can still be filed.");
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
                    "Request to extend care: decided within 24 hours if made at least 24 hours before the approved "
                            + "period ends; enter the approved care to see which applies.");
            return;
        }
        LocalDateTime periodEnds = end.get().plusDays(1).atStartOfDay();
        boolean inTime = !asked.isAfter(periodEnds.minusHours(24));
        if (inTime) {
            out.timed(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    "Decision on the request to extend care",
                    out.hoursLater(asked, 24),
                    "A request to extend urgent care made at least 24 hours before the "
                            + "approved period ends ("
                            + end.get()
                            + ") is decided within 24 hours of receipt. Counted from "
                            + asked.toLocalDate()
                            + " "
                            + asked.toLocalTime()
                            + ".",
                    cite,
                    Guarantee.EXACT,
                    Party.PLAN,
                    "");
        } else {
            out.timed(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    "Decision on the request to extend care",
                    out.hoursLater(asked, 72),
                    "The request to extend care came less than 24 hours before the approved "
                            + "period ended ("
                            + end.get()
                            + "), so it is decided as an urgent claim, within 72 hours. "
                            + "Counted from "
                            + asked.toLocalDate()
                            + " "
                            + asked.toLocalTime()
                            + ".",
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
                                    "The plan documents' own time limit for a lawsuit"
                                            + (erisa ? " under ERISA section 502(a)" : "")
                                            + ", as recorded on the case. No regulation sets it.",
                                    null,
                                    Guarantee.EXACT,
                                    Party.YOU,
                                    "Set by the plan's terms; a lawyer should confirm it.");
                            out.ifMissed(
                                    "A lawsuit over this denial may be barred under the plan's terms.");
                        });
    }

    private static void externalReview(DeadlineInput in, ScheduleBuilder out) {
        boolean federal = in.planType() == PlanType.ERISA_SELF_FUNDED;
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            LocalDate fourMonths = DeadlineMath.monthsLaterOrFirstOfNext(fin, 4);
            // The next-business-day rule is the federal process's; a state process need only allow
            // 4 months, so
            // for insured plans the unmoved date is the safe one to show.
            LocalDate due =
                    federal ? UsFederalHolidays.onOrNextBusinessDay(fourMonths) : fourMonths;
            String rule =
                    "4 months after receiving the final internal denial; with no matching day 4 months later, "
                            + "the first day of the fifth month"
                            + (federal
                                    ? "; a weekend or federal holiday moves it to the next business day."
                                    : ".")
                            + " Counted from "
                            + fin
                            + ", the final denial's date.";
            out.day(
                    DeadlineId.EXTERNAL_REVIEW_FILE_BY,
                    "Request external review",
                    due,
                    rule,
                    forPlan(ACA_EXT_REVIEW_FILING, in.planType()),
                    federal ? Guarantee.EXACT : Guarantee.MINIMUM,
                    Party.YOU,
                    federal
                            ? "Self-funded plans use the federal process (at least 3 accredited reviewers)."
                            : "The state's process must allow at least 4 months; it may allow more.");
        } else {
            out.note(
                    "External review: 4 months from the final internal denial; enter its date to see the deadline.");
        }
        if (!federal) {
            stateWindow(in, out);
        }
        if (in.urgent() && in.facts().finalDenial().isEmpty()) {
            out.note(
                    "Urgent care: expedited external review may be asked for at the same time as the expedited "
                            + "internal appeal ("
                            + (in.planType().isErisa()
                                    ? "29 CFR 2590.715-2719(d)(3)(i)(A)"
                                    : "45 CFR 147.136(d)(3)(i)(A)")
                            + ").");
        }
        out.note(
                "External review applies to plans that are not grandfathered, for denials involving medical "
                        + "judgment such as medical necessity or level of care.");
        out.decisionAfterFiling(
                DeadlineId.EXTERNAL_REVIEW_DECISION_DUE,
                "External review decision due",
                in,
                in.facts().externalReviewFiled(),
                in.facts().externalReviewFiledTime(),
                72,
                45,
                "The independent reviewer decides (counted here from the day filed, which the reviewer receives at "
                        + "the earliest).",
                forPlan(ACA_EXT_REVIEW_DECISION, in.planType()),
                Guarantee.EXACT,
                Party.REVIEWER,
                federal
                        ? ""
                        : "These are the federal process's times; a state process may set its own.");
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
            out.note(
                    "State external review: enter the state the plan is issued in to check the state's own window.");
            return;
        }
        Optional<StateExternalReview> known = StateExternalReview.of(state);
        if (known.isEmpty()) {
            out.note(
                    "State external review: the app has no data for "
                            + state
                            + "; the 4-month date is the least any "
                            + "state process must allow, so it is safe. The final denial states the window.");
            return;
        }
        StateExternalReview w = known.get();
        boolean government = in.planType() == PlanType.GOVERNMENT_NONFEDERAL;
        String gov =
                government
                        ? " A state or local government plan uses it only where the state extends its law to such plans."
                        : "";
        if (!w.confirmed()) {
            out.note(
                    w.name()
                            + "'s own external review window (believed to be "
                            + w.window()
                            + ") is not confirmed "
                            + "at its source; the 4-month date is safe. Check the final denial. "
                            + w.note()
                            + gov);
            return;
        }
        if (w.sameAsFederal()) {
            out.note(
                    w.name()
                            + " allows "
                            + w.window()
                            + " for external review from "
                            + w.countsFrom()
                            + ", as the federal floor. "
                            + w.note()
                            + gov);
            return;
        }
        if (in.facts().finalDenial().isEmpty()) {
            out.note(
                    w.name()
                            + "'s external review: "
                            + w.window()
                            + " from "
                            + w.countsFrom()
                            + "; enter the final denial's date to see it."
                            + gov);
            return;
        }
        LocalDate fin = in.facts().finalDenial().get();
        if (government) {
            // The state's entry reaches insured and individual plans; whether the state extends its
            // process to a
            // state or local government plan is not known here, so the longer window is not given
            // as a deadline.
            out.note(
                    w.name()
                            + " allows "
                            + w.window()
                            + " from "
                            + w.countsFrom()
                            + " for insured and individual "
                            + "plans ("
                            + w.due(fin)
                            + " counted from the final denial's date); a state or local government "
                            + "plan uses it only where the state extends its law to such plans, which the app has not "
                            + "confirmed, so the 4-month date is the one to keep.");
            return;
        }
        out.day(
                DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY,
                "Request " + w.name() + "'s external review",
                w.due(fin),
                w.name()
                        + " allows "
                        + w.window()
                        + " from "
                        + w.countsFrom()
                        + ". Counted from "
                        + fin
                        + ", the final denial's date.",
                w.citationId(),
                Guarantee.EXACT,
                Party.YOU,
                w.note());
    }
}
