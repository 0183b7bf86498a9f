package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * How the criteria the insurer used compare with what state law requires. Each one's label is in
 * the wording file {@code parity-notes}, under {@code criteriaFinding.} and its id.
 */
public enum CriteriaFinding implements HasId {
    MATCHES("matches"),
    WRONG_CRITERIA("wrong-criteria"),
    VERIFY("verify"),
    NOT_STATED("not-stated");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "criteriaFinding.";

    private final String id;

    CriteriaFinding(String id) {
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
