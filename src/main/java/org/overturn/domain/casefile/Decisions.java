package org.overturn.domain.casefile;

import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.StatusWorkflow;

/**
 * What recording a review's decision does to a case: the decision is kept with its level and
 * outcome, the case moves to decided, the timeline says what was decided, and a decision that still
 * denies care on an appeal or review becomes the clock's final denial, so the clock offers the next
 * level (external review, a hearing) with its window.
 */
public final class Decisions {

    private Decisions() {}

    /**
     * The case with the decision recorded.
     *
     * @throws IllegalArgumentException when the case has nothing to decide (its status cannot move
     *     to decided), or the date contradicts the clock (a decision before the appeal was filed)
     */
    public static CaseFile record(CaseFile c, Decision d, String note) {
        CaseStatus from = c.status();
        TimelineEvent event = StatusWorkflow.decisionEvent(from, d, note);
        List<Decision> all = new ArrayList<>(c.decisions());
        all.add(d);
        return c.withClock(StatusWorkflow.factsAfter(c.clock(), from, d))
                .withDecisions(all)
                .withStatus(CaseStatus.DECIDED)
                .withEvent(event);
    }
}
