package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** The parts of the appeal letter, in the order the letter prints them. */
public enum LetterPart implements HasId {
    OPENING("opening", "Opening and what is appealed"),
    EXPEDITED_STATEMENT("expedited-statement", "Why an expedited decision is needed"),
    CLINICAL_SUMMARY("clinical-summary", "Clinical summary"),
    REBUTTAL("rebuttal", "Response to the stated reasons"),
    PEER_TO_PEER("peer-to-peer", "The peer-to-peer review"),
    SCORES("scores", "Level-of-care ratings"),
    LOWER_LEVELS("lower-levels", "Why a lower level of care is not enough"),
    PARITY("parity", "Parity and applicable law"),
    RISK("risk", "Clinical risk if care stops"),
    REQUEST("request", "What I ask the plan to do"),
    CLOSING("closing", "Closing");

    private final String id;
    private final String label;

    LetterPart(String id, String label) {
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
