package org.overturn.domain.citations;

import org.overturn.domain.cases.PlanType;

/**
 * Employer plans and individual or state and local government coverage owe the same rights under
 * different laws: ERISA, the Internal Revenue Code and 29 CFR for the first; the Public Health
 * Service Act and 45 CFR for the second. An entry whose citation names the employer-plan law
 * reaches only employer plans; where the same right exists under the PHS Act, the library carries
 * it as a sibling with the id {@code <id>-phsa}.
 */
public final class PhsaSibling {

    public static final String SUFFIX = "-phsa";

    private PhsaSibling() {}

    public static String of(String id) {
        return id + SUFFIX;
    }

    public static boolean isSibling(String id) {
        return id.endsWith(SUFFIX);
    }

    /** The id of the entry a sibling stands beside. */
    public static String base(String siblingId) {
        if (!isSibling(siblingId)) {
            throw new IllegalArgumentException(siblingId + " is not a " + SUFFIX + " sibling");
        }
        return siblingId.substring(0, siblingId.length() - SUFFIX.length());
    }

    /**
     * Individual coverage and non-federal governmental plans: reached by the PHS Act and 45 CFR,
     * not by ERISA.
     */
    public static boolean reachedByPhsa(PlanType t) {
        return t == PlanType.INDIVIDUAL || t == PlanType.GOVERNMENT_NONFEDERAL;
    }
}
