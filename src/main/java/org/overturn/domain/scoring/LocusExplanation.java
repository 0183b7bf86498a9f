package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * "Why not lower" and "why not higher" for a LOCUS level: the thresholds of the neighbouring levels
 * that the ratings meet or miss. Every sentence is added only when its condition holds, so none can
 * contradict the ratings.
 */
final class LocusExplanation {

    private LocusExplanation() {}

    static List<String> whyNotHigher(LocusRatings r, LocusOptions o, LocusLevel level) {
        int n = level.number();
        int c = r.composite();
        List<String> out = new ArrayList<>();
        if (n < 6) {
            if (r.risk() < 5 && r.function() < 5 && r.comorbidity() < 5) {
                out.add(
                        "No rating of 5 in Risk of Harm, Functional Status or Co-Morbidity: the Level 6 independent"
                                + " criterion is not met.");
            }
            if (c < 28) {
                out.add("Composite " + c + " is under 28, the Level 6 composite threshold.");
            }
        }
        if (n < 5) {
            if (r.risk() < 4) {
                out.add(
                        "Risk of Harm is "
                                + r.risk()
                                + ", below the Level 5 independent criterion of 4.");
            }
            if (r.function() < 4 && r.comorbidity() < 4) {
                out.add(
                        "Functional Status ("
                                + r.function()
                                + ") and Co-Morbidity ("
                                + r.comorbidity()
                                + ") are below 4: their Level 5 criterion is not met.");
            } else {
                out.add(
                        "Functional Status or Co-Morbidity is 4, but Stress and Support are both 1 (an optimal"
                                + " environment), so their Level 5 criterion is not met.");
            }
            if (c < 23) {
                out.add("Composite " + c + " is under 23, where the Level 5 band starts.");
            }
        }
        if (n < 4) {
            if (c < 20) {
                out.add("Composite " + c + " is under 20, where the Level 4 band starts.");
            } else if (c <= 22) {
                out.add(
                        "Composite "
                                + c
                                + " is in the Level 4 band, but with at least two ratings of 2 and Stress +"
                                + " Support 5 or less the vendor rules skip the composite bands (unverified rule).");
            }
            if (r.history() >= 4 || r.engagement() >= 4) {
                out.add(
                        "Treatment history or Engagement is 4 or more, but the Level 4 route for it did not apply"
                                + " (it needs an intensive community team available"
                                + (o.actAvailable() ? "" : ", not recorded")
                                + ", Stress 2 or less and an environment that is not optimal).");
            }
        }
        if (n < 3) {
            if (c < 17) {
                out.add("Composite " + c + " is under 17, where the Level 3 band starts.");
            }
            if (r.risk() != 3 && r.function() != 3 && r.comorbidity() != 3) {
                out.add(
                        "No rating of 3 in Risk, Function or Co-Morbidity, which low-acuity ratings need to reach Level 3.");
            } else {
                out.add(
                        "A rating of 3 in Risk, Function or Co-Morbidity reaches Level 3 only with a strained"
                                + " environment and treatment history (e.g. Support 3 or more and history 3 or more);"
                                + " Stress "
                                + r.stress()
                                + ", Support "
                                + r.support()
                                + " and history "
                                + r.history()
                                + " do not meet that.");
            }
        }
        if (n < 2) {
            out.add("Composite " + c + " is under 14, where the Level 2 band starts.");
        }
        if (n < 1) {
            out.add(
                    c >= 10 && o.noPriorTreatment()
                            ? "No prior treatment is recorded, so recovery maintenance (Level 1) does not apply."
                            : "Composite " + c + " is under 10, where the Level 1 band starts.");
        }
        return out;
    }

    static List<String> whyNotLower(LocusRatings r, LocusOptions o, LocusLevel level) {
        int c = r.composite();
        int env = r.stress() + r.support();
        List<String> out = new ArrayList<>();
        switch (level.number()) {
            case 6 -> {
                if (r.risk() == 5 || r.function() == 5 || r.comorbidity() == 5) {
                    out.add(
                            "A rating of 5 in Risk of Harm, Functional Status or Co-Morbidity requires Level 6 on its own.");
                }
                if (c >= 28) {
                    out.add("Composite " + c + " is 28 or more.");
                }
            }
            case 5 -> {
                if (r.risk() == 4) {
                    out.add("Risk of Harm 4 requires at least Level 5 on its own.");
                }
                if ((r.function() == 4 || r.comorbidity() == 4) && !r.optimalEnvironment()) {
                    out.add(
                            "Functional Status or Co-Morbidity 4, with an environment that is not optimal, requires"
                                    + " at least Level 5.");
                }
                if (c >= 23) {
                    out.add("Composite " + c + " is above the Level 4 band (20–22).");
                }
            }
            case 4 -> {
                if (c >= 20) {
                    out.add("Composite " + c + " is above the Level 3 band (17–19).");
                } else {
                    out.add(
                            "Poor treatment history or engagement, with an intensive community team available, points"
                                    + " to Level 4 rather than Level 3.");
                }
            }
            case 3 ->
                    out.add(
                            c >= 17
                                    ? "Composite "
                                            + c
                                            + " is above the low-intensity range (16 or less)."
                                    : "A rating of 3 in Risk, Function or Co-Morbidity, with Stress + Support = "
                                            + env
                                            + " and treatment history "
                                            + r.history()
                                            + ", exceeds the limits for low-intensity care"
                                            + " (Level 2).");
            case 2 ->
                    out.add(
                            c >= 14
                                    ? "Composite "
                                            + c
                                            + " is 14 or more, above the Level 1 band (10–13)."
                                    : "Stress + Support = "
                                            + env
                                            + " and treatment history "
                                            + r.history()
                                            + " need more than recovery maintenance (Level 1).");
            case 1 -> out.add("Composite " + c + " is 10 or more, above basic services (Level 0).");
            default -> {}
        }
        return out;
    }
}
