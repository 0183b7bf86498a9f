package org.overturn.domain.deadlines;

import java.time.LocalDate;

/**
 * A review's decision on the denial, as the case records it: the day it was decided (the day on the
 * decision notice), the level that decided it, and what it decided. Peer-to-peer calls keep their
 * own outcome in the call log.
 */
public record Decision(LocalDate decidedOn, DecisionLevel level, DecisionOutcome outcome) {

    public Decision {
        if (decidedOn == null || level == null || outcome == null) {
            throw new IllegalArgumentException(
                    "a decision needs its date, its level and its outcome");
        }
    }
}
