package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The LOCUS level-of-care rules exactly as the reference (§1.5) re-expresses one EHR vendor's
 * determination grid: a low-acuity branch, then independent criteria, then the composite. Each step
 * that decides or routes the result adds a plain-words reason, so the screen and the letter can say
 * which rule fired.
 */
public final class LocusPlacement {

    private LocusPlacement() {}

    public static LocusResult place(LocusRatings r) {
        return place(r, LocusOptions.NONE);
    }

    public static LocusResult place(LocusRatings r, LocusOptions options) {
        Run run = new Run(r, options);
        LocusLevel level = LocusLevel.of(run.decide());
        return new LocusResult(
                r,
                options,
                r.composite(),
                level,
                run.reasons,
                LocusExplanation.whyNotLower(r, options, level),
                LocusExplanation.whyNotHigher(r, options, level),
                fit(level),
                iopNote(level));
    }

    static IopFit fit(LocusLevel level) {
        if (level.number() < LocusLevel.IOP.number()) {
            return IopFit.BELOW_IOP;
        }
        return level == LocusLevel.IOP ? IopFit.SUPPORTS_IOP : IopFit.ABOVE_IOP;
    }

    static String iopNote(LocusLevel level) {
        return switch (fit(level)) {
            case BELOW_IOP ->
                    "Level "
                            + level.number()
                            + " is below IOP (Level 3). This is what the reviewer will argue:"
                            + " that a less intensive level is enough. Check each rating against the chart; if your clinical"
                            + " judgement differs, record an override with the reason for variance.";
            case SUPPORTS_IOP ->
                    "Level 3 is the LOCUS home of intensive outpatient care: the ratings support IOP.";
            case ABOVE_IOP ->
                    "Level "
                            + level.number()
                            + " is above IOP (Level 3). Safety flag: check whether the"
                            + " patient needs a more intensive level now. For the appeal, it shows IOP is not excessive:"
                            + " IOP is the less restrictive option being asked for.";
        };
    }

    /**
     * One evaluation of the tree; the labels LOW, ENV, ENG, COMP and C17 follow the reference's
     * pseudo-code.
     */
    private static final class Run {
        private final LocusRatings r;
        private final LocusOptions o;
        private final int c;
        private final List<String> reasons = new ArrayList<>();

        Run(LocusRatings r, LocusOptions o) {
            this.r = r;
            this.o = o;
            this.c = r.composite();
        }

        int decide() {
            reasons.add("Composite " + c + " (the sum of the seven ratings).");
            if (c <= 16 && r.risk() <= 3 && r.function() <= 3 && r.comorbidity() <= 3) {
                reasons.add(
                        "Low-acuity branch: composite 16 or less and Risk, Function and Co-Morbidity all 3 or less.");
                return lowAcuity();
            }
            return highAcuity();
        }

        private int lowAcuity() {
            if (r.asList().stream().allMatch(v -> v <= 2)) {
                reasons.add("Every rating is 2 or less.");
                return low();
            }
            boolean mild =
                    r.risk() <= 2
                            && r.comorbidity() <= 2
                            && r.engagement() <= 2
                            && r.function() <= 3;
            if (!mild && r.stress() + r.support() > 4) {
                reasons.add(
                        "Stress + Support = "
                                + (r.stress() + r.support())
                                + " (over 4) with a Risk, Co-Morbidity"
                                + " or Engagement above 2 (or Function above 3): the environment is checked.");
                return env();
            }
            if (r.stress() >= 3 || r.support() >= 3 || r.history() >= 3) {
                if (r.support() <= 2) {
                    reasons.add(
                            "Stress or treatment history is 3 or more, but Support is 2 or less.");
                    return low();
                }
                reasons.add(
                        "Support is " + r.support() + " (3 or more): the environment is checked.");
                return env();
            }
            return low();
        }

        private int env() {
            if (r.history() <= 2 && r.stress() + r.support() <= 5) {
                reasons.add(
                        "Treatment history 2 or less and Stress + Support 5 or less: low-intensity care can suffice.");
                return low();
            }
            if (r.risk() == 3 || r.function() == 3 || r.comorbidity() == 3) {
                reasons.add(
                        "A rating of 3 in Risk, Function or Co-Morbidity, with Stress + Support = "
                                + (r.stress() + r.support())
                                + " and treatment history "
                                + r.history()
                                + ", exceeds the limits for low-intensity care: Level 3.");
                return 3;
            }
            reasons.add(
                    "Environment or history is strained but no rating of 3 in Risk, Function or Co-Morbidity: Level 2.");
            return 2;
        }

        private int low() {
            if (c >= 14) {
                reasons.add("Composite " + c + " is 14 or more: Level 2.");
                return 2;
            }
            if (o.noPriorTreatment()) {
                reasons.add("No prior treatment recorded, composite under 14: Level 0.");
                return 0;
            }
            if (c >= 10) {
                reasons.add("Composite " + c + " is 10 to 13: Level 1.");
                return 1;
            }
            reasons.add("Composite " + c + " is under 10: Level 0.");
            return 0;
        }

        private int highAcuity() {
            if (r.risk() == 5 || r.function() == 5 || r.comorbidity() == 5) {
                reasons.add(
                        "Independent criterion: a rating of 5 in Risk, Function or Co-Morbidity requires Level 6.");
                return 6;
            }
            if (c >= 28) {
                reasons.add("Composite " + c + " is 28 or more: Level 6.");
                return 6;
            }
            if (r.risk() == 4) {
                reasons.add("Independent criterion: Risk of Harm 4 requires at least Level 5.");
                return 5;
            }
            if (r.function() == 4 || r.comorbidity() == 4) {
                if (!r.optimalEnvironment()) {
                    reasons.add(
                            "Independent criterion: Function or Co-Morbidity 4 without an optimal environment"
                                    + " (Stress "
                                    + r.stress()
                                    + ", Support "
                                    + r.support()
                                    + ") requires Level 5.");
                    return 5;
                }
                reasons.add(
                        "Function or Co-Morbidity is 4, but the environment is optimal (Stress 1, Support 1),"
                                + " so that criterion does not force Level 5.");
                return eng();
            }
            if (r.asList().stream().anyMatch(v -> v >= 4)) {
                return eng();
            }
            long twos = r.asList().stream().filter(v -> v == 2).count();
            if (twos >= 2 && r.stress() + r.support() <= 5) {
                reasons.add(
                        "At least two ratings of 2 and Stress + Support 5 or less: the composite bands for Level 4"
                                + " and above are skipped (vendor rule; meaning unverified).");
                return c17();
            }
            return comp();
        }

        private int eng() {
            if (r.history() >= 4 || r.engagement() >= 4) {
                if (!r.optimalEnvironment() && o.actAvailable() && r.stress() <= 2) {
                    reasons.add(
                            "Treatment history or Engagement 4 or more, an intensive community team available and"
                                    + " Stress 2 or less: Level 4 (vendor rule; unverified).");
                    return 4;
                }
            }
            return comp();
        }

        private int comp() {
            if (c >= 20 && c <= 22) {
                reasons.add("Composite " + c + " is in the 20–22 band: Level 4.");
                return 4;
            }
            if (c >= 23) {
                reasons.add("Composite " + c + " is 23 or more: Level 5.");
                return 5;
            }
            return c17();
        }

        private int c17() {
            if (c >= 17) {
                reasons.add(
                        "Composite "
                                + c
                                + " is 17 or more, and no criterion for a higher level is met: Level 3.");
                return 3;
            }
            return low();
        }
    }
}
