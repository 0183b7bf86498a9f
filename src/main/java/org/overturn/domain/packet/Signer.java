package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Who signs the letter. Each one's label is in the wording file {@code packet}, under {@code
 * signer.} and its id.
 */
public enum Signer implements HasId {
    PROVIDER("provider"),
    PATIENT("patient"),
    REPRESENTATIVE("representative");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "signer.";

    private final String id;

    Signer(String id) {
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
