package org.overturn.domain.citations;

/** What sort of authority a citation is. */
public enum CitationKind {
    STATUTE,
    REGULATION,
    GUIDANCE,
    CASE,
    STATE_LAW,
    STATE_REGULATION
}
