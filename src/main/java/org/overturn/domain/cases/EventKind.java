package org.overturn.domain.cases;

/** Where a timeline event came from. */
public enum EventKind implements HasId {
    NOTE("note", "Note"),
    DENIAL("denial", "Denial"),
    CALL("call", "Call"),
    REQUEST("request", "Request"),
    SUBMISSION("submission", "Submission"),
    DECISION("decision", "Decision"),
    STATUS("status", "Status change"),
    EXPORT("export", "Export");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
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
