package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The parts of the appeal letter, in the order the letter prints them. Each one's label is in the
 * wording file {@code packet}, under {@code letterPart.} and its id.
 */
public enum LetterPart implements HasId {
    OPENING("opening"),
    EXPEDITED_STATEMENT("expedited-statement"),
    CLINICAL_SUMMARY("clinical-summary"),
    REBUTTAL("rebuttal"),
    PEER_TO_PEER("peer-to-peer"),
    SCORES("scores"),
    LOWER_LEVELS("lower-levels"),
    PARITY("parity"),
    RISK("risk"),
    REQUEST("request"),
    CLOSING("closing");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "letterPart.";

    private final String id;

    LetterPart(String id) {
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
