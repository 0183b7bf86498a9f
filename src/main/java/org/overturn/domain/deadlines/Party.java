package org.overturn.domain.deadlines;

/** Who must act by the deadline: the clinician or patient, the plan, or the outside reviewer. */
public enum Party {
    YOU,
    PLAN,
    REVIEWER
}
