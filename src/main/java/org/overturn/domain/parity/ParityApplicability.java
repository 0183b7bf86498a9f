package org.overturn.domain.parity;

import static org.overturn.domain.parity.ParityCitations.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Decides whether federal parity reaches a plan, and says why in plain words: the words are in the
 * wording file {@code parity-notes}, under {@code reason.}.
 */
public final class ParityApplicability {

    /**
     * CAA 2023 §1321 ended the self-funded governmental opt-out for plan years beginning on or
     * after this day.
     */
    public static final LocalDate GOVERNMENTAL_OPT_OUT_END = LocalDate.of(2023, 6, 27);

    public static final int SMALL_EMPLOYER_MAX = 50;

    private static final Wording NOTES = Wording.of("parity-notes");

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
                    Applicability.NEEDS_FACTS,
                    List.of(Finding.of(NOTES.text("reason.noPlanType"))));
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
                return one(Applicability.NOT_SUBJECT, Finding.of(NOTES.text("reason.medicare")));
            case TRICARE:
                return one(
                        Applicability.NOT_SUBJECT,
                        Finding.of(NOTES.text("reason.tricare"), TRICARE_2016));
            case FEHB:
                return one(Applicability.VERIFY, Finding.of(NOTES.text("reason.fehb")));
            case MEDICAID_MCO:
                return one(
                        Applicability.APPLIES_MEDICAID,
                        Finding.of(NOTES.text("reason.medicaidManagedCare"), MEDICAID_SUBPART_K));
            case MEDICAID_FFS:
                return one(
                        Applicability.VERIFY,
                        Finding.of(NOTES.text("reason.medicaidFeeForService"), MEDICAID_SUBPART_K));
            case OTHER:
                return one(Applicability.VERIFY, Finding.of(NOTES.text("reason.otherPlan")));
            default:
                return commercial(t, f, on);
        }
    }

    private static Result commercial(PlanType t, ParityFacts f, LocalDate on) {
        List<Finding> reasons = new ArrayList<>();
        if (f.retireeOnly().orElse(false)) {
            return one(
                    Applicability.NOT_SUBJECT,
                    Finding.of(NOTES.text("reason.retireeOnly"), RETIREE_ONLY));
        }
        if (f.churchPlan().orElse(false)) {
            return one(Applicability.VERIFY, Finding.of(NOTES.text("reason.churchPlan")));
        }
        boolean selfFunded =
                t == PlanType.ERISA_SELF_FUNDED
                        || (t == PlanType.GOVERNMENT_NONFEDERAL
                                && f.funding() != FundingType.FULLY_INSURED);
        // An unknown funding for a government plan is treated as self-funded: that is the case with
        // more conditions.
        if (t == PlanType.ERISA_SELF_FUNDED && f.funding() == FundingType.FULLY_INSURED
                || t == PlanType.ERISA_INSURED && f.funding() == FundingType.SELF_FUNDED) {
            reasons.add(Finding.of(NOTES.text("reason.fundingDisagrees")));
            return new Result(Applicability.VERIFY, reasons);
        }
        if (t == PlanType.INDIVIDUAL && f.grandfathered().orElse(false)) {
            return one(
                    Applicability.VERIFY, Finding.of(NOTES.text("reason.grandfatheredIndividual")));
        }
        if (selfFunded) {
            Optional<Integer> size = f.employerSize();
            if (size.isPresent() && size.get() <= SMALL_EMPLOYER_MAX) {
                return one(
                        Applicability.NOT_SUBJECT,
                        Finding.of(
                                NOTES.fill("reason.smallEmployer", "max", SMALL_EMPLOYER_MAX),
                                SMALL_EMPLOYER));
            }
            if (size.isEmpty()) {
                reasons.add(
                        Finding.of(
                                NOTES.fill("reason.confirmEmployerSize", "max", SMALL_EMPLOYER_MAX),
                                SMALL_EMPLOYER));
            }
        } else {
            reasons.add(Finding.of(NOTES.text("reason.insured"), STATUTE, RULE_2013));
        }
        if (t == PlanType.GOVERNMENT_NONFEDERAL && selfFunded) {
            Optional<Finding> optOut = governmentalOptOut(f, on);
            if (optOut.isPresent()) {
                reasons.add(optOut.get());
                return new Result(Applicability.VERIFY, reasons);
            }
            reasons.add(
                    Finding.of(
                            NOTES.fill("reason.optOutEnded", "optOutEnd", GOVERNMENTAL_OPT_OUT_END),
                            GOVERNMENTAL_OPT_OUT_ENDED));
        } else if (selfFunded) {
            reasons.add(Finding.of(NOTES.text("reason.selfFundedEmployer"), STATUTE, RULE_2013));
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
                        NOTES.fill("reason.optOutPossible", "optOutEnd", GOVERNMENTAL_OPT_OUT_END),
                        GOVERNMENTAL_OPT_OUT_ENDED));
    }

    private static Result one(Applicability a, Finding f) {
        return new Result(a, List.of(f));
    }
}
