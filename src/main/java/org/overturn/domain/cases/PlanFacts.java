package org.overturn.domain.cases;

import java.util.Optional;

/**
 * Facts about the coverage.
 *
 * @param payerId the payer in the payer directory, when chosen
 * @param issuedState the state where the plan is issued (two-letter code, or "")
 * @param employerSponsored whether an employer sponsors the plan, when known
 */
public record PlanFacts(
        Optional<PlanType> planType,
        Optional<Long> payerId,
        String planName,
        String issuedState,
        Optional<Boolean> employerSponsored) {

    public PlanFacts {
        planType = Text.opt(planType);
        payerId = Text.opt(payerId);
        planName = Text.clean(planName);
        issuedState = UsStates.normalise(issuedState, "plan state");
        employerSponsored = Text.opt(employerSponsored);
    }

    public static PlanFacts empty() {
        return new PlanFacts(Optional.empty(), Optional.empty(), "", "", Optional.empty());
    }
}
