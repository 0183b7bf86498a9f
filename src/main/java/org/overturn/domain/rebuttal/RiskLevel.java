package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;

/** How serious one kind of risk is, as the clinician judged it. */
public enum RiskLevel implements HasId {
    NOT_ASSESSED("not-assessed", "Not assessed"),
    NONE("none", "None identified"),
    LOW("low", "Low"),
    MODERATE("moderate", "Moderate"),
    HIGH("high", "High"),
    IMMINENT("imminent", "Imminent");

    private final String id;
    private final String label;

    RiskLevel(String id, String label) {
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
