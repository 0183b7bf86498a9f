package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * What a reviewer expects to see in an IOP appeal; the documentation checklist walks these. Its
 * labels are in the wording file {@code rebuttal}, under {@code documentItem.} and the id.
 */
public enum DocumentItem implements HasId {
    ADMITTING_ASSESSMENT("admitting-assessment"),
    DIAGNOSIS_WITH_SEVERITY("diagnosis-with-severity"),
    FUNCTIONAL_SCORES("functional-scores"),
    PSYCHIATRIC_MEDICAL_HISTORY("psychiatric-medical-history"),
    PRIOR_LOWER_LEVEL_ATTEMPTS("prior-lower-level-attempts"),
    CURRENT_RISK_ASSESSMENT("current-risk-assessment"),
    DISCHARGE_PLANNING("discharge-planning"),
    LETTERS_OF_SUPPORT("letters-of-support");

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final String LABEL = "documentItem.";

    private final String id;

    DocumentItem(String id) {
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
