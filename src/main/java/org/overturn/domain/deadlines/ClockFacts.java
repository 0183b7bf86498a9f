package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The dates a case's clock needs that the denial itself does not hold. The case stores one of
 * these; each date is entered as it happens, and the deadlines follow. A plain record (no derived
 * getters) so the case JSON can carry it as it is.
 *
 * @param appealFiled the day the (first) internal appeal, redetermination or reconsideration was
 *     filed
 * @param appealFiledTime the time it was filed, when known; hour clocks (72 h) then count from it
 * @param finalDenial the date of the final internal denial (the appeal decision upholding the
 *     denial)
 * @param externalReviewFiled the day external review (or the State fair hearing) was requested
 * @param externalReviewFiledTime the time it was requested, when known
 * @param actionEffective Medicaid: the date the notice says the reduction or ending of services
 *     takes effect
 * @param lastCoveredDay concurrent denial: the last day of care the plan still covers
 * @param p2pWindow the plan's own window for requesting a peer-to-peer call
 * @param finalDenialLevel (case format 5) the level at which {@code finalDenial} was decided;
 *     internal unless said
 * @param extensionRequestedAt (v5) employer and ACA plans: when a request to extend urgent
 *     concurrent care was made
 * @param decisionExtended (v5) Medicare Advantage and Medicaid managed care: the plan took its
 *     14-day extension of the appeal decision
 * @param stateHearingDays (v5) Medicaid: the State's own window for requesting a fair hearing, in
 *     days, as the notice states it
 * @param suitBy (v5) the last day to sue as the plan documents set it (a contractual limitation
 *     period)
 */
public record ClockFacts(
        Optional<LocalDate> appealFiled,
        Optional<LocalTime> appealFiledTime,
        Optional<LocalDate> finalDenial,
        Optional<LocalDate> externalReviewFiled,
        Optional<LocalTime> externalReviewFiledTime,
        Optional<LocalDate> actionEffective,
        Optional<LocalDate> lastCoveredDay,
        Optional<PeerToPeerWindow> p2pWindow,
        DecisionLevel finalDenialLevel,
        Optional<LocalDateTime> extensionRequestedAt,
        Boolean decisionExtended,
        Optional<Integer> stateHearingDays,
        Optional<LocalDate> suitBy) {

    /** The facts of case formats 2 to 4. */
    public ClockFacts(
            Optional<LocalDate> appealFiled,
            Optional<LocalTime> appealFiledTime,
            Optional<LocalDate> finalDenial,
            Optional<LocalDate> externalReviewFiled,
            Optional<LocalTime> externalReviewFiledTime,
            Optional<LocalDate> actionEffective,
            Optional<LocalDate> lastCoveredDay,
            Optional<PeerToPeerWindow> p2pWindow) {
        this(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                DecisionLevel.INTERNAL,
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty());
    }

    public ClockFacts {
        appealFiled = opt(appealFiled);
        appealFiledTime = opt(appealFiledTime);
        finalDenial = opt(finalDenial);
        externalReviewFiled = opt(externalReviewFiled);
        externalReviewFiledTime = opt(externalReviewFiledTime);
        actionEffective = opt(actionEffective);
        lastCoveredDay = opt(lastCoveredDay);
        p2pWindow = opt(p2pWindow);
        finalDenialLevel = finalDenialLevel == null ? DecisionLevel.INTERNAL : finalDenialLevel;
        extensionRequestedAt = opt(extensionRequestedAt);
        decisionExtended = Boolean.TRUE.equals(decisionExtended);
        stateHearingDays = opt(stateHearingDays);
        suitBy = opt(suitBy);
        stateHearingDays.ifPresent(
                d -> {
                    if (d < 1 || d > 120) {
                        throw new IllegalArgumentException(
                                "the State's hearing window must be 1 to 120 days, not " + d);
                    }
                });
        if (appealFiledTime.isPresent() && appealFiled.isEmpty()) {
            throw new IllegalArgumentException("appeal filed time needs the appeal filed date");
        }
        if (externalReviewFiledTime.isPresent() && externalReviewFiled.isEmpty()) {
            throw new IllegalArgumentException(
                    "external review time needs the external review date");
        }
        if (appealFiled.isPresent()
                && finalDenial.isPresent()
                && finalDenial.get().isBefore(appealFiled.get())) {
            throw new IllegalArgumentException(
                    "final denial "
                            + finalDenial.get()
                            + " is before the appeal was filed ("
                            + appealFiled.get()
                            + ")");
        }
    }

    public static ClockFacts none() {
        return new ClockFacts(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public ClockFacts withAppealFiled(LocalDate day, Optional<LocalTime> time) {
        return new ClockFacts(
                Optional.of(day),
                time,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withFinalDenial(LocalDate day) {
        return withFinalDenial(day, finalDenialLevel);
    }

    public ClockFacts withFinalDenial(LocalDate day, DecisionLevel level) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                Optional.of(day),
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                level,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withExternalReviewFiled(LocalDate day, Optional<LocalTime> time) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                Optional.of(day),
                time,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withActionEffective(LocalDate day) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                Optional.of(day),
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withLastCoveredDay(LocalDate day) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                Optional.of(day),
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withP2pWindow(PeerToPeerWindow w) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                Optional.of(w),
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withExtensionRequestedAt(LocalDateTime at) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                Optional.of(at),
                decisionExtended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withDecisionExtended(boolean extended) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                extended,
                stateHearingDays,
                suitBy);
    }

    public ClockFacts withStateHearingDays(Optional<Integer> days) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                days,
                suitBy);
    }

    public ClockFacts withSuitBy(Optional<LocalDate> day) {
        return new ClockFacts(
                appealFiled,
                appealFiledTime,
                finalDenial,
                externalReviewFiled,
                externalReviewFiledTime,
                actionEffective,
                lastCoveredDay,
                p2pWindow,
                finalDenialLevel,
                extensionRequestedAt,
                decisionExtended,
                stateHearingDays,
                day);
    }

    private static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }
}
