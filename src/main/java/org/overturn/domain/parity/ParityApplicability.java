package org.overturn.domain.parity;

import static org.overturn.domain.parity.ParityCitations.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.PlanType;

/** Decides whether federal parity reaches a plan, and says why in plain words. */
public final class ParityApplicability {

    /**
     * CAA 2023 §1321 ended the self-funded governmental opt-out for plan years beginning on or
     * after this day.
     */
    public static final LocalDate GOVERNMENTAL_OPT_OUT_END = LocalDate.of(2023, 6, 27);

    public static final int SMALL_EMPLOYER_MAX = 50;

    private ParityApplicability() {}

    public record Result(Applicability applicability, List<Finding> reasons) {
        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Each reason cites the law that reaches the plan type (the PHS Act sibling for individual and
     * government plans).
     */
    public static Result decide(Optional<PlanType> planType, ParityFacts f, LocalDate on) {
        if (planType.isEmpty()) {
            return new Result(
                    Applicability.NEEDS_FACTS, List.of(Finding.of("Choose the plan type first.")));
        }
        Result r = byPlan(planType.get(), f, on);
        return new Result(
                r.applicability(),
                r.reasons().stream().map(x -> ParityCitations.forPlan(x, planType.get())).toList());
    }

    private static Result byPlan(PlanType t, ParityFacts f, LocalDate on) {
        switch (t) {
            case MEDICARE_ADVANTAGE:
            case MEDICARE_ORIGINAL:
                return one(
                        Applicability.NOT_SUBJECT,
                        Finding.of(
                                "Medicare, including Medicare Advantage, is not subject "
                                        + "to MHPAEA; Medicare's own coverage rules decide the appeal."));
            case TRICARE:
                return one(
                        Applicability.NOT_SUBJECT,
                        Finding.of(
                                "TRICARE is not subject to MHPAEA; its own 2016 rule "
                                        + "removed its quantitative and non-quantitative limits on mental health and substance use care.",
                                TRICARE_2016));
            case FEHB:
                return one(
                        Applicability.VERIFY,
                        Finding.of(
                                "FEHB plans follow the Office of Personnel Management's own "
                                        + "parity policy rather than MHPAEA directly; verify the plan's parity terms in its brochure."));
            case MEDICAID_MCO:
                return one(
                        Applicability.APPLIES_MEDICAID,
                        Finding.of(
                                "Medicaid managed care plans must meet parity under "
                                        + "the Medicaid managed care parity rule (42 CFR 438 subpart K).",
                                MEDICAID_SUBPART_K));
            case MEDICAID_FFS:
                return one(
                        Applicability.VERIFY,
                        Finding.of(
                                "The Medicaid parity rule reaches managed care plans, "
                                        + "alternative benefit plans and CHIP; verify whether this fee-for-service benefit is one of them.",
                                MEDICAID_SUBPART_K));
            case OTHER:
                return one(
                        Applicability.VERIFY,
                        Finding.of("Verify what kind of plan this is before relying on parity."));
            default:
                return commercial(t, f, on);
        }
    }

    private static Result commercial(PlanType t, ParityFacts f, LocalDate on) {
        List<Finding> reasons = new ArrayList<>();
        if (f.retireeOnly().orElse(false)) {
            return one(
                    Applicability.NOT_SUBJECT,
                    Finding.of(
                            "A plan with fewer than two current employees, such as a "
                                    + "retiree-only plan, is outside MHPAEA.",
                            RETIREE_ONLY));
        }
        if (f.churchPlan().orElse(false)) {
            return one(
                    Applicability.VERIFY,
                    Finding.of(
                            "Church plans are outside ERISA; whether parity reaches this "
                                    + "plan through other law is not settled here. Verify before relying on parity."));
        }
        boolean selfFunded =
                t == PlanType.ERISA_SELF_FUNDED
                        || (t == PlanType.GOVERNMENT_NONFEDERAL
                                && f.funding() != FundingType.FULLY_INSURED);
        // An unknown funding for a government plan is treated as self-funded: that is the case with
        // more conditions.
        if (t == PlanType.ERISA_SELF_FUNDED && f.funding() == FundingType.FULLY_INSURED
                || t == PlanType.ERISA_INSURED && f.funding() == FundingType.SELF_FUNDED) {
            reasons.add(
                    Finding.of(
                            "The plan type and the funding entered disagree; check which is right."));
            return new Result(Applicability.VERIFY, reasons);
        }
        if (t == PlanType.INDIVIDUAL && f.grandfathered().orElse(false)) {
            return one(
                    Applicability.VERIFY,
                    Finding.of(
                            "Grandfathered individual coverage: whether parity reaches it "
                                    + "is not settled here. Verify before relying on parity."));
        }
        if (selfFunded) {
            Optional<Integer> size = f.employerSize();
            if (size.isPresent() && size.get() <= SMALL_EMPLOYER_MAX) {
                return one(
                        Applicability.NOT_SUBJECT,
                        Finding.of(
                                "A self-funded plan of an employer with at most "
                                        + SMALL_EMPLOYER_MAX
                                        + " employees is exempt from MHPAEA.",
                                SMALL_EMPLOYER));
            }
            if (size.isEmpty()) {
                reasons.add(
                        Finding.of(
                                "Confirm the employer had more than "
                                        + SMALL_EMPLOYER_MAX
                                        + " employees: "
                                        + "smaller self-funded plans are exempt.",
                                SMALL_EMPLOYER));
            }
        } else {
            reasons.add(
                    Finding.of(
                            "Insured coverage: MHPAEA applies, including to small-group and individual "
                                    + "coverage.",
                            STATUTE,
                            RULE_2013));
        }
        if (t == PlanType.GOVERNMENT_NONFEDERAL && selfFunded) {
            Optional<Finding> optOut = governmentalOptOut(f, on);
            if (optOut.isPresent()) {
                reasons.add(optOut.get());
                return new Result(Applicability.VERIFY, reasons);
            }
            reasons.add(
                    Finding.of(
                            "The opt-out for self-funded state and local government plans ended for plan years "
                                    + "beginning on or after "
                                    + GOVERNMENTAL_OPT_OUT_END
                                    + " (later for some collectively bargained "
                                    + "plans).",
                            GOVERNMENTAL_OPT_OUT_ENDED));
        } else if (selfFunded) {
            reasons.add(
                    Finding.of(
                            "Self-funded employer plan: MHPAEA applies through ERISA.",
                            STATUTE,
                            RULE_2013));
        }
        boolean sizeUnknown = selfFunded && f.employerSize().isEmpty();
        return new Result(sizeUnknown ? Applicability.VERIFY : Applicability.APPLIES, reasons);
    }

    /**
     * A plan year lasts at most a year, so a plan year current a year after the cut-off began after
     * it.
     */
    private static Optional<Finding> governmentalOptOut(ParityFacts f, LocalDate on) {
        LocalDate latestStart = f.planYearStart().orElse(on.minusYears(1).plusDays(1));
        if (!latestStart.isBefore(GOVERNMENTAL_OPT_OUT_END)) {
            return Optional.empty();
        }
        return Optional.of(
                Finding.of(
                        "This plan year began before "
                                + GOVERNMENTAL_OPT_OUT_END
                                + ", when self-funded "
                                + "government plans could still opt out of parity; verify whether this plan had opted out.",
                        GOVERNMENTAL_OPT_OUT_ENDED));
    }

    private static Result one(Applicability a, Finding f) {
        return new Result(a, List.of(f));
    }
}
