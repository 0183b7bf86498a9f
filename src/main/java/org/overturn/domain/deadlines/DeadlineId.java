package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;

/** The steps the clock knows; the ids are used by the command line, the calendar export and the tests. */
public enum DeadlineId implements HasId {
    P2P_REQUEST_BY("p2p-request-by", "Ask for a peer-to-peer call"),
    CONTINUED_BENEFITS_BY("continued-benefits-by", "Appeal in time for care to continue"),
    APPEAL_FILE_BY("appeal-file-by", "File the appeal"),
    APPEAL_DECISION_DUE("appeal-decision-due", "Appeal decision due"),
    EXTERNAL_REVIEW_FILE_BY("external-review-file-by", "Request external review"),
    EXTERNAL_REVIEW_DECISION_DUE("external-review-decision-due", "External review decision due"),
    FAIR_HEARING_FILE_BY("fair-hearing-file-by", "Request a State fair hearing"),
    NEXT_LEVEL_FILE_BY("next-level-file-by", "File the next level of appeal");

    private final String id;
    private final String label;

    DeadlineId(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override public String id() { return id; }
    @Override public String label() { return label; }
}
