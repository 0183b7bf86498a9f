package org.overturn.domain.cases;

/** The kind of coverage; it decides which appeal route, deadlines and laws apply. */
public enum PlanType implements HasId {
    ERISA_SELF_FUNDED("erisa-self-funded", "Employer plan, self-funded (ERISA)"),
    ERISA_INSURED("erisa-insured", "Employer plan, fully insured (ERISA)"),
    INDIVIDUAL("individual", "Individual or marketplace plan"),
    MEDICAID_MCO("medicaid-mco", "Medicaid managed care"),
    MEDICAID_FFS("medicaid-ffs", "Medicaid fee-for-service"),
    MEDICARE_ADVANTAGE("medicare-advantage", "Medicare Advantage"),
    MEDICARE_ORIGINAL("medicare-original", "Original Medicare"),
    FEHB("fehb", "Federal employees (FEHB)"),
    TRICARE("tricare", "TRICARE"),
    GOVERNMENT_NONFEDERAL("government-nonfederal", "State or local government plan"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    PlanType(String id, String label) {
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

    public boolean isErisa() {
        return this == ERISA_SELF_FUNDED || this == ERISA_INSURED;
    }

    public boolean isMedicaid() {
        return this == MEDICAID_MCO || this == MEDICAID_FFS;
    }

    public boolean isMedicare() {
        return this == MEDICARE_ADVANTAGE || this == MEDICARE_ORIGINAL;
    }
}
