package org.overturn.domain.complaints;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What a complaint is about, which decides who takes it. Each one's label is in the wording file
 * {@code complaint-notes}, under {@code kind.} and its id.
 */
public enum ComplaintKind implements HasId {
    /** The plan's limits on mental health or substance use care may break federal parity law. */
    PARITY("parity"),
    /** The denial appears to apply criteria other than those a state law requires. */
    STATE_LAW("state-law"),
    /** A letter to the employer that sponsors the plan, asking it to have the denial reviewed. */
    EMPLOYER("employer");

    private static final Wording NOTES = Wording.of("complaint-notes");

    private final String id;

    ComplaintKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @ClinicianOnly
    @Override
    public String label() {
        return NOTES.text("kind." + id);
    }
}
