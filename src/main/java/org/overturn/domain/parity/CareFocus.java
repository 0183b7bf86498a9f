package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What the care treats; some state rules cover only one. Each one's label is in the wording file
 * {@code parity-notes}, under {@code careFocus.} and its id.
 */
public enum CareFocus implements HasId {
    MENTAL_HEALTH("mental-health"),
    SUBSTANCE_USE("substance-use");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "careFocus.";

    private final String id;

    CareFocus(String id) {
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
