package org.overturn.domain.calls;

import org.overturn.domain.cases.HasId;

/** How a peer-to-peer call ended. */
public enum CallOutcome implements HasId {
    OVERTURNED("overturned", "Denial overturned"),
    PARTLY("partly", "Partly overturned"),
    UPHELD("upheld", "Denial upheld"),
    PENDING("pending", "Decision pending");

    private final String id;
    private final String label;

    CallOutcome(String id, String label) {
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
