package org.overturn.ui.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Dates;

/**
 * What the two charts plot, as plain data so it can be tested without a screen. ASAM ratings are
 * never summed: its trajectory is per dimension only.
 */
public final class ScoringCharts {

    private ScoringCharts() {}

    /** One bar: a dimension's label and its rating (null while unrated). */
    public record Bar(String label, Integer value) {}

    public record Point(String x, int y) {}

    public record Series(String name, List<Point> points) {}

    /** The ratings of one assessment by dimension, in the instrument's order. */
    public static List<Bar> bars(Assessment a, Instruments instruments) {
        List<Bar> out = new ArrayList<>();
        for (DimensionDefinition d : instruments.dimensions(a.instrument())) {
            Integer v =
                    a.rating(d.id())
                            .flatMap(
                                    r ->
                                            r.number().isPresent()
                                                    ? Optional.of(r.number().getAsInt())
                                                    : Optional.empty())
                            .orElse(null);
            out.add(new Bar(d.code() + "\n" + d.shortName().replace("/", "/\n"), v));
        }
        return out;
    }

    /** Whether the instrument has a composite (a sum) to chart; ASAM does not. */
    public static boolean hasComposite(Instrument i) {
        return i != Instrument.ASAM;
    }

    /**
     * The assessments of one instrument in date order, each with a distinct x label (a second on a
     * day gets "(2)").
     */
    static Map<String, Assessment> byDate(List<Assessment> all, Instrument i) {
        Map<String, Assessment> out = new LinkedHashMap<>();
        all.stream()
                .filter(a -> a.instrument() == i)
                .sorted(Comparator.comparing(Assessment::date))
                .forEach(
                        a -> {
                            String x = Dates.show(a.date());
                            int n = 2;
                            while (out.containsKey(x)) {
                                x = Dates.show(a.date()) + " (" + n++ + ")";
                            }
                            out.put(x, a);
                        });
        return out;
    }

    /** The composite of each fully rated assessment of the instrument, over time. */
    public static Series composite(List<Assessment> all, Instrument i, String name) {
        List<Point> points = new ArrayList<>();
        byDate(all, i)
                .forEach(
                        (x, a) -> {
                            if (a.unrated().isEmpty()) {
                                points.add(
                                        new Point(
                                                x,
                                                a.ratings().stream()
                                                        .mapToInt(r -> r.number().orElse(0))
                                                        .sum()));
                            }
                        });
        return new Series(name, points);
    }

    /** Each dimension's rating over time (a point only where the dimension was rated). */
    public static List<Series> perDimension(
            List<Assessment> all, Instrument i, Instruments instruments) {
        Map<String, Assessment> dated = byDate(all, i);
        List<Series> out = new ArrayList<>();
        for (DimensionDefinition d : instruments.dimensions(i)) {
            List<Point> points = new ArrayList<>();
            dated.forEach(
                    (x, a) ->
                            a.rating(d.id())
                                    .ifPresent(
                                            r ->
                                                    r.number()
                                                            .ifPresent(
                                                                    v ->
                                                                            points.add(
                                                                                    new Point(
                                                                                            x,
                                                                                            v)))));
            out.add(new Series(d.code() + " " + d.shortName(), points));
        }
        return out;
    }

    /** The x labels of the trajectory, in date order. */
    public static List<String> dates(List<Assessment> all, Instrument i) {
        return new ArrayList<>(byDate(all, i).keySet());
    }
}
