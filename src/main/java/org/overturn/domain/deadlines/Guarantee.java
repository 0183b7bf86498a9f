package org.overturn.domain.deadlines;

import org.overturn.domain.wording.Wording;

/** How far a due date can be relied on, so the screens can say so next to it. */
public enum Guarantee {
    /** The date the rule gives. */
    EXACT,
    /** The least time the rule guarantees; the plan or state may give more, never less. */
    MINIMUM,
    /**
     * The most the rule allows; the state may give less, so the date on the notice wins if earlier.
     */
    UPPER_LIMIT,
    /** A usual processing time, not a legal limit. */
    TYPICAL;

    private static final Wording WORDS = Wording.of("deadlines");

    /** What the guarantee means, in the words shown next to a due date. */
    public String explanation() {
        return switch (this) {
            case EXACT -> WORDS.text("guarantee.exact");
            case MINIMUM -> WORDS.text("guarantee.minimum");
            case UPPER_LIMIT -> WORDS.text("guarantee.upperLimit");
            case TYPICAL -> WORDS.text("guarantee.typical");
        };
    }
}
