package org.overturn.domain.cases;

/** What a requested or denied quantity counts. */
public enum UnitKind implements HasId {
    SESSIONS("sessions", "Sessions"),
    DAYS("days", "Days");

    private final String id;
    private final String label;

    UnitKind(String id, String label) {
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
