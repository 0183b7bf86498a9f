package org.overturn.domain.rebuttal;

/** Where a checklist item's presence comes from. */
public enum ChecklistStatus {
    /** The case itself holds it (diagnoses, history, scores, risk assessment). */
    IN_CASE,
    /** The clinician ticked it as held outside the app's fields (e.g. a signed letter). */
    TICKED,
    MISSING
}
