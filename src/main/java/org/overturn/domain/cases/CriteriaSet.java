package org.overturn.domain.cases;

/** The level-of-care criteria the insurer says it applied. */
public enum CriteriaSet implements HasId {
    INTERQUAL("interqual", "InterQual"),
    MCG("mcg", "MCG"),
    ASAM("asam", "ASAM Criteria"),
    LOCUS("locus", "LOCUS"),
    CALOCUS_CASII("calocus-casii", "CALOCUS-CASII"),
    PROPRIETARY("proprietary", "Insurer's own (proprietary)"),
    UNKNOWN("unknown", "Not stated");

    private final String id;
    private final String label;

    CriteriaSet(String id, String label) {
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
