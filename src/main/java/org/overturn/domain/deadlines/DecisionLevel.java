package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The level at which the case's latest adverse decision (the clock's "final denial") was made, so
 * the clock can show the step after it. What each level is depends on the plan type: for Medicare
 * the external level is the independent reviewer (IRE or QIC) and the hearing is before an ALJ; for
 * FEHB the external level is OPM's review; for TRICARE it is the second reconsideration; for
 * Medicaid the hearing is the State fair hearing.
 */
public enum DecisionLevel implements HasId {
    INTERNAL("internal"),
    EXTERNAL("external"),
    HEARING("hearing"),
    COUNCIL("council");

    private static final Wording WORDS = Wording.of("deadlines");
    private static final String LABEL = "decisionLevel.";

    private final String id;

    DecisionLevel(String id) {
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
}
