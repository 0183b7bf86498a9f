package org.overturn.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.Decision;

/** Cases built for the patterns by payer: a denial of a chosen kind, calls and decisions. */
public final class ReportCases {

    private ReportCases() {}

    public static Denial denial(
            LevelOfCare level,
            DenialType type,
            CriteriaSet criteria,
            String reviewerCredentials,
            List<DenialReason> reasons,
            LocalDate notice,
            Optional<BigDecimal> billed) {
        Denial b = Denial.blank(type, level);
        return new Denial(
                b.id(),
                Optional.of(notice),
                Optional.empty(),
                Optional.empty(),
                type,
                false,
                level,
                reasons,
                List.of(),
                criteria,
                "",
                "Dr. Reviewer",
                reviewerCredentials,
                "",
                "",
                "",
                b.unitKind(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                billed,
                "Not medically necessary.",
                Optional.empty());
    }

    public static CallLog call(LocalDateTime at, Optional<Boolean> honoured, CallOutcome outcome) {
        return new CallLog(
                UUID.randomUUID().toString(),
                at,
                "Dr. Reviewer",
                "MD",
                "",
                Optional.empty(),
                Optional.empty(),
                honoured,
                outcome,
                "",
                "");
    }

    public static CaseFile of(
            String patient,
            Optional<Long> payerId,
            List<Denial> denials,
            List<CallLog> calls,
            List<Decision> decisions,
            Optional<LocalDate> appealFiled) {
        CaseFile c =
                CaseFile.newCase(Patient.named(patient))
                        .withPlan(
                                new PlanFacts(
                                        Optional.of(PlanType.ERISA_SELF_FUNDED),
                                        payerId,
                                        "",
                                        "",
                                        Optional.empty()))
                        .withDenials(denials)
                        .withCalls(calls)
                        .withDecisions(decisions);
        return appealFiled
                .map(d -> c.withClock(c.clock().withAppealFiled(d, Optional.empty())))
                .orElse(c);
    }
}
