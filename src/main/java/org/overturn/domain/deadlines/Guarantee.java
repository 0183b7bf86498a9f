package org.overturn.domain.deadlines;

/** How far a due date can be relied on, so the screens can say so next to it. */
public enum Guarantee {
    /** The date the rule gives. */
    EXACT("The date the rule gives."),
    /** The least time the rule guarantees; the plan or state may give more, never less. */
    MINIMUM("The least time the rule guarantees; the plan or the state may give more."),
    /**
     * The most the rule allows; the state may give less, so the date on the notice wins if earlier.
     */
    UPPER_LIMIT("The most time the rule allows; the notice may give less, and then its date wins."),
    /** A usual processing time, not a legal limit. */
    TYPICAL("A usual processing time, not a legal limit.");

    private final String explanation;

    Guarantee(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
