package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.wording.Wording;

/**
 * The LOCUS level-of-care rules exactly as the reference (§1.5) re-expresses one EHR vendor's
 * determination grid: a low-acuity branch, then independent criteria, then the composite. Each step
 * that decides or routes the result adds a plain-words reason, so the screen and the letter can say
 * which rule fired.
 */
public final class LocusPlacement {

    private static final Wording WORDS = Wording.of("scoring");

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
            case BELOW_IOP -> WORDS.fill("locus.iopNote.below", "level", level.number());
            case SUPPORTS_IOP -> WORDS.text("locus.iopNote.supports");
            case ABOVE_IOP -> WORDS.fill("locus.iopNote.above", "level", level.number());
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
            reasons.add(WORDS.fill("locus.rule.composite", "composite", c));
            if (c <= 16 && r.risk() <= 3 && r.function() <= 3 && r.comorbidity() <= 3) {
                reasons.add(WORDS.text("locus.rule.lowAcuity"));
                return lowAcuity();
            }
            return highAcuity();
        }

        private int lowAcuity() {
            if (r.asList().stream().allMatch(v -> v <= 2)) {
                reasons.add(WORDS.text("locus.rule.allTwoOrLess"));
                return low();
            }
            boolean mild =
                    r.risk() <= 2
                            && r.comorbidity() <= 2
                            && r.engagement() <= 2
                            && r.function() <= 3;
            if (!mild && r.stress() + r.support() > 4) {
                reasons.add(
                        WORDS.fill(
                                "locus.rule.environmentStrained",
                                "stressSupport",
                                r.stress() + r.support()));
                return env();
            }
            if (r.stress() >= 3 || r.support() >= 3 || r.history() >= 3) {
                if (r.support() <= 2) {
                    reasons.add(WORDS.text("locus.rule.supportLow"));
                    return low();
                }
                reasons.add(WORDS.fill("locus.rule.supportHigh", "support", r.support()));
                return env();
            }
            return low();
        }

        private int env() {
            if (r.history() <= 2 && r.stress() + r.support() <= 5) {
                reasons.add(WORDS.text("locus.rule.environmentSuffices"));
                return low();
            }
            if (r.risk() == 3 || r.function() == 3 || r.comorbidity() == 3) {
                reasons.add(
                        WORDS.fill(
                                "locus.rule.environmentLevel3",
                                "stressSupport",
                                r.stress() + r.support(),
                                "history",
                                r.history()));
                return 3;
            }
            reasons.add(WORDS.text("locus.rule.environmentLevel2"));
            return 2;
        }

        private int low() {
            if (c >= 14) {
                reasons.add(WORDS.fill("locus.rule.composite14", "composite", c));
                return 2;
            }
            if (o.noPriorTreatment()) {
                reasons.add(WORDS.text("locus.rule.noPriorTreatment"));
                return 0;
            }
            if (c >= 10) {
                reasons.add(WORDS.fill("locus.rule.composite10", "composite", c));
                return 1;
            }
            reasons.add(WORDS.fill("locus.rule.compositeUnder10", "composite", c));
            return 0;
        }

        private int highAcuity() {
            if (r.risk() == 5 || r.function() == 5 || r.comorbidity() == 5) {
                reasons.add(WORDS.text("locus.rule.five"));
                return 6;
            }
            if (c >= 28) {
                reasons.add(WORDS.fill("locus.rule.composite28", "composite", c));
                return 6;
            }
            if (r.risk() == 4) {
                reasons.add(WORDS.text("locus.rule.risk4"));
                return 5;
            }
            if (r.function() == 4 || r.comorbidity() == 4) {
                if (!r.optimalEnvironment()) {
                    reasons.add(
                            WORDS.fill(
                                    "locus.rule.function4",
                                    "stress",
                                    r.stress(),
                                    "support",
                                    r.support()));
                    return 5;
                }
                reasons.add(WORDS.text("locus.rule.function4Optimal"));
                return eng();
            }
            if (r.asList().stream().anyMatch(v -> v >= 4)) {
                return eng();
            }
            long twos = r.asList().stream().filter(v -> v == 2).count();
            if (twos >= 2 && r.stress() + r.support() <= 5) {
                reasons.add(WORDS.text("locus.rule.bandsSkipped"));
                return c17();
            }
            return comp();
        }

        private int eng() {
            if (r.history() >= 4 || r.engagement() >= 4) {
                if (!r.optimalEnvironment() && o.actAvailable() && r.stress() <= 2) {
                    reasons.add(WORDS.text("locus.rule.engagement"));
                    return 4;
                }
            }
            return comp();
        }

        private int comp() {
            if (c >= 20 && c <= 22) {
                reasons.add(WORDS.fill("locus.rule.band4", "composite", c));
                return 4;
            }
            if (c >= 23) {
                reasons.add(WORDS.fill("locus.rule.composite23", "composite", c));
                return 5;
            }
            return c17();
        }

        private int c17() {
            if (c >= 17) {
                reasons.add(WORDS.fill("locus.rule.composite17", "composite", c));
                return 3;
            }
            return low();
        }
    }
}
