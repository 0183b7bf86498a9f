package org.overturn.domain.cases;

/** Where a case stands in the appeal workflow. */
public enum CaseStatus implements HasId {
    DENIED("denied", "Denied"),
    APPEAL_DRAFTED("appeal-drafted", "Appeal drafted"),
    P2P_REQUESTED("p2p-requested", "Peer-to-peer requested"),
    P2P_HELD("p2p-held", "Peer-to-peer held"),
    APPEAL_FILED("appeal-filed", "Appeal filed"),
    DECIDED("decided", "Decided"),
    EXTERNAL_REVIEW("external-review", "External review"),
    CLOSED("closed", "Closed");

    private final String id;
    private final String label;

    CaseStatus(String id, String label) {
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

    public boolean isOpen() {
        return this != CLOSED;
    }
}
