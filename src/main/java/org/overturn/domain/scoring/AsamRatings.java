package org.overturn.domain.scoring;

import java.util.List;
import java.util.stream.IntStream;
import org.overturn.domain.wording.Wording;

/** The six ASAM 3rd-edition dimension ratings, each 0–4, in dimension order 1–6. */
public record AsamRatings(int d1, int d2, int d3, int d4, int d5, int d6) {

    public static final int COUNT = 6;

    private static final String NAME = "asamDimension.";

    /**
     * Third-edition dimension names (reference §3.1); never the 4th edition's, which rate
     * differently. In the wording file {@code scoring}, under {@code asamDimension.} and the
     * dimension's number.
     */
    public static final List<String> NAMES =
            IntStream.rangeClosed(1, COUNT)
                    .mapToObj(d -> Wording.of("scoring").text(NAME + d))
                    .toList();

    public AsamRatings {
        List<Integer> all = List.of(d1, d2, d3, d4, d5, d6);
        for (int i = 0; i < COUNT; i++) {
            if (all.get(i) < 0 || all.get(i) > 4) {
                throw new IllegalArgumentException(
                        "ASAM dimension " + (i + 1) + " must be rated 0 to 4, not " + all.get(i));
            }
        }
    }

    public static AsamRatings of(List<Integer> r) {
        if (r == null || r.size() != COUNT) {
            throw new IllegalArgumentException(
                    "ASAM needs "
                            + COUNT
                            + " ratings (dimensions 1 to 6), got "
                            + (r == null ? 0 : r.size()));
        }
        return new AsamRatings(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
    }

    public List<Integer> asList() {
        return List.of(d1, d2, d3, d4, d5, d6);
    }

    /** Rating of dimension 1–6. */
    public int rating(int dimension) {
        return asList().get(dimension - 1);
    }
}
