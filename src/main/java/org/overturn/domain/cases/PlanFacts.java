package org.overturn.domain.cases;

import java.util.Optional;

/**
 * Facts about the coverage.
 *
 * @param payerId the payer in the payer directory, when chosen
 * @param issuedState the state where the plan is issued (two-letter code, or "")
 * @param employerSponsored whether an employer sponsors the plan, when known
 * @param employerName the employer that sponsors the plan, as a letter to it is addressed, or ""
 * @param shareWithEmployer whether the patient agrees that the denial's details may be shared with
 *     that employer; empty when not asked. Only {@code true} lets a letter to the employer name the
 *     patient or say anything about the care.
 */
public record PlanFacts(
        Optional<PlanType> planType,
        Optional<Long> payerId,
        String planName,
        String issuedState,
        Optional<Boolean> employerSponsored,
        String employerName,
        Optional<Boolean> shareWithEmployer) {

    public PlanFacts {
        planType = Text.opt(planType);
        payerId = Text.opt(payerId);
        planName = Text.clean(planName);
        issuedState = UsStates.normalise(issuedState, "plan state");
        employerSponsored = Text.opt(employerSponsored);
        employerName = Text.clean(employerName);
        shareWithEmployer = Text.opt(shareWithEmployer);
    }

    /** The facts without an employer's name or the patient's word on sharing with it. */
    public PlanFacts(
            Optional<PlanType> planType,
            Optional<Long> payerId,
            String planName,
            String issuedState,
            Optional<Boolean> employerSponsored) {
        this(planType, payerId, planName, issuedState, employerSponsored, "", Optional.empty());
    }

    /** Whether the patient has said yes to sharing the denial's details with the employer. */
    public boolean employerMayKnow() {
        return shareWithEmployer.orElse(false);
    }

    public PlanFacts withEmployer(String name, Optional<Boolean> share) {
        return new PlanFacts(
                planType, payerId, planName, issuedState, employerSponsored, name, share);
    }

    /** The same facts with this payer from the directory (or none). */
    public PlanFacts withPayerId(Optional<Long> id) {
        return new PlanFacts(
                planType,
                id,
                planName,
                issuedState,
                employerSponsored,
                employerName,
                shareWithEmployer);
    }

    public static PlanFacts empty() {
        return new PlanFacts(Optional.empty(), Optional.empty(), "", "", Optional.empty());
    }
}
