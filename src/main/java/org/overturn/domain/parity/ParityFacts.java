package org.overturn.domain.parity;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The plan facts parity turns on, beyond the plan type the case already holds in {@code PlanFacts}
 * (kept there only, so the two cannot disagree). Unknown facts are empty, and the assessment says
 * which ones it needs.
 *
 * @param employerSize average employees in the preceding calendar year
 * @param retireeOnly covers retirees only (fewer than two current employees)
 * @param appealLevels internal appeal levels the plan has
 * @param planYearStart the first day of the current plan year
 */
public record ParityFacts(
        FundingType funding,
        Optional<Integer> employerSize,
        Optional<Boolean> churchPlan,
        Optional<Boolean> retireeOnly,
        Optional<Boolean> grandfathered,
        Optional<Integer> appealLevels,
        Optional<LocalDate> planYearStart) {

    public ParityFacts {
        funding = funding == null ? FundingType.UNKNOWN : funding;
        employerSize = Text.opt(employerSize);
        employerSize.ifPresent(
                n -> {
                    if (n < 0) {
                        throw new IllegalArgumentException("employer size cannot be negative");
                    }
                });
        churchPlan = Text.opt(churchPlan);
        retireeOnly = Text.opt(retireeOnly);
        grandfathered = Text.opt(grandfathered);
        appealLevels = Text.opt(appealLevels);
        appealLevels.ifPresent(
                n -> {
                    if (n < 0 || n > 5) {
                        throw new IllegalArgumentException(
                                "appeal levels must be between 0 and 5, not " + n);
                    }
                });
        planYearStart = Text.opt(planYearStart);
    }

    public static ParityFacts unknown() {
        return new ParityFacts(
                FundingType.UNKNOWN,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
