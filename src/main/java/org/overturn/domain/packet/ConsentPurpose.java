package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** What a 42 CFR Part 2 consent allows the records to be disclosed for. */
public enum ConsentPurpose implements HasId {
    /** Payment, including appealing the plan's decision on this care. */
    PAYMENT_AND_APPEAL("payment-and-appeal", "Payment, including appeals of coverage decisions"),
    /**
     * The single consent for treatment, payment and health care operations that the 2024 rule
     * allows.
     */
    TREATMENT_PAYMENT_OPERATIONS("tpo", "Treatment, payment and health care operations"),
    OTHER("other", "Another purpose");

    private final String id;
    private final String label;

    ConsentPurpose(String id, String label) {
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

    /** Whether disclosing the records to appeal a coverage decision falls within this purpose. */
    public boolean coversAppeal() {
        return this == PAYMENT_AND_APPEAL || this == TREATMENT_PAYMENT_OPERATIONS;
    }
}
