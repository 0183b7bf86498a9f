package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Whether the plan pays claims itself or buys insurance; state law reaches only insured coverage.
 * Each one's label is in the wording file {@code parity-notes}, under {@code fundingType.} and its
 * id.
 */
public enum FundingType implements HasId {
    SELF_FUNDED("self-funded"),
    FULLY_INSURED("fully-insured"),
    UNKNOWN("unknown");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "fundingType.";

    private final String id;

    FundingType(String id) {
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
