package org.overturn.domain.rebuttal;

import org.overturn.domain.cases.HasId;

/**
 * Where a past episode of care took place. Broader than {@code LevelOfCare} (which names only what can be
 * denied here) because the history must show the lower levels tried before IOP.
 */
public enum CareSetting implements HasId {
    PRIMARY_CARE("primary-care", "Primary care treatment", 0),
    OUTPATIENT_THERAPY("outpatient-therapy", "Outpatient therapy", 1),
    MEDICATION_MANAGEMENT("medication-management", "Outpatient medication management", 1),
    COMMUNITY_SUPPORT("community-support", "Community or peer support", 1),
    IOP("iop", "Intensive outpatient (IOP)", 2),
    PHP("php", "Partial hospitalization (PHP)", 3),
    RESIDENTIAL("residential", "Residential treatment", 4),
    WITHDRAWAL_MANAGEMENT("withdrawal-management", "Withdrawal management", 4),
    INPATIENT("inpatient", "Inpatient psychiatric or medical", 5),
    EMERGENCY("emergency", "Emergency department or crisis visit", 5),
    OTHER("other", "Other", -1);

    private final String id;
    private final String label;
    private final int intensity;

    CareSetting(String id, String label, int intensity) {
        this.id = id;
        this.label = label;
        this.intensity = intensity;
    }

    @Override public String id() { return id; }
    @Override public String label() { return label; }

    /** How intensive the setting is: 0 primary care … 2 IOP, 3 PHP, 4 residential or withdrawal management, 5
     * inpatient or emergency; -1 when unknown. */
    public int intensity() {
        return intensity;
    }

    /** A setting less intensive than IOP: its failure is the "lower level tried" evidence reviewers ask for. */
    public boolean belowIop() {
        return intensity >= 0 && intensity < IOP.intensity;
    }
}
