package org.overturn.domain.report;

import java.util.Map;
import java.util.Optional;

/**
 * One payer's denials and how they ended, across every case filed under it: the Payers view's row,
 * and {@code report payers}. Counts only; no patient is named.
 *
 * @param payer the payer's name, or "" for cases with no payer recorded
 * @param behavioralHealthManager the company the payer delegates behavioral-health review to, if
 *     any
 * @param cases cases whose first denial falls in the period
 * @param denials denials in the period (a case may hold several)
 * @param byLevel denials by level of care id
 * @param byReason denials by reason id (a denial giving two reasons counts under both)
 * @param byCriteria denials by the criteria set the denial named
 * @param byType denials by denial type id (pre-service, concurrent, claim)
 * @param byReviewer denials by {@link ReviewerClass} id
 * @param casesWithCall cases with at least one peer-to-peer call logged
 * @param callsHonoured calls held at the time the plan had scheduled
 * @param callsNotHonoured calls the plan did not hold at its scheduled time
 * @param byResolution cases by where the denial ended
 * @param medianDaysToDecision from the first denial to the first decision, over the cases decided
 * @param billedCents amounts billed on the cases' denials
 * @param recoveredCents amounts billed on cases whose latest decision overturned the denial in full
 */
public record PayerPatterns(
        String payer,
        String behavioralHealthManager,
        int cases,
        int denials,
        Map<String, Integer> byLevel,
        Map<String, Integer> byReason,
        Map<String, Integer> byCriteria,
        Map<String, Integer> byType,
        Map<String, Integer> byReviewer,
        int casesWithCall,
        int callsHonoured,
        int callsNotHonoured,
        Map<Resolution, Integer> byResolution,
        Optional<Double> medianDaysToDecision,
        long billedCents,
        long recoveredCents) {

    public PayerPatterns {
        byLevel = Map.copyOf(byLevel);
        byReason = Map.copyOf(byReason);
        byCriteria = Map.copyOf(byCriteria);
        byType = Map.copyOf(byType);
        byReviewer = Map.copyOf(byReviewer);
        byResolution = Map.copyOf(byResolution);
    }

    public int resolved(Resolution r) {
        return byResolution.getOrDefault(r, 0);
    }

    /** Cases overturned at any step, in whole or in part. */
    public int overturned() {
        return resolved(Resolution.OVERTURNED_AT_P2P)
                + resolved(Resolution.OVERTURNED_ON_APPEAL)
                + resolved(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW);
    }

    /** Overturned cases as a share of the decided ones, when any is decided. */
    public Optional<Double> overturnRate() {
        int decided = overturned() + resolved(Resolution.UPHELD);
        return decided == 0 ? Optional.empty() : Optional.of(overturned() / (double) decided);
    }

    /** Denials by reviewers the credentials show are not psychiatrists. */
    public int deniedByNonPsychiatrists() {
        return byReviewer.getOrDefault(ReviewerClass.NOT_A_PSYCHIATRIST.id(), 0);
    }
}
