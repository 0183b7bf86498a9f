package org.overturn.domain.parity;

import org.overturn.domain.cases.HasId;

/** Whether federal parity reaches the plan. */
public enum Applicability implements HasId {
    APPLIES("applies", "MHPAEA applies"),
    APPLIES_MEDICAID("applies-medicaid", "Parity applies through the Medicaid managed care rule"),
    NOT_SUBJECT("not-subject", "Not subject to MHPAEA"),
    VERIFY("verify", "Verify: the reach of parity to this plan is not settled here"),
    NEEDS_FACTS("needs-facts", "More plan facts needed");

    private final String id;
    private final String label;

    Applicability(String id, String label) {
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
