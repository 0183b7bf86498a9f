package org.overturn.domain.rebuttal;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring dimension ids shared with the scoring code (which defines them); repeated here so the
 * rebuttal data can be checked without depending on that code.
 */
public final class DimensionIds {

    public static final List<String> LOCUS =
            List.of(
                    "locus.I",
                    "locus.II",
                    "locus.III",
                    "locus.IV-A",
                    "locus.IV-B",
                    "locus.V",
                    "locus.VI");
    public static final List<String> CALOCUS =
            List.of(
                    "calocus.I",
                    "calocus.II",
                    "calocus.III",
                    "calocus.IV-A",
                    "calocus.IV-B",
                    "calocus.V",
                    "calocus.VI-A",
                    "calocus.VI-B");
    public static final List<String> ASAM =
            List.of("asam.1", "asam.2", "asam.3", "asam.4", "asam.5", "asam.6");

    private DimensionIds() {}

    public static List<String> all() {
        List<String> all = new ArrayList<>(LOCUS);
        all.addAll(CALOCUS);
        all.addAll(ASAM);
        return List.copyOf(all);
    }

    public static boolean isKnown(String id) {
        return LOCUS.contains(id) || CALOCUS.contains(id) || ASAM.contains(id);
    }

    public static void requireKnown(List<String> ids, String where) {
        for (String id : ids) {
            if (!isKnown(id)) {
                throw new IllegalArgumentException(where + ": unknown dimension id '" + id + "'");
            }
        }
    }
}
