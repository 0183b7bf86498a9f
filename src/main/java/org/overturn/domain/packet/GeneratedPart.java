package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/**
 * The parts of the packet the app draws itself (the enclosures follow them, in their own order).
 */
public enum GeneratedPart implements HasId {
    COVER("cover", "Fax cover sheet"),
    LETTER("letter", "Appeal letter"),
    SCORES("scores", "Exhibit: level-of-care scores"),
    REBUTTAL("rebuttal", "Exhibit: rebuttal matrix"),
    HISTORY("history", "Exhibit: treatment history"),
    INDEX("index", "Exhibit: documentation index");

    private final String id;
    private final String label;

    GeneratedPart(String id, String label) {
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
