package org.overturn.domain.deadlines;

import org.overturn.domain.cases.HasId;

/**
 * What a disclosure request asks the plan for, with the ask in our own words for the request
 * letter.
 */
public enum DisclosureKind implements HasId {
    CLAIM_FILE(
            "claim-file",
            "Claim file",
            "All documents, records and other information relevant to the claim, including the reviewers' notes, "
                    + "the peer-to-peer notes and any policy or guidance on this treatment for this diagnosis."),
    CRITERIA(
            "criteria",
            "Criteria used",
            "The medical-necessity or level-of-care criteria applied to this request, with their name, edition "
                    + "and the specific criteria the plan found unmet."),
    REVIEWER_CREDENTIALS(
            "reviewer-credentials",
            "Reviewer's credentials",
            "The name, licence and specialty of each health care professional consulted on the denial."),
    NQTL_ANALYSIS(
            "nqtl-analysis",
            "NQTL comparative analysis",
            "The plan's comparative analysis of the nonquantitative treatment limitations applied to this benefit "
                    + "(medical-necessity criteria, prior authorization and concurrent review), compared with medical and "
                    + "surgical benefits in the same classification.");

    private final String id;
    private final String label;
    private final String ask;

    DisclosureKind(String id, String label, String ask) {
        this.id = id;
        this.label = label;
        this.ask = ask;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The request in plain words, for the letter. */
    public String ask() {
        return ask;
    }
}
