package org.overturn.domain.parity;

import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The parity benefit classification the denied care falls in. Each one's label is in the wording
 * file {@code parity-notes}, under {@code benefitClassification.} and its id.
 */
public enum BenefitClassification implements HasId {
    OUTPATIENT("outpatient"),
    INPATIENT("inpatient");

    private static final Wording WORDS = Wording.of("parity-notes");
    private static final String LABEL = "benefitClassification.";

    private final String id;

    BenefitClassification(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @ClinicianOnly
    @Override
    public String label() {
        return WORDS.text(LABEL + id);
    }
}
