package org.overturn.domain.scoring;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/** How one ASAM dimension rating compares with the typical Level 2.1 (IOP) profile. */
public enum ProfileFit implements HasId {
    SUPPORTS_IOP("supports-iop"),
    POINTS_HIGHER("points-higher"),
    POINTS_LOWER("points-lower");

    private static final Wording WORDS = Wording.of("scoring");
    private static final String LABEL = "profileFit.";

    private final String id;

    ProfileFit(String id) {
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
