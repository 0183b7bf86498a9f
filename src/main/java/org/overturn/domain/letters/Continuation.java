package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;

/**
 * The facts that decide whether coverage can continue while an appeal runs: a concurrent denial that ends or reduces
 * care the plan had already approved, before the approved period runs out. A denied request for days past the
 * authorization ends nothing that was approved, so nothing continues.
 */
public final class Continuation {

    private Continuation() {
    }

    /** The last day the plan approved, over every authorization period. */
    public static Optional<LocalDate> lastApprovedDay(CaseFile c) {
        return c.authorizations().stream().map(AuthorizationPeriod::lastDay).max(Comparator.naturalOrder());
    }

    /**
     * Whether the denial stops approved care early: concurrent, and the first day it refuses (the first day
     * requested, else the notice's date) falls on or before the last approved day.
     */
    public static boolean endsApprovedCourse(CaseFile c, Denial d) {
        if (d.denialType() != DenialType.CONCURRENT) {
            return false;
        }
        Optional<LocalDate> last = lastApprovedDay(c);
        Optional<LocalDate> cut = d.startDateRequested().or(d::effectiveDate);
        return last.isPresent() && cut.isPresent() && !cut.get().isAfter(last.get());
    }

    /** Medicaid fee-for-service: the request is made before the date of action (the first day refused). */
    static boolean beforeDateOfAction(Denial d, LocalDate today) {
        return d.denialType() == DenialType.CONCURRENT && d.startDateRequested().map(today::isBefore).orElse(false);
    }

    /**
     * Medicaid managed care: whether the enrollee may still ask for benefits to continue through the plan appeal
     * (42 CFR 438.420): approved services ended or reduced early, and the request is timely: by the later of ten
     * days from the notice and the action's intended effective date.
     */
    public static Optional<LocalDate> medicaidEnrolleeDeadline(CaseFile c, Denial d) {
        if (c.plan().planType().orElse(PlanType.OTHER) != PlanType.MEDICAID_MCO || !endsApprovedCourse(c, d)) {
            return Optional.empty();
        }
        Optional<LocalDate> notice = d.noticeDate().or(d::effectiveDate);
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        LocalDate tenDays = notice.get().plusDays(10);
        LocalDate effective = d.startDateRequested().orElse(tenDays);
        return Optional.of(effective.isAfter(tenDays) ? effective : tenDays);
    }
}
