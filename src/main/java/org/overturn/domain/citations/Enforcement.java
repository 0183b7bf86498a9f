package org.overturn.domain.citations;

/** Whether the authority is currently enforced, which decides how a letter may use it. */
public enum Enforcement {
    /** In force and enforced. */
    ENFORCED,
    /**
     * On the books but not enforced federally (for example, the 2024 parity rule's new provisions
     * since May 2025).
     */
    NOT_ENFORCED,
    /** Persuasive only: a court opinion or guidance that binds no one here. */
    PERSUASIVE,
    /** Replaced by a later text. */
    SUPERSEDED
}
