package org.overturn.domain.deadlines;

import static org.overturn.domain.deadlines.DeadlineCitations.*;

import java.time.LocalDate;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * Employer plans (ERISA, self-funded or insured), individual and marketplace plans, and state or local government
 * plans: the ERISA claims rule (29 CFR 2560.503-1), which the ACA rule (45 CFR 147.136) extends to individual
 * insurers and non-grandfathered government plans, then external review. Each deadline cites the law that reaches
 * the plan: ERISA's text for employer plans, the PHS Act sibling ({@code -phsa}) for the others.
 */
final class GroupAndIndividualRules implements PlanRules {

    @Override
    public void apply(DeadlineInput in, ScheduleBuilder out) {
        PlanType plan = in.planType();
        boolean erisa = plan.isErisa();
        String internal = erisa ? ERISA_APPEAL_FILING : forPlan(ACA_INTERNAL_APPEALS, plan);
        ClockStart start = in.fromReceipt(0);
        String govNote = plan == PlanType.GOVERNMENT_NONFEDERAL
                ? "Government plans follow the ACA appeal rule when not grandfathered; a grandfathered plan's own "
                + "documents and state law set its rules, so check them." : "";
        out.day(DeadlineId.APPEAL_FILE_BY, "File the internal appeal", start.date().plusDays(180),
                "At least 180 days after the denial is received. Counted from " + start + ".", internal,
                Guarantee.MINIMUM, Party.YOU, govNote);

        if (in.denialType() == DenialType.CONCURRENT) {
            continuedCoverage(in, out, erisa);
        }

        int days = in.denialType() == DenialType.POST_SERVICE ? 60 : 30;
        String levels = plan == PlanType.INDIVIDUAL
                ? "Individual plans have one level of internal appeal."
                : "With two appeal levels each gets half this time; for plans that are not grandfathered the final "
                + "internal decision is still due this many days after the first filing.";
        out.decisionAfterFiling(DeadlineId.APPEAL_DECISION_DUE, "Appeal decision due", in, in.facts().appealFiled(),
                in.facts().appealFiledTime(), 72, days,
                "The plan decides a " + (days == 60 ? "post-service" : "pre-service or continued-stay") + " appeal.",
                erisa ? ERISA_APPEAL_DECISION : forPlan(ACA_INTERNAL_APPEALS, plan), Guarantee.EXACT, Party.PLAN,
                levels);

        externalReview(in, out);
    }

    /** Cutting short approved care is itself a denial; the appeal must come in time for a decision before the cut. */
    private static void continuedCoverage(DeadlineInput in, ScheduleBuilder out, boolean erisa) {
        String rule = "Ending or reducing approved care early is itself a denial, and the plan must give notice early "
                + "enough to appeal and get a decision before the cut takes effect. Appeal (expedited when urgent) "
                + "before the last covered day so coverage can continue while the appeal is decided.";
        // The ACA's continued-coverage paragraph is 29 CFR 2590.715-2719(b)(2)(iii) for employer plans and
        // 45 CFR 147.136(b)(2)(iii), (b)(3)(iii) for the others; both reach only plans that are not grandfathered.
        String note = erisa
                ? "For plans that are not grandfathered the ACA also requires coverage to continue pending the appeal "
                + "(29 CFR 2590.715-2719(b)(2)(iii))."
                : "This applies to plans that are not grandfathered; a grandfathered plan's documents and state law "
                + "set its rules, so check them.";
        if (in.facts().lastCoveredDay().isPresent()) {
            LocalDate last = in.facts().lastCoveredDay().get();
            out.day(DeadlineId.CONTINUED_BENEFITS_BY, "Appeal before coverage ends", last,
                    rule + " Last covered day: " + last + ".", forPlan(ERISA_CONCURRENT, in.planType()),
                    Guarantee.EXACT, Party.YOU, note);
        } else {
            out.note("Continued coverage: enter the last covered day to see by when to appeal so care can continue.");
        }
    }

    private static void externalReview(DeadlineInput in, ScheduleBuilder out) {
        boolean federal = in.planType() == PlanType.ERISA_SELF_FUNDED;
        if (in.facts().finalDenial().isPresent()) {
            LocalDate fin = in.facts().finalDenial().get();
            LocalDate fourMonths = DeadlineMath.monthsLaterOrFirstOfNext(fin, 4);
            // The next-business-day rule is the federal process's; a state process need only allow 4 months, so
            // for insured plans the unmoved date is the safe one to show.
            LocalDate due = federal ? UsFederalHolidays.onOrNextBusinessDay(fourMonths) : fourMonths;
            String rule = "4 months after receiving the final internal denial; with no matching day 4 months later, "
                    + "the first day of the fifth month"
                    + (federal ? "; a weekend or federal holiday moves it to the next business day." : ".")
                    + " Counted from " + fin + ", the final denial's date.";
            out.day(DeadlineId.EXTERNAL_REVIEW_FILE_BY, "Request external review", due, rule,
                    forPlan(ACA_EXT_REVIEW_FILING, in.planType()),
                    federal ? Guarantee.EXACT : Guarantee.MINIMUM, Party.YOU,
                    federal ? "Self-funded plans use the federal process (at least 3 accredited reviewers)."
                            : "The state's process must allow at least 4 months; it may allow more.");
        } else {
            out.note("External review: 4 months from the final internal denial; enter its date to see the deadline.");
        }
        if (in.urgent() && in.facts().finalDenial().isEmpty()) {
            out.note("Urgent care: expedited external review may be asked for at the same time as the expedited "
                    + "internal appeal (" + (in.planType().isErisa() ? "29 CFR 2590.715-2719(d)(3)(i)(A)"
                    : "45 CFR 147.136(d)(3)(i)(A)") + ").");
        }
        out.note("External review applies to plans that are not grandfathered, for denials involving medical "
                + "judgment such as medical necessity or level of care.");
        out.decisionAfterFiling(DeadlineId.EXTERNAL_REVIEW_DECISION_DUE, "External review decision due", in,
                in.facts().externalReviewFiled(), in.facts().externalReviewFiledTime(), 72, 45,
                "The independent reviewer decides (counted here from the day filed, which the reviewer receives at "
                + "the earliest).", forPlan(ACA_EXT_REVIEW_DECISION, in.planType()), Guarantee.EXACT, Party.REVIEWER,
                federal ? "" : "These are the federal process's times; a state process may set its own.");
    }
}
