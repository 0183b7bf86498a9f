package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What the letter asks for: the plan's internal appeal, or an independent external review. Each
 * one's label is in the wording file {@code packet}, under {@code reviewLevel.} and its id.
 */
public enum ReviewLevel implements HasId {
    INTERNAL_APPEAL("internal-appeal"),
    EXTERNAL_REVIEW("external-review");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "reviewLevel.";

    private final String id;

    ReviewLevel(String id) {
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
