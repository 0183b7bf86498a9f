package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * How a past episode of care ended; the evidence that a lower level failed or is unsafe. Its labels
 * are in the wording file {@code rebuttal}, under {@code episodeOutcome.} and the id.
 */
public enum EpisodeOutcome implements HasId {
    IMPROVED("improved"),
    NO_IMPROVEMENT("no-improvement"),
    WORSENED("worsened"),
    RELAPSED("relapsed"),
    LEFT_EARLY("left-early"),
    STEPPED_UP("stepped-up"),
    ONGOING("ongoing"),
    UNKNOWN("unknown");

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final String LABEL = "episodeOutcome.";

    private final String id;

    EpisodeOutcome(String id) {
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

    /** Outcomes that show the setting was not enough on its own. */
    public boolean showsInsufficient() {
        return this == NO_IMPROVEMENT || this == WORSENED || this == RELAPSED || this == STEPPED_UP;
    }
}
