package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;

/** How one ASAM dimension rating compares with the typical Level 2.1 (IOP) profile. */
public enum ProfileFit implements HasId {
    SUPPORTS_IOP("supports-iop", "Within the Level 2.1 profile"),
    POINTS_HIGHER("points-higher", "Points to more intensive care"),
    POINTS_LOWER("points-lower", "Points to a less intensive level");

    private final String id;
    private final String label;

    ProfileFit(String id, String label) {
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
