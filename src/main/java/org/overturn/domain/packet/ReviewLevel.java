package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** What the letter asks for: the plan's internal appeal, or an independent external review. */
public enum ReviewLevel implements HasId {
    INTERNAL_APPEAL("internal-appeal", "Internal appeal"),
    EXTERNAL_REVIEW("external-review", "External review request");

    private final String id;
    private final String label;

    ReviewLevel(String id, String label) {
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
