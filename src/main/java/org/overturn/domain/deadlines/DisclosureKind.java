package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What a disclosure request asks the plan for, with the ask in our own words for the request
 * letter. Both are in the wording file {@code disclosure-requests}, which is sent to the plan.
 */
public enum DisclosureKind implements HasId {
    CLAIM_FILE("claim-file"),
    CRITERIA("criteria"),
    REVIEWER_CREDENTIALS("reviewer-credentials"),
    NQTL_ANALYSIS("nqtl-analysis");

    /** Outgoing text: the request letter prints the label and the ask. */
    private static final Wording WORDS = Wording.of("disclosure-requests");

    private static final String LABEL = "request.label.";
    private static final String ASK = "request.ask.";

    private final String id;

    DisclosureKind(String id) {
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

    /** The request in plain words, for the letter. */
    public String ask() {
        return WORDS.text(ASK + id);
    }
}
