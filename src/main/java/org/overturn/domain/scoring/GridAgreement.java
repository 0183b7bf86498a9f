package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Whether the clinician's licensed-grid level matches the app's unofficial CALOCUS-CASII
 * simplification.
 */
public enum GridAgreement implements HasId {
    NOT_RECORDED("not-recorded"),
    AGREES("agrees"),
    DIFFERS("differs");

    private static final Wording WORDS = Wording.of("scoring");
    private static final String LABEL = "gridAgreement.";

    private final String id;

    GridAgreement(String id) {
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
