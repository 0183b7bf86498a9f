package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.wording.Wording;

/**
 * "Why not lower" and "why not higher" for a LOCUS level: the thresholds of the neighbouring levels
 * that the ratings meet or miss. Every sentence is added only when its condition holds, so none can
 * contradict the ratings. The sentences are in the wording file {@code scoring}.
 */
final class LocusExplanation {

    private static final Wording WORDS = Wording.of("scoring");

    private LocusExplanation() {}

    static List<String> whyNotHigher(LocusRatings r, LocusOptions o, LocusLevel level) {
        int n = level.number();
        int c = r.composite();
        List<String> out = new ArrayList<>();
        if (n < 6) {
            if (r.risk() < 5 && r.function() < 5 && r.comorbidity() < 5) {
                out.add(WORDS.text("locus.higher.noFive"));
            }
            if (c < 28) {
                out.add(WORDS.fill("locus.higher.compositeUnder28", "composite", c));
            }
        }
        if (n < 5) {
            if (r.risk() < 4) {
                out.add(WORDS.fill("locus.higher.risk", "risk", r.risk()));
            }
            if (r.function() < 4 && r.comorbidity() < 4) {
                out.add(
                        WORDS.fill(
                                "locus.higher.functionBelow4",
                                "function",
                                r.function(),
                                "comorbidity",
                                r.comorbidity()));
            } else {
                out.add(WORDS.text("locus.higher.functionOptimal"));
            }
            if (c < 23) {
                out.add(WORDS.fill("locus.higher.compositeUnder23", "composite", c));
            }
        }
        if (n < 4) {
            if (c < 20) {
                out.add(WORDS.fill("locus.higher.compositeUnder20", "composite", c));
            } else if (c <= 22) {
                out.add(WORDS.fill("locus.higher.bandsSkipped", "composite", c));
            }
            if (r.history() >= 4 || r.engagement() >= 4) {
                out.add(
                        WORDS.text(
                                o.actAvailable()
                                        ? "locus.higher.engagement"
                                        : "locus.higher.engagementNoTeam"));
            }
        }
        if (n < 3) {
            if (c < 17) {
                out.add(WORDS.fill("locus.higher.compositeUnder17", "composite", c));
            }
            if (r.risk() != 3 && r.function() != 3 && r.comorbidity() != 3) {
                out.add(WORDS.text("locus.higher.noThree"));
            } else {
                out.add(
                        WORDS.fill(
                                "locus.higher.three",
                                "stress",
                                r.stress(),
                                "support",
                                r.support(),
                                "history",
                                r.history()));
            }
        }
        if (n < 2) {
            out.add(WORDS.fill("locus.higher.compositeUnder14", "composite", c));
        }
        if (n < 1) {
            out.add(
                    c >= 10 && o.noPriorTreatment()
                            ? WORDS.text("locus.higher.noPriorTreatment")
                            : WORDS.fill("locus.higher.compositeUnder10", "composite", c));
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
                    out.add(WORDS.text("locus.lower.five"));
                }
                if (c >= 28) {
                    out.add(WORDS.fill("locus.lower.composite28", "composite", c));
                }
            }
            case 5 -> {
                if (r.risk() == 4) {
                    out.add(WORDS.text("locus.lower.risk4"));
                }
                if ((r.function() == 4 || r.comorbidity() == 4) && !r.optimalEnvironment()) {
                    out.add(WORDS.text("locus.lower.function4"));
                }
                if (c >= 23) {
                    out.add(WORDS.fill("locus.lower.aboveBand4", "composite", c));
                }
            }
            case 4 -> {
                if (c >= 20) {
                    out.add(WORDS.fill("locus.lower.aboveBand3", "composite", c));
                } else {
                    out.add(WORDS.text("locus.lower.engagement"));
                }
            }
            case 3 ->
                    out.add(
                            c >= 17
                                    ? WORDS.fill("locus.lower.aboveLowIntensity", "composite", c)
                                    : WORDS.fill(
                                            "locus.lower.environmentLevel3",
                                            "stressSupport",
                                            env,
                                            "history",
                                            r.history()));
            case 2 ->
                    out.add(
                            c >= 14
                                    ? WORDS.fill("locus.lower.aboveBand1", "composite", c)
                                    : WORDS.fill(
                                            "locus.lower.environmentLevel2",
                                            "stressSupport",
                                            env,
                                            "history",
                                            r.history()));
            case 1 -> out.add(WORDS.fill("locus.lower.aboveBasic", "composite", c));
            default -> {}
        }
        return out;
    }
}
