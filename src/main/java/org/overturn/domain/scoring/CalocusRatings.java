package org.overturn.domain.scoring;

import java.util.List;

/**
 * The eight CALOCUS-CASII ratings, each 1–5: I, II, III, IV-A, IV-B, V, VI-A (child), VI-B
 * (parent/caretaker).
 */
public record CalocusRatings(
        int risk,
        int function,
        int comorbidity,
        int stress,
        int support,
        int resiliency,
        int childEngagement,
        int parentEngagement) {

    public static final int COUNT = 8;

    public CalocusRatings {
        List<Integer> all =
                List.of(
                        risk,
                        function,
                        comorbidity,
                        stress,
                        support,
                        resiliency,
                        childEngagement,
                        parentEngagement);
        List<String> ids = Instrument.CALOCUS.dimensionIds();
        for (int i = 0; i < COUNT; i++) {
            if (all.get(i) < 1 || all.get(i) > 5) {
                throw new IllegalArgumentException(
                        ids.get(i) + " must be rated 1 to 5, not " + all.get(i));
            }
        }
    }

    public static CalocusRatings of(List<Integer> r) {
        if (r == null || r.size() != COUNT) {
            throw new IllegalArgumentException(
                    "CALOCUS-CASII needs "
                            + COUNT
                            + " ratings (I, II, III, IV-A, IV-B, V, VI-A, VI-B), got "
                            + (r == null ? 0 : r.size()));
        }
        return new CalocusRatings(
                r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7));
    }

    public List<Integer> asList() {
        return List.of(
                risk,
                function,
                comorbidity,
                stress,
                support,
                resiliency,
                childEngagement,
                parentEngagement);
    }

    /**
     * Sum of all eight ratings, 8–40: the app's consistency check, not an official CALOCUS-CASII
     * score.
     */
    public int composite() {
        return asList().stream().mapToInt(Integer::intValue).sum();
    }

    /** The vendor simplification: VI = max(VI-A, VI-B), then the seven values as LOCUS ratings. */
    public LocusRatings simplified() {
        return new LocusRatings(
                risk,
                function,
                comorbidity,
                stress,
                support,
                resiliency,
                Math.max(childEngagement, parentEngagement));
    }
}
