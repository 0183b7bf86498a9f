package org.overturn.domain.deadlines;

/** How pressing a case's next deadline is, for sorting and the "due soon" strip (in this order). */
public enum Urgency {
    OVERDUE,
    DUE_SOON,
    LATER,
    NONE
}
