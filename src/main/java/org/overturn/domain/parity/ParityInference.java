package org.overturn.domain.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * What the plan type already says about the parity facts, so the clinician is not asked it again:
 * an employer plan entered as self-funded (ERISA) is self-funded and employer-sponsored, one
 * entered as fully insured is insured, and an ERISA plan is not a church plan (church plans are
 * outside ERISA unless they elect in). A fact the clinician entered always wins; an entry that
 * contradicts the plan type is left for {@link ParityApplicability} to flag.
 */
public final class ParityInference {

    private static final Wording NOTES = Wording.of("parity-notes");

    private ParityInference() {}

    /**
     * One fact filled in from the plan type. The fact's name stays in Java, because the parity
     * screen finds the fact's choice box by it; the value and where it came from are worded in the
     * wording file {@code parity-notes}, under {@code inferred.}.
     */
    public record Inferred(String fact, @ClinicianOnly String value, @ClinicianOnly String from) {}

    /** The facts the plan type implies that the clinician has not entered. */
    public static List<Inferred> from(Optional<PlanType> planType, ParityFacts f) {
        return from(planType, Optional.of(true), f);
    }

    /**
     * As above, with whether the clinician said an employer sponsors the plan (empty when not
     * said).
     */
    public static List<Inferred> from(
            Optional<PlanType> planType, Optional<Boolean> employerSponsored, ParityFacts f) {
        List<Inferred> out = new ArrayList<>();
        if (planType.isEmpty()) {
            return out;
        }
        PlanType t = planType.get();
        String from = NOTES.fill("inferred.from", "planType", t.label());
        implied(t)
                .ifPresent(
                        funding -> {
                            if (f.funding() == FundingType.UNKNOWN) {
                                out.add(new Inferred("Funding", funding.label(), from));
                            }
                        });
        if (erisa(t) && employerSponsored.isEmpty()) {
            out.add(new Inferred("Employer-sponsored", NOTES.text("inferred.yes"), from));
        }
        if (erisa(t) && f.churchPlan().isEmpty()) {
            out.add(new Inferred("Church plan", NOTES.text("inferred.no"), from));
        }
        return out;
    }

    /** The facts with what the plan type implies filled in where nothing was entered. */
    public static ParityFacts apply(Optional<PlanType> planType, ParityFacts f) {
        if (planType.isEmpty()) {
            return f;
        }
        PlanType t = planType.get();
        FundingType funding =
                f.funding() == FundingType.UNKNOWN
                        ? implied(t).orElse(FundingType.UNKNOWN)
                        : f.funding();
        Optional<Boolean> church =
                f.churchPlan().isEmpty() && erisa(t) ? Optional.of(false) : f.churchPlan();
        return new ParityFacts(
                funding,
                f.employerSize(),
                church,
                f.retireeOnly(),
                f.grandfathered(),
                f.appealLevels(),
                f.planYearStart());
    }

    /** The funding an employer plan type names; empty for every other plan type. */
    public static Optional<FundingType> implied(PlanType t) {
        return switch (t) {
            case ERISA_SELF_FUNDED -> Optional.of(FundingType.SELF_FUNDED);
            case ERISA_INSURED -> Optional.of(FundingType.FULLY_INSURED);
            default -> Optional.empty();
        };
    }

    private static boolean erisa(PlanType t) {
        return t == PlanType.ERISA_SELF_FUNDED || t == PlanType.ERISA_INSURED;
    }
}
