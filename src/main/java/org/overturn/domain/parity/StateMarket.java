package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The kinds of coverage a state law can reach; self-funded ERISA plans are not among them. Each
 * one's label is in the wording file {@code parity-notes}, under {@code stateMarket.} and its id.
 */
public enum StateMarket implements HasId {
    INSURED_GROUP("insured-group"),
    INDIVIDUAL("individual"),
    PUBLIC_EMPLOYEE("public-employee"),
    MEDICAID_MANAGED_CARE("medicaid-managed-care");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "stateMarket.";

    private final String id;

    StateMarket(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @ClinicianOnly
    @Override
    public String label() {
        return WORDS.text(LABEL + id);
    }
}
