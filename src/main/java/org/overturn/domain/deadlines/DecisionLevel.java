package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;

/**
 * The level at which the case's latest adverse decision (the clock's "final denial") was made, so
 * the clock can show the step after it. What each level is depends on the plan type: for Medicare
 * the external level is the independent reviewer (IRE or QIC) and the hearing is before an ALJ; for
 * FEHB the external level is OPM's review; for TRICARE it is the second reconsideration; for
 * Medicaid the hearing is the State fair hearing.
 */
public enum DecisionLevel implements HasId {
    INTERNAL("internal", "Internal appeal"),
    EXTERNAL("external", "External or independent review"),
    HEARING("hearing", "Hearing (ALJ or State fair hearing)"),
    COUNCIL("council", "Medicare Appeals Council");

    private final String id;
    private final String label;

    DecisionLevel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
