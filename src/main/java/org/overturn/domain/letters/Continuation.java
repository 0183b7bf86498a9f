package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.DeadlineInput;

/**
 * The facts that decide whether coverage can continue while an appeal runs: a concurrent denial
 * that ends or reduces care the plan had already approved, before the approved period runs out. A
 * denied request for days past the authorization ends nothing that was approved, so nothing
 * continues.
 */
public final class Continuation {

    private Continuation() {}

    /** The last day the plan approved, over every authorization period. */
    public static Optional<LocalDate> lastApprovedDay(CaseFile c) {
        return c.authorizations().stream()
                .map(AuthorizationPeriod::lastDay)
                .max(Comparator.naturalOrder());
    }

    /**
     * Whether the denial stops approved care early: concurrent, and its date of action (as the
     * clock reads it: the effective date on the notice, the day after the last covered day, else
     * the first day requested) falls on or before the last approved day. False when the case does
     * not say, so no outgoing page claims it.
     */
    public static boolean endsApprovedCourse(CaseFile c, Denial d) {
        return d.denialType() == DenialType.CONCURRENT
                && input(c, d).flatMap(DeadlineInput::endsApprovedCourse).orElse(false);
    }

    /** Medicaid fee-for-service: the request is made before the date of action. */
    static boolean beforeDateOfAction(CaseFile c, Denial d, LocalDate today) {
        return d.denialType() == DenialType.CONCURRENT
                && input(c, d)
                        .flatMap(DeadlineInput::dateOfAction)
                        .map(today::isBefore)
                        .orElse(false);
    }

    /**
     * Medicaid managed care: the day by which the enrollee must ask for benefits to continue
     * through the plan appeal (42 CFR 438.420): approved services ended or reduced early, asked by
     * the later of ten days from the notice and the action's effective date. The same rule as the
     * clock's continued-benefits date.
     */
    public static Optional<LocalDate> medicaidEnrolleeDeadline(CaseFile c, Denial d) {
        if (c.plan().planType().orElse(PlanType.OTHER) != PlanType.MEDICAID_MCO
                || !endsApprovedCourse(c, d)) {
            return Optional.empty();
        }
        Optional<DeadlineInput> in = input(c, d);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        LocalDate tenDays = in.get().fromNotice().date().plusDays(10);
        LocalDate effective = in.get().dateOfAction().orElse(tenDays);
        return Optional.of(effective.isAfter(tenDays) ? effective : tenDays);
    }

    private static Optional<DeadlineInput> input(CaseFile c, Denial d) {
        try {
            return c.deadlineInput(d);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
