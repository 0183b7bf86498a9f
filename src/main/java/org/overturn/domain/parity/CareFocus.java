package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** What the care treats; some state rules cover only one. */
public enum CareFocus implements HasId {
    MENTAL_HEALTH("mental-health", "Mental health"),
    SUBSTANCE_USE("substance-use", "Substance use");

    private final String id;
    private final String label;

    CareFocus(String id, String label) {
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
