package org.overturn.domain.report;

import org.overturn.domain.cases.HasId;

/**
 * Where a case's denial ended, for counting by payer: overturned (in whole or in part) at the
 * peer-to-peer call, on the internal appeal, or at external review (or a hearing beyond it); upheld
 * at the latest decision; or not decided yet.
 */
public enum Resolution implements HasId {
    OVERTURNED_AT_P2P("overturned-at-p2p", "Overturned at peer-to-peer"),
    OVERTURNED_ON_APPEAL("overturned-on-appeal", "Overturned on appeal"),
    OVERTURNED_AT_EXTERNAL_REVIEW("overturned-at-external-review", "Overturned at external review"),
    UPHELD("upheld", "Upheld"),
    OPEN("open", "Not decided yet");

    private final String id;
    private final String label;

    Resolution(String id, String label) {
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
