package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** Who signs the letter. */
public enum Signer implements HasId {
    PROVIDER("provider", "The treating provider"),
    PATIENT("patient", "The patient"),
    REPRESENTATIVE("representative", "The authorized representative");

    private final String id;
    private final String label;

    Signer(String id, String label) {
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
