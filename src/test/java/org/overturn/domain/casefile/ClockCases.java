package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;

/**
 * Cases with a plan type and one dated denial, so their clock gives deadlines (for persistence and
 * UI tests).
 */
public final class ClockCases {

    private ClockCases() {}

    public static CaseFile of(
            String name, PlanType plan, DenialType type, LocalDate notice, CaseStatus status) {
        Denial blank = Denial.blank(type, LevelOfCare.IOP_MENTAL_HEALTH);
        Denial d =
                new Denial(
                        blank.id(),
                        Optional.of(notice),
                        Optional.empty(),
                        Optional.empty(),
                        type,
                        false,
                        blank.levelOfCare(),
                        List.of(),
                        List.of(),
                        blank.criteriaSet(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        blank.unitKind(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        return CaseFile.newCase(Patient.named(name))
                .withStatus(status)
                .withPlan(
                        new PlanFacts(
                                Optional.of(plan), Optional.empty(), "", "", Optional.empty()))
                .withDenials(List.of(d));
    }

    /**
     * An ERISA pre-service denial: its next deadline is filing the appeal, 180 days after the
     * notice.
     */
    public static CaseFile erisa(String name, LocalDate notice) {
        return of(
                name,
                PlanType.ERISA_SELF_FUNDED,
                DenialType.PRE_SERVICE,
                notice,
                CaseStatus.DENIED);
    }
}
