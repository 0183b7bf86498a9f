package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;

/** The DSM-5 severity specifier of a diagnosis. */
public enum DsmSeverity implements HasId {
    MILD("mild", "Mild"),
    MODERATE("moderate", "Moderate"),
    SEVERE("severe", "Severe");

    private final String id;
    private final String label;

    DsmSeverity(String id, String label) {
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
