package org.overturn.domain.rebuttal;

import java.util.OptionalInt;
import org.overturn.domain.cases.HasId;

/**
 * Where a past episode of care took place. Broader than {@code LevelOfCare} (which names only what
 * can be denied here) because the history must show the lower levels tried before IOP.
 *
 * <p>Each setting sits on one ordered intensity scale, outpatient (0–1) &lt; IOP (2) &lt; PHP (3)
 * &lt; residential (4) &lt; inpatient (5), or, when it is not a step on that ladder, is its own
 * kind: withdrawal management (its level is not recorded, from ambulatory 1-WM to inpatient 4-WM,
 * so it is never called lower or higher), a crisis or emergency visit, and "other".
 */
public enum CareSetting implements HasId {
    PRIMARY_CARE("primary-care", "Primary care treatment", 0),
    OUTPATIENT_THERAPY("outpatient-therapy", "Outpatient therapy", 1),
    MEDICATION_MANAGEMENT("medication-management", "Outpatient medication management", 1),
    COMMUNITY_SUPPORT("community-support", "Community or peer support", 1),
    IOP("iop", "Intensive outpatient (IOP)", 2),
    PHP("php", "Partial hospitalization (PHP)", 3),
    RESIDENTIAL("residential", "Residential treatment", 4),
    WITHDRAWAL_MANAGEMENT("withdrawal-management", "Withdrawal management", -1),
    INPATIENT("inpatient", "Inpatient psychiatric or medical", 5),
    EMERGENCY("emergency", "Emergency department or crisis visit", -1),
    OTHER("other", "Other", -1);

    private final String id;
    private final String label;
    private final int intensity;

    CareSetting(String id, String label, int intensity) {
        this.id = id;
        this.label = label;
        this.intensity = intensity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The setting's step on the intensity ladder; empty for withdrawal management, crisis care and
     * "other".
     */
    public OptionalInt intensity() {
        return intensity < 0 ? OptionalInt.empty() : OptionalInt.of(intensity);
    }

    /**
     * A setting less intensive than IOP: its failure is the "lower level tried" evidence reviewers
     * ask for.
     */
    public boolean belowIop() {
        return intensity >= 0 && intensity < IOP.intensity;
    }
}
