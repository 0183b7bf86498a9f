package org.overturn.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the Cases screen: just what the list shows, read without loading whole case files.
 *
 * @param nextDeadline the case's next open deadline, as stored when the case was last saved
 */
public record CaseSummary(
        long id,
        String patientName,
        String payerName,
        Optional<PlanType> planType,
        Optional<LevelOfCare> levelOfCare,
        CaseStatus status,
        Optional<LocalDate> denialDate,
        Instant updatedAt,
        Optional<NextDeadline> nextDeadline) {

    /** A row with no deadline known. */
    public CaseSummary(
            long id,
            String patientName,
            String payerName,
            Optional<PlanType> planType,
            Optional<LevelOfCare> levelOfCare,
            CaseStatus status,
            Optional<LocalDate> denialDate,
            Instant updatedAt) {
        this(
                id,
                patientName,
                payerName,
                planType,
                levelOfCare,
                status,
                denialDate,
                updatedAt,
                Optional.empty());
    }

    public CaseSummary {
        patientName = Text.clean(patientName);
        payerName = Text.clean(payerName);
        planType = Text.opt(planType);
        levelOfCare = Text.opt(levelOfCare);
        denialDate = Text.opt(denialDate);
        nextDeadline = Text.opt(nextDeadline);
    }
}
