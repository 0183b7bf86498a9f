package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;

/**
 * Whether the clinician's licensed-grid level matches the app's unofficial CALOCUS-CASII
 * simplification.
 */
public enum GridAgreement implements HasId {
    NOT_RECORDED("not-recorded", "No licensed-grid level recorded"),
    AGREES("agrees", "Agrees with the licensed grid"),
    DIFFERS("differs", "Differs from the licensed grid");

    private final String id;
    private final String label;

    GridAgreement(String id, String label) {
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
