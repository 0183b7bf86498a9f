package org.overturn.domain.cases;

/** The stated reason categories of a denial. */
public enum DenialReason implements HasId {
    OUTPATIENT_SUFFICIENT("outpatient-sufficient", "Outpatient therapy is sufficient"),
    ADMISSION_CRITERIA_NOT_MET("admission-criteria-not-met", "Does not meet admission criteria"),
    NO_LONGER_NEEDS_LEVEL("no-longer-needs-level", "No longer needs this level of care"),
    AUTHORIZATION_MISSING_OR_EXPIRED(
            "authorization-missing-or-expired", "Prior authorization missing or expired"),
    LEVEL_OF_CARE_MISMATCH("level-of-care-mismatch", "Level-of-care mismatch"),
    INSUFFICIENT_DOCUMENTATION("insufficient-documentation", "Insufficient documentation"),
    OTHER("other", "Other reason");

    private final String id;
    private final String label;

    DenialReason(String id, String label) {
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
