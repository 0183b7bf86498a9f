package org.overturn.domain.packet;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * How a packet was sent. Each one's label is in the wording file {@code packet}, under {@code
 * submissionMethod.} and its id.
 */
public enum SubmissionMethod implements HasId {
    FAX("fax"),
    PORTAL("portal"),
    MAIL("mail");

    private static final Wording WORDS = Wording.of("packet");
    private static final String LABEL = "submissionMethod.";

    private final String id;

    SubmissionMethod(String id) {
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
