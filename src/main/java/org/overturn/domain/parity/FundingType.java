package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/**
 * Whether the plan pays claims itself or buys insurance; state law reaches only insured coverage.
 */
public enum FundingType implements HasId {
    SELF_FUNDED("self-funded", "Self-funded"),
    FULLY_INSURED("fully-insured", "Fully insured"),
    UNKNOWN("unknown", "Not known");

    private final String id;
    private final String label;

    FundingType(String id, String label) {
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
