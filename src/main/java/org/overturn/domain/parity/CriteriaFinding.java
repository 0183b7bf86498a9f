package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** How the criteria the insurer used compare with what state law requires. */
public enum CriteriaFinding implements HasId {
    MATCHES("matches", "Criteria the law allows"),
    WRONG_CRITERIA("wrong-criteria", "Wrong criteria applied"),
    VERIFY("verify", "Verify whether these criteria are allowed"),
    NOT_STATED("not-stated", "The denial does not say which criteria were used");

    private final String id;
    private final String label;

    CriteriaFinding(String id, String label) {
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
