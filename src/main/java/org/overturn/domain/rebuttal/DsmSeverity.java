package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The DSM-5 severity specifier of a diagnosis. Its labels are in the wording file {@code rebuttal},
 * under {@code dsmSeverity.} and the id.
 */
public enum DsmSeverity implements HasId {
    MILD("mild"),
    MODERATE("moderate"),
    SEVERE("severe");

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final String LABEL = "dsmSeverity.";

    private final String id;

    DsmSeverity(String id) {
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
}
