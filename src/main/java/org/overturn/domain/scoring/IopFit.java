package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;

/** Where a placement result stands against the IOP being appealed. */
public enum IopFit implements HasId {
    /** The ratings point below IOP: the reviewer's argument. */
    BELOW_IOP("below-iop", "Below IOP"),
    SUPPORTS_IOP("supports-iop", "Supports IOP"),
    /** The ratings point above IOP: a safety flag, and support that IOP is not excessive. */
    ABOVE_IOP("above-iop", "Above IOP");

    private final String id;
    private final String label;

    IopFit(String id, String label) {
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
