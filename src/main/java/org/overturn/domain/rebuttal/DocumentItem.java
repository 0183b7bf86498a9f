package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;

/** What a reviewer expects to see in an IOP appeal; the documentation checklist walks these. */
public enum DocumentItem implements HasId {
    ADMITTING_ASSESSMENT("admitting-assessment", "Admitting assessment"),
    DIAGNOSIS_WITH_SEVERITY("diagnosis-with-severity", "Diagnosis with severity"),
    FUNCTIONAL_SCORES("functional-scores", "Functional and level-of-care scores"),
    PSYCHIATRIC_MEDICAL_HISTORY("psychiatric-medical-history", "Psychiatric and medical history"),
    PRIOR_LOWER_LEVEL_ATTEMPTS(
            "prior-lower-level-attempts", "Prior lower-level attempts and outcomes"),
    CURRENT_RISK_ASSESSMENT("current-risk-assessment", "Current risk assessment"),
    DISCHARGE_PLANNING("discharge-planning", "Discharge planning"),
    LETTERS_OF_SUPPORT("letters-of-support", "Letters of support from the treatment team");

    private final String id;
    private final String label;

    DocumentItem(String id, String label) {
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
