package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** The kinds of coverage a state law can reach; self-funded ERISA plans are not among them. */
public enum StateMarket implements HasId {
    INSURED_GROUP("insured-group", "Fully insured group coverage"),
    INDIVIDUAL("individual", "Individual coverage"),
    PUBLIC_EMPLOYEE("public-employee", "State and local public employee plans"),
    MEDICAID_MANAGED_CARE("medicaid-managed-care", "Medicaid managed care");

    private final String id;
    private final String label;

    StateMarket(String id, String label) {
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
