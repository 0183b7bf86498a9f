package org.overturn.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One row of the Cases screen: just what the list shows, read without loading whole case files. */
public record CaseSummary(long id, String patientName, String payerName, Optional<PlanType> planType,
                          Optional<LevelOfCare> levelOfCare, CaseStatus status, Optional<LocalDate> denialDate,
                          Instant updatedAt) {

    public CaseSummary {
        patientName = Text.clean(patientName);
        payerName = Text.clean(payerName);
        planType = Text.opt(planType);
        levelOfCare = Text.opt(levelOfCare);
        denialDate = Text.opt(denialDate);
    }
}
