package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The dates a case's clock needs that the denial itself does not hold. The case stores one of these; each date is
 * entered as it happens, and the deadlines follow. A plain record (no derived getters) so the case JSON can carry
 * it as it is.
 *
 * @param appealFiled the day the (first) internal appeal, redetermination or reconsideration was filed
 * @param appealFiledTime the time it was filed, when known; hour clocks (72 h) then count from it
 * @param finalDenial the date of the final internal denial (the appeal decision upholding the denial)
 * @param externalReviewFiled the day external review (or the State fair hearing) was requested
 * @param externalReviewFiledTime the time it was requested, when known
 * @param actionEffective Medicaid: the date the notice says the reduction or ending of services takes effect
 * @param lastCoveredDay concurrent denial: the last day of care the plan still covers
 * @param p2pWindow the plan's own window for requesting a peer-to-peer call
 */
public record ClockFacts(Optional<LocalDate> appealFiled, Optional<LocalTime> appealFiledTime,
                         Optional<LocalDate> finalDenial, Optional<LocalDate> externalReviewFiled,
                         Optional<LocalTime> externalReviewFiledTime, Optional<LocalDate> actionEffective,
                         Optional<LocalDate> lastCoveredDay, Optional<PeerToPeerWindow> p2pWindow) {

    public ClockFacts {
        appealFiled = opt(appealFiled);
        appealFiledTime = opt(appealFiledTime);
        finalDenial = opt(finalDenial);
        externalReviewFiled = opt(externalReviewFiled);
        externalReviewFiledTime = opt(externalReviewFiledTime);
        actionEffective = opt(actionEffective);
        lastCoveredDay = opt(lastCoveredDay);
        p2pWindow = opt(p2pWindow);
        if (appealFiledTime.isPresent() && appealFiled.isEmpty()) {
            throw new IllegalArgumentException("appeal filed time needs the appeal filed date");
        }
        if (externalReviewFiledTime.isPresent() && externalReviewFiled.isEmpty()) {
            throw new IllegalArgumentException("external review time needs the external review date");
        }
        if (appealFiled.isPresent() && finalDenial.isPresent() && finalDenial.get().isBefore(appealFiled.get())) {
            throw new IllegalArgumentException("final denial " + finalDenial.get()
                    + " is before the appeal was filed (" + appealFiled.get() + ")");
        }
    }

    public static ClockFacts none() {
        return new ClockFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ClockFacts withAppealFiled(LocalDate day, Optional<LocalTime> time) {
        return new ClockFacts(Optional.of(day), time, finalDenial, externalReviewFiled, externalReviewFiledTime,
                actionEffective, lastCoveredDay, p2pWindow);
    }

    public ClockFacts withFinalDenial(LocalDate day) {
        return new ClockFacts(appealFiled, appealFiledTime, Optional.of(day), externalReviewFiled,
                externalReviewFiledTime, actionEffective, lastCoveredDay, p2pWindow);
    }

    public ClockFacts withExternalReviewFiled(LocalDate day, Optional<LocalTime> time) {
        return new ClockFacts(appealFiled, appealFiledTime, finalDenial, Optional.of(day), time, actionEffective,
                lastCoveredDay, p2pWindow);
    }

    public ClockFacts withActionEffective(LocalDate day) {
        return new ClockFacts(appealFiled, appealFiledTime, finalDenial, externalReviewFiled,
                externalReviewFiledTime, Optional.of(day), lastCoveredDay, p2pWindow);
    }

    public ClockFacts withLastCoveredDay(LocalDate day) {
        return new ClockFacts(appealFiled, appealFiledTime, finalDenial, externalReviewFiled,
                externalReviewFiledTime, actionEffective, Optional.of(day), p2pWindow);
    }

    public ClockFacts withP2pWindow(PeerToPeerWindow w) {
        return new ClockFacts(appealFiled, appealFiledTime, finalDenial, externalReviewFiled,
                externalReviewFiledTime, actionEffective, lastCoveredDay, Optional.of(w));
    }

    private static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }
}
