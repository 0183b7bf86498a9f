package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/** Where a placement result stands against the IOP being appealed. */
public enum IopFit implements HasId {
    /** The ratings point below IOP: the reviewer's argument. */
    BELOW_IOP("below-iop"),
    SUPPORTS_IOP("supports-iop"),
    /** The ratings point above IOP: a safety flag, and support that IOP is not excessive. */
    ABOVE_IOP("above-iop");

    private static final Wording WORDS = Wording.of("scoring");
    private static final String LABEL = "iopFit.";

    private final String id;

    IopFit(String id) {
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
