package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;

/**
 * Which edition of the ASAM Criteria the insurer says it applied; the app rates third-edition
 * dimensions only.
 */
public enum AsamEdition implements HasId {
    THIRD("third", "ASAM Criteria, 3rd edition (2013)"),
    FOURTH("fourth", "ASAM Criteria, 4th edition (2023)"),
    NOT_STATED("not-stated", "Edition not stated by the insurer");

    private final String id;
    private final String label;

    AsamEdition(String id, String label) {
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
