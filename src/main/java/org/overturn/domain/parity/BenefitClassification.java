package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** The parity benefit classification the denied care falls in. */
public enum BenefitClassification implements HasId {
    OUTPATIENT("outpatient", "Outpatient (all other outpatient items and services)"),
    INPATIENT("inpatient", "Inpatient");

    private final String id;
    private final String label;

    BenefitClassification(String id, String label) {
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
