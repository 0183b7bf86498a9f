package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** Whether the letter asks for the expedited (urgent) timeframe. */
public enum AppealUrgency implements HasId {
    STANDARD("standard", "Standard"),
    EXPEDITED("expedited", "Expedited");

    private final String id;
    private final String label;

    AppealUrgency(String id, String label) {
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
