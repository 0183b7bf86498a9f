package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;

/**
 * The steps the clock knows; the ids are used by the command line, the calendar export and the
 * tests.
 */
public enum DeadlineId implements HasId {
    P2P_REQUEST_BY("p2p-request-by", "Ask for a peer-to-peer call"),
    LAST_COVERED_DAY("last-covered-day", "Last covered day"),
    CONTINUED_BENEFITS_BY("continued-benefits-by", "Appeal in time for care to continue"),
    EXPEDITED_APPEAL_FILE_BY("expedited-appeal-file-by", "File the expedited appeal"),
    EXPEDITED_DECISION_DUE("expedited-decision-due", "Expedited decision due"),
    APPEAL_FILE_BY("appeal-file-by", "File the appeal"),
    APPEAL_DECISION_DUE("appeal-decision-due", "Appeal decision due"),
    EXTERNAL_REVIEW_FILE_BY("external-review-file-by", "Request external review"),
    EXTERNAL_REVIEW_DECISION_DUE("external-review-decision-due", "External review decision due"),
    FAIR_HEARING_FILE_BY("fair-hearing-file-by", "Request a State fair hearing"),
    NEXT_LEVEL_FILE_BY("next-level-file-by", "File the next level of appeal"),
    QIC_FILE_BY("qic-file-by", "Ask the QIC to reconsider"),
    OPM_REVIEW_FILE_BY("opm-review-file-by", "Ask OPM to review"),
    ALJ_HEARING_FILE_BY("alj-hearing-file-by", "Ask for an ALJ hearing"),
    COUNCIL_REVIEW_FILE_BY("council-review-file-by", "Ask the Medicare Appeals Council to review"),
    COURT_FILE_BY("court-file-by", "File in federal district court"),
    STATE_EXTERNAL_REVIEW_FILE_BY(
            "state-external-review-file-by", "Request the State's external review"),
    SUIT_LIMITATION_BY("suit-limitation-by", "Last day to sue under the plan's terms");

    private final String id;
    private final String label;

    DeadlineId(String id, String label) {
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
