package org.overturn.domain.deadlines;

import static org.overturn.domain.cases.CaseStatus.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.wording.Wording;

/**
 * The case's status workflow: denied, appeal drafted, peer-to-peer requested or held, appeal filed,
 * decided, external review, closed. Steps may be skipped (many appeals go out with no
 * peer-to-peer), and a step back is allowed where real cases go back (a drafted appeal shelved, a
 * decided case appealed again at the next level).
 */
public final class StatusWorkflow {

    private static final Wording WORDS = Wording.of("deadlines");

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(DENIED, EnumSet.of(APPEAL_DRAFTED, P2P_REQUESTED, APPEAL_FILED, CLOSED));
        NEXT.put(APPEAL_DRAFTED, EnumSet.of(DENIED, P2P_REQUESTED, APPEAL_FILED, CLOSED));
        NEXT.put(P2P_REQUESTED, EnumSet.of(P2P_HELD, APPEAL_DRAFTED, APPEAL_FILED, CLOSED));
        // A peer-to-peer call can reverse the denial on the spot: straight to decided.
        NEXT.put(P2P_HELD, EnumSet.of(APPEAL_DRAFTED, APPEAL_FILED, DECIDED, CLOSED));
        NEXT.put(APPEAL_FILED, EnumSet.of(P2P_REQUESTED, DECIDED, CLOSED));
        // After an upheld decision: a second internal level, external review (or hearing / next
        // level), or stop.
        NEXT.put(DECIDED, EnumSet.of(APPEAL_FILED, EXTERNAL_REVIEW, CLOSED));
        NEXT.put(EXTERNAL_REVIEW, EnumSet.of(DECIDED, CLOSED));
        // A new denial in the same episode reopens the case.
        NEXT.put(CLOSED, EnumSet.of(DENIED));
    }

    private StatusWorkflow() {}

    public static Set<CaseStatus> allowedFrom(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean canMove(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The timeline entry recording the change; refuses a change the workflow does not allow. */
    public static TimelineEvent eventFor(
            CaseStatus from, CaseStatus to, LocalDate on, String note) {
        if (!canMove(from, to)) {
            throw new IllegalArgumentException(
                    "a case cannot go from " + from.label() + " to " + to.label());
        }
        return TimelineEvent.of(on, EventKind.STATUS, eventTitle(from, to), note);
    }

    /**
     * The timeline entry recording a decision, which moves the case to decided; refuses it where
     * the workflow has no decision to record (a case not yet appealed or under review).
     */
    public static TimelineEvent decisionEvent(CaseStatus from, Decision d, String note) {
        if (!canMove(from, DECIDED)) {
            throw new IllegalArgumentException(
                    "a case cannot go from " + from.label() + " to " + DECIDED.label());
        }
        return TimelineEvent.of(
                d.decidedOn(),
                EventKind.DECISION,
                WORDS.fill(
                        "status.decision",
                        "level",
                        d.level().label(),
                        "outcome",
                        d.outcome().label()),
                note);
    }

    /**
     * The clock after a decision: one that still denies care, on an appeal or review, is the latest
     * adverse decision (the clock's final denial, at its level), so the next level's window runs
     * from it. An overturn leaves the clock as it was, and so does a denial kept after a
     * peer-to-peer call: that call is not an appeal, and the appeal window still runs from the
     * denial itself.
     */
    public static ClockFacts factsAfter(ClockFacts facts, CaseStatus from, Decision d) {
        boolean onAppeal = from != P2P_HELD;
        return d.outcome().adverse() && onAppeal
                ? facts.withFinalDenial(d.decidedOn(), d.level())
                : facts;
    }

    /** The level a decision is most likely from, given the status the case is leaving. */
    public static DecisionLevel likelyLevel(CaseStatus from) {
        return from == EXTERNAL_REVIEW ? DecisionLevel.EXTERNAL : DecisionLevel.INTERNAL;
    }

    public static String eventTitle(CaseStatus from, CaseStatus to) {
        return WORDS.fill("status.change", "from", from.label(), "to", to.label());
    }

    /**
     * The clock dates a status change fills in when they are still empty, so the deadlines follow
     * at once.
     */
    public static ClockFacts factsAfter(ClockFacts facts, CaseStatus to, LocalDate on) {
        if (to == APPEAL_FILED && facts.appealFiled().isEmpty()) {
            return facts.withAppealFiled(on, Optional.empty());
        }
        if (to == EXTERNAL_REVIEW && facts.externalReviewFiled().isEmpty()) {
            return facts.withExternalReviewFiled(on, Optional.empty());
        }
        return facts;
    }
}
