package org.overturn.domain.citations;

/** How well the entry was checked against its source. */
public enum Verification {
    /** Read in a primary or near-primary source. */
    VERIFIED,
    /** Confirmed through a secondary source that quotes the text. */
    SECONDARY,
    /** A lead, not settled: never printed by the app on its own. */
    UNVERIFIED
}
