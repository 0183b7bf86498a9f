package org.overturn.domain.readiness;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;

/**
 * The job in order (Denial → Scores → Rebuttal → Letter → Export) and how far a case has come along
 * it: each step is done only when what it stands for is really there, so the path never shows green
 * for work not done.
 */
public final class CasePath {

    /** The steps, in the order of the job. */
    public enum Step {
        DENIAL,
        SCORES,
        REBUTTAL,
        LETTER,
        EXPORT
    }

    /** Where a step stands. */
    public enum State {
        DONE,
        NEEDS_ATTENTION,
        NOT_STARTED
    }

    /** Why a step needs attention or is not done, for the words next to it. */
    public enum Why {
        NONE,
        NO_DENIAL,
        NO_NOTICE_DATE,
        NO_RATIONALE,
        NO_ASSESSMENT,
        ASSESSMENT_UNFINISHED,
        NO_STATEMENTS,
        STATEMENTS_UNCONFIRMED,
        NO_ROWS,
        NOT_DRAFTED,
        LETTER_STALE,
        NOT_EXPORTED
    }

    /** One step's state and the reason behind it. */
    public record Status(Step step, State state, Why why) {
        public boolean done() {
            return state == State.DONE;
        }
    }

    private CasePath() {}

    /**
     * Every step of the case, in order.
     *
     * @param letterStale whether a drafted part of the letter rests on case facts that have changed
     *     since
     * @param exported whether a packet of this case has been exported or sent
     */
    public static List<Status> of(CaseFile c, boolean letterStale, boolean exported) {
        return List.of(
                denial(c),
                scores(c),
                rebuttal(c),
                letter(c, letterStale),
                exported || !c.packet().submissions().isEmpty()
                        ? new Status(Step.EXPORT, State.DONE, Why.NONE)
                        : new Status(Step.EXPORT, State.NOT_STARTED, Why.NOT_EXPORTED));
    }

    /** The first step not done, or empty when the whole path is. */
    public static Optional<Status> next(List<Status> path) {
        return path.stream().filter(s -> !s.done()).findFirst();
    }

    static Status denial(CaseFile c) {
        Optional<Denial> d = c.currentDenial();
        if (d.isEmpty()) {
            return new Status(Step.DENIAL, State.NOT_STARTED, Why.NO_DENIAL);
        }
        if (d.get().noticeDate().isEmpty()) {
            return new Status(Step.DENIAL, State.NEEDS_ATTENTION, Why.NO_NOTICE_DATE);
        }
        if (d.get().rationale().isBlank()) {
            return new Status(Step.DENIAL, State.NEEDS_ATTENTION, Why.NO_RATIONALE);
        }
        return new Status(Step.DENIAL, State.DONE, Why.NONE);
    }

    static Status scores(CaseFile c) {
        List<Assessment> all = c.assessments();
        if (all.isEmpty()) {
            return new Status(Step.SCORES, State.NOT_STARTED, Why.NO_ASSESSMENT);
        }
        return all.stream().anyMatch(a -> a.unrated().isEmpty())
                ? new Status(Step.SCORES, State.DONE, Why.NONE)
                : new Status(Step.SCORES, State.NEEDS_ATTENTION, Why.ASSESSMENT_UNFINISHED);
    }

    static Status rebuttal(CaseFile c) {
        List<StatementMapping> statements = c.statements();
        if (statements.isEmpty() && c.rebuttal().isEmpty()) {
            return new Status(Step.REBUTTAL, State.NOT_STARTED, Why.NO_STATEMENTS);
        }
        if (statements.stream().anyMatch(s -> !s.confirmed())) {
            return new Status(Step.REBUTTAL, State.NEEDS_ATTENTION, Why.STATEMENTS_UNCONFIRMED);
        }
        if (c.rebuttal().isEmpty()) {
            return new Status(Step.REBUTTAL, State.NEEDS_ATTENTION, Why.NO_ROWS);
        }
        return new Status(Step.REBUTTAL, State.DONE, Why.NONE);
    }

    static Status letter(CaseFile c, boolean stale) {
        Optional<LetterDraft> l = c.packet().letter();
        if (l.isEmpty() || l.get().sections().isEmpty()) {
            return new Status(Step.LETTER, State.NOT_STARTED, Why.NOT_DRAFTED);
        }
        return stale
                ? new Status(Step.LETTER, State.NEEDS_ATTENTION, Why.LETTER_STALE)
                : new Status(Step.LETTER, State.DONE, Why.NONE);
    }
}
