package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;

/** How a past episode of care ended; the evidence that a lower level failed or is unsafe. */
public enum EpisodeOutcome implements HasId {
    IMPROVED("improved", "Completed, improved"),
    NO_IMPROVEMENT("no-improvement", "No meaningful improvement"),
    WORSENED("worsened", "Worsened during care"),
    RELAPSED("relapsed", "Relapsed after care"),
    LEFT_EARLY("left-early", "Left before completing"),
    STEPPED_UP("stepped-up", "Needed a higher level of care"),
    ONGOING("ongoing", "Ongoing"),
    UNKNOWN("unknown", "Not known");

    private final String id;
    private final String label;

    EpisodeOutcome(String id, String label) {
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

    /** Outcomes that show the setting was not enough on its own. */
    public boolean showsInsufficient() {
        return this == NO_IMPROVEMENT || this == WORSENED || this == RELAPSED || this == STEPPED_UP;
    }
}
