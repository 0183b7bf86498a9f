package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What a 42 CFR Part 2 consent allows the records to be disclosed for. Each one's label is in the
 * wording file {@code packet}, under {@code consentPurpose.} and its id.
 */
public enum ConsentPurpose implements HasId {
    /** Payment, including appealing the plan's decision on this care. */
    PAYMENT_AND_APPEAL("payment-and-appeal"),
    /**
     * The single consent for treatment, payment and health care operations that the 2024 rule
     * allows.
     */
    TREATMENT_PAYMENT_OPERATIONS("tpo"),
    OTHER("other");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "consentPurpose.";

    private final String id;

    ConsentPurpose(String id) {
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

    /** Whether disclosing the records to appeal a coverage decision falls within this purpose. */
    public boolean coversAppeal() {
        return this == PAYMENT_AND_APPEAL || this == TREATMENT_PAYMENT_OPERATIONS;
    }
}
