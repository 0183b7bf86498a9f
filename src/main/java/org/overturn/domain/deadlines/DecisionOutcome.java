package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/** What a review decided about the denial: reversed, reversed in part, or kept. */
public enum DecisionOutcome implements HasId {
    OVERTURNED("overturned"),
    PARTLY_OVERTURNED("partly-overturned"),
    UPHELD("upheld");

    private static final Wording WORDS = Wording.of("deadlines");
    private static final String LABEL = "decisionOutcome.";

    private final String id;

    DecisionOutcome(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return WORDS.text(LABEL + id);
    }

    /**
     * True when the decision still denies some of the care: the next level of review is open
     * against it, and its date starts that level's clock.
     */
    public boolean adverse() {
        return this != OVERTURNED;
    }
}
