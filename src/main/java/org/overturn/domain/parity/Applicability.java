package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Whether federal parity reaches the plan. Each one's label is in the wording file {@code
 * parity-notes}, under {@code applicability.} and its id.
 */
public enum Applicability implements HasId {
    APPLIES("applies"),
    APPLIES_MEDICAID("applies-medicaid"),
    NOT_SUBJECT("not-subject"),
    VERIFY("verify"),
    NEEDS_FACTS("needs-facts");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "applicability.";

    private final String id;

    Applicability(String id) {
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
