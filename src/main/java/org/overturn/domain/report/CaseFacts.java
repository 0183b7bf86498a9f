package org.overturn.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;

/**
 * What one case adds to the patterns by payer, worked out when it is saved so the Payers view
 * counts rows instead of reading case documents: each denial's kind, and where the case ended. No
 * name, date of birth or member id is among them.
 *
 * @param denials one per denial in the case, first to latest
 * @param firstDeniedOn the first denial's date (the earlier of its notice and its receipt)
 * @param p2pCalls peer-to-peer calls logged
 * @param p2pHonoured calls held at the time the plan had scheduled
 * @param p2pNotHonoured calls the plan did not hold at the time it had scheduled
 * @param resolution where the denial ended
 * @param daysToDecision from the first denial to the first recorded decision, when there is one
 * @param billedCents the amounts billed on the case's denials, in cents
 * @param recoveredCents the billed amount when the latest decision overturned the denial in full (a
 *     partial overturn's amount is not known, so it counts nothing)
 */
public record CaseFacts(
        List<DenialFact> denials,
        Optional<LocalDate> firstDeniedOn,
        int p2pCalls,
        int p2pHonoured,
        int p2pNotHonoured,
        Resolution resolution,
        Optional<Integer> daysToDecision,
        long billedCents,
        long recoveredCents) {

    /** One denial's kind. */
    public record DenialFact(
            Optional<LocalDate> deniedOn,
            LevelOfCare levelOfCare,
            DenialType denialType,
            CriteriaSet criteriaSet,
            ReviewerClass reviewer,
            List<DenialReason> reasons,
            long billedCents) {

        public DenialFact {
            reasons = List.copyOf(reasons);
        }

        static DenialFact of(Denial d) {
            return new DenialFact(
                    d.effectiveDate(),
                    d.levelOfCare(),
                    d.denialType(),
                    d.criteriaSet(),
                    ReviewerClass.of(d.reviewerCredentials()),
                    d.reasons(),
                    d.billedAmount().map(CaseFacts::cents).orElse(0L));
        }
    }

    public CaseFacts {
        denials = List.copyOf(denials);
    }

    public static CaseFacts of(CaseFile c) {
        List<DenialFact> denials = c.denials().stream().map(DenialFact::of).toList();
        Optional<LocalDate> first =
                denials.stream()
                        .map(DenialFact::deniedOn)
                        .flatMap(Optional::stream)
                        .min(Comparator.naturalOrder());
        List<CallLog> calls = c.calls();
        int honoured =
                (int) calls.stream().filter(k -> k.scheduledTimeHonoured().orElse(false)).count();
        int notHonoured =
                (int) calls.stream().filter(k -> !k.scheduledTimeHonoured().orElse(true)).count();
        Optional<Decision> firstDecision = c.decisions().stream().findFirst();
        Optional<Decision> latest =
                c.decisions().isEmpty()
                        ? Optional.empty()
                        : Optional.of(c.decisions().get(c.decisions().size() - 1));
        long billed = denials.stream().mapToLong(DenialFact::billedCents).sum();
        Resolution resolution = resolution(latest, calls, c.clock().appealFiled().isPresent());
        Optional<Integer> days =
                first.flatMap(
                        f ->
                                firstDecision.map(
                                        d -> (int) ChronoUnit.DAYS.between(f, d.decidedOn())));
        long recovered =
                latest.map(d -> d.outcome() == DecisionOutcome.OVERTURNED).orElse(false)
                        ? billed
                        : 0;
        return new CaseFacts(
                denials,
                first,
                calls.size(),
                honoured,
                notHonoured,
                resolution,
                days.filter(n -> n >= 0),
                billed,
                recovered);
    }

    /**
     * The latest decision says where the case ended; an overturn recorded with no appeal ever
     * filed, after a call, was the call's. With no decision, a call that reversed the denial ends
     * it at the call.
     */
    private static Resolution resolution(
            Optional<Decision> latest, List<CallLog> calls, boolean appealFiled) {
        boolean reversedOnCall =
                calls.stream()
                        .anyMatch(
                                k ->
                                        k.outcome() == CallOutcome.OVERTURNED
                                                || k.outcome() == CallOutcome.PARTLY);
        if (latest.isPresent()) {
            Decision d = latest.get();
            if (d.outcome() == DecisionOutcome.UPHELD) {
                return Resolution.UPHELD;
            }
            if (d.level() != DecisionLevel.INTERNAL) {
                return Resolution.OVERTURNED_AT_EXTERNAL_REVIEW;
            }
            return appealFiled || calls.isEmpty()
                    ? Resolution.OVERTURNED_ON_APPEAL
                    : Resolution.OVERTURNED_AT_P2P;
        }
        return reversedOnCall ? Resolution.OVERTURNED_AT_P2P : Resolution.OPEN;
    }

    static long cents(BigDecimal dollars) {
        return dollars.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
