package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Whether the letter asks for the expedited (urgent) timeframe. Each one's label is in the wording
 * file {@code packet}, under {@code appealUrgency.} and its id.
 */
public enum AppealUrgency implements HasId {
    STANDARD("standard"),
    EXPEDITED("expedited");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "appealUrgency.";

    private final String id;

    AppealUrgency(String id) {
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
