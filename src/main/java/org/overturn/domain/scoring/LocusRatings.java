package org.overturn.domain.scoring;

import java.util.List;

/** The seven LOCUS ratings, each 1–5, in the instrument's order (I, II, III, IV-A, IV-B, V, VI). */
public record LocusRatings(
        int risk,
        int function,
        int comorbidity,
        int stress,
        int support,
        int history,
        int engagement) {

    public static final int COUNT = 7;

    public LocusRatings {
        check("I Risk of Harm", risk);
        check("II Functional Status", function);
        check("III Co-Morbidity", comorbidity);
        check("IV-A Stress", stress);
        check("IV-B Support", support);
        check("V Treatment and Recovery History", history);
        check("VI Engagement", engagement);
    }

    public static LocusRatings of(List<Integer> r) {
        if (r == null || r.size() != COUNT) {
            throw new IllegalArgumentException(
                    "LOCUS needs "
                            + COUNT
                            + " ratings (I, II, III, IV-A, IV-B, V, VI), got "
                            + (r == null ? 0 : r.size()));
        }
        return new LocusRatings(
                r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6));
    }

    public List<Integer> asList() {
        return List.of(risk, function, comorbidity, stress, support, history, engagement);
    }

    /** Sum of the seven ratings, 7–35. */
    public int composite() {
        return asList().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Stress and support both 1: the tree treats a Function or Co-Morbidity 4 as manageable then.
     */
    public boolean optimalEnvironment() {
        return stress == 1 && support == 1;
    }

    private static void check(String what, int v) {
        if (v < 1 || v > 5) {
            throw new IllegalArgumentException(what + " must be rated 1 to 5, not " + v);
        }
    }
}
