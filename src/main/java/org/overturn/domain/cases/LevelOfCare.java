package org.overturn.domain.cases;

/** The level of care requested and denied. */
public enum LevelOfCare implements HasId {
    IOP_MENTAL_HEALTH("iop-mh", "IOP, mental health"),
    IOP_SUBSTANCE_USE("iop-sud", "IOP, substance use"),
    IOP_CO_OCCURRING("iop-co-occurring", "IOP, co-occurring"),
    IOP_EATING_DISORDER("iop-eating-disorder", "IOP, eating disorder"),
    ADOLESCENT_IOP("adolescent-iop", "Adolescent IOP"),
    PHP("php", "Partial hospitalization (PHP)"),
    RESIDENTIAL("residential", "Residential"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    LevelOfCare(String id, String label) {
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

    /** Substance-use care: ASAM applies, and 42 CFR Part 2 protects the records. */
    public boolean involvesSubstanceUse() {
        return this == IOP_SUBSTANCE_USE || this == IOP_CO_OCCURRING;
    }
}
