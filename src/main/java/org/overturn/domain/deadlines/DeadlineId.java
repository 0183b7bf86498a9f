package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The steps the clock knows; the ids are used by the command line, the calendar export and the
 * tests. Each one's label is in the wording file {@code deadlines}, under {@code deadlineId.} and
 * its id.
 */
public enum DeadlineId implements HasId {
    P2P_REQUEST_BY("p2p-request-by"),
    LAST_COVERED_DAY("last-covered-day"),
    CONTINUED_BENEFITS_BY("continued-benefits-by"),
    EXPEDITED_APPEAL_FILE_BY("expedited-appeal-file-by"),
    EXPEDITED_DECISION_DUE("expedited-decision-due"),
    APPEAL_FILE_BY("appeal-file-by"),
    APPEAL_DECISION_DUE("appeal-decision-due"),
    EXTERNAL_REVIEW_FILE_BY("external-review-file-by"),
    EXTERNAL_REVIEW_DECISION_DUE("external-review-decision-due"),
    FAIR_HEARING_FILE_BY("fair-hearing-file-by"),
    NEXT_LEVEL_FILE_BY("next-level-file-by"),
    QIC_FILE_BY("qic-file-by"),
    OPM_REVIEW_FILE_BY("opm-review-file-by"),
    ALJ_HEARING_FILE_BY("alj-hearing-file-by"),
    COUNCIL_REVIEW_FILE_BY("council-review-file-by"),
    COURT_FILE_BY("court-file-by"),
    STATE_EXTERNAL_REVIEW_FILE_BY("state-external-review-file-by"),
    SUIT_LIMITATION_BY("suit-limitation-by");

    private static final Wording WORDS = Wording.of("deadlines");
    private static final String LABEL = "deadlineId.";

    private final String id;

    DeadlineId(String id) {
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
