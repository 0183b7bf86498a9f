package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Which edition of the ASAM Criteria the insurer says it applied; the app rates third-edition
 * dimensions only.
 */
public enum AsamEdition implements HasId {
    THIRD("third"),
    FOURTH("fourth"),
    NOT_STATED("not-stated");

    private static final Wording WORDS = Wording.of("scoring");
    private static final String LABEL = "asamEdition.";

    private final String id;

    AsamEdition(String id) {
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
