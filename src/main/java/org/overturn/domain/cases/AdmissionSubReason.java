package org.overturn.domain.cases;

/** Sub-reasons of 'does not meet admission criteria'. */
public enum AdmissionSubReason implements HasId {
    NO_IMMINENT_RISK("no-imminent-risk", "No imminent risk"),
    INSUFFICIENT_FUNCTIONAL_IMPAIRMENT(
            "insufficient-functional-impairment", "Not enough functional impairment"),
    LOWER_LEVEL_NOT_TRIED("lower-level-not-tried", "Has not failed a lower level of care"),
    SYMPTOMS_NOT_ACUTE("symptoms-not-acute", "Symptoms not acute enough"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    AdmissionSubReason(String id, String label) {
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
