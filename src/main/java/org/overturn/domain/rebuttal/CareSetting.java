package org.overturn.domain.rebuttal;

import java.util.OptionalInt;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * Where a past episode of care took place. Broader than {@code LevelOfCare} (which names only what
 * can be denied here) because the history must show the lower levels tried before IOP.
 *
 * <p>Each setting sits on one ordered intensity scale, outpatient (0–1) &lt; IOP (2) &lt; PHP (3)
 * &lt; residential (4) &lt; inpatient (5), or, when it is not a step on that ladder, is its own
 * kind: withdrawal management (its level is not recorded, from ambulatory 1-WM to inpatient 4-WM,
 * so it is never called lower or higher), a crisis or emergency visit, and "other".
 *
 * <p>Its labels are in the wording file {@code rebuttal}, under {@code careSetting.} and the id.
 */
public enum CareSetting implements HasId {
    PRIMARY_CARE("primary-care", 0),
    OUTPATIENT_THERAPY("outpatient-therapy", 1),
    MEDICATION_MANAGEMENT("medication-management", 1),
    COMMUNITY_SUPPORT("community-support", 1),
    IOP("iop", 2),
    PHP("php", 3),
    RESIDENTIAL("residential", 4),
    WITHDRAWAL_MANAGEMENT("withdrawal-management", -1),
    INPATIENT("inpatient", 5),
    EMERGENCY("emergency", -1),
    OTHER("other", -1);

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final String LABEL = "careSetting.";

    private final String id;
    private final int intensity;

    CareSetting(String id, int intensity) {
        this.id = id;
        this.intensity = intensity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return WORDS.text(LABEL + id);
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
