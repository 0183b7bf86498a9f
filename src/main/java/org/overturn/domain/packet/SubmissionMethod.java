package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;

/** How a packet was sent. */
public enum SubmissionMethod implements HasId {
    FAX("fax", "Fax"),
    PORTAL("portal", "Portal upload"),
    MAIL("mail", "Mail");

    private final String id;
    private final String label;

    SubmissionMethod(String id, String label) {
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
