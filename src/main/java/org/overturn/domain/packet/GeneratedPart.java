package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The parts of the packet the app draws itself (the enclosures follow them, in their own order).
 * Each one's label is in the wording file {@code packet}, under {@code generatedPart.} and its id.
 */
public enum GeneratedPart implements HasId {
    COVER("cover"),
    LETTER("letter"),
    SCORES("scores"),
    REBUTTAL("rebuttal"),
    HISTORY("history"),
    CALLS("calls"),
    INDEX("index");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "generatedPart.";

    private final String id;

    GeneratedPart(String id) {
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
