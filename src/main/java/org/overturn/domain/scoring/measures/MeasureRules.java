package org.overturn.domain.scoring.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.wording.Wording;

/**
 * Range checks and severity bands for the measures of reference §4. Bands are the reference's;
 * CIWA-Ar's are settable.
 */
public final class MeasureRules {

    private static final Wording WORDS = Wording.of("measures");

    /**
     * CIWA-Ar cut-offs vary locally; the default is CamCOPS: under 8 mild/minimal, 8–14 moderate,
     * 15+ severe.
     */
    public record CiwaBands(int moderateFrom, int severeFrom) {
        public static final CiwaBands DEFAULT = new CiwaBands(8, 15);

        public CiwaBands {
            if (moderateFrom < 1 || severeFrom <= moderateFrom || severeFrom > 67) {
                throw new IllegalArgumentException(
                        "CIWA-Ar bands need 0 < moderate < severe <= 67");
            }
        }
    }

    private MeasureRules() {}

    /** Checks an entry's values; returns the total (the item sum when only items are given). */
    static Optional<Integer> check(
            Measure m,
            List<Integer> items,
            Optional<Integer> score,
            Optional<CssrsRisk> cssrs,
            Optional<WhodasScoring> whodas) {
        String name = m.label();
        if (cssrs.isPresent() != (m == Measure.C_SSRS)) {
            throw new IllegalArgumentException(
                    m == Measure.C_SSRS
                            ? name + ": the risk category is required"
                            : name + ": a C-SSRS category belongs to the C-SSRS screener only");
        }
        if (m == Measure.C_SSRS) {
            if (score.isPresent() || !items.isEmpty()) {
                throw new IllegalArgumentException(
                        name + " is recorded as a category, not a score");
            }
            return Optional.empty();
        }
        if (whodas.isPresent() != (m == Measure.WHODAS_2)) {
            throw new IllegalArgumentException(
                    m == Measure.WHODAS_2
                            ? name + ": the scoring method is required"
                            : name + ": a WHODAS scoring method belongs to WHODAS 2.0 only");
        }
        if (!items.isEmpty() || m == Measure.PHQ_9) {
            int sum = checkItems(m, items);
            if (score.isPresent() && score.get() != sum) {
                throw new IllegalArgumentException(
                        name + ": total " + score.get() + " does not match the item sum " + sum);
            }
            return Optional.of(sum);
        }
        int v =
                score.orElseThrow(
                        () -> new IllegalArgumentException(name + ": the score is required"));
        int min = whodas.map(WhodasScoring::min).orElse(m.min());
        int max = whodas.map(WhodasScoring::max).orElse(m.max());
        if (v < min || v > max) {
            throw new IllegalArgumentException(
                    name + " score must be " + min + " to " + max + ", not " + v);
        }
        return score;
    }

    private static int checkItems(Measure m, List<Integer> items) {
        if (m.itemCount() == 0) {
            throw new IllegalArgumentException(
                    m.label() + " is recorded as a total score, not by item");
        }
        if (items.size() != m.itemCount()) {
            throw new IllegalArgumentException(
                    m.label() + " needs " + m.itemCount() + " item scores, got " + items.size());
        }
        int sum = 0;
        for (int i = 0; i < items.size(); i++) {
            int v = items.get(i);
            int max = m == Measure.AUDIT ? 4 : 3;
            boolean ok = v >= 0 && v <= max && !(m == Measure.AUDIT && i >= 8 && v % 2 != 0);
            if (!ok) {
                throw new IllegalArgumentException(
                        m.label()
                                + " item "
                                + (i + 1)
                                + " must be "
                                + (m == Measure.AUDIT && i >= 8 ? "0, 2 or 4" : "0 to " + max)
                                + ", not "
                                + v);
            }
            sum += v;
        }
        return sum;
    }

    public static MeasureResult evaluate(MeasureEntry e) {
        return evaluate(e, CiwaBands.DEFAULT);
    }

    public static MeasureResult evaluate(MeasureEntry e, CiwaBands ciwa) {
        List<String> flags = new ArrayList<>();
        boolean risk = false;
        int s = e.score().orElse(0);
        String band;
        switch (e.measure()) {
            case PHQ_9 -> {
                band = band(s, 27, new int[] {0, 5, 10, 15, 20}, "phq9.band.");
                if (e.items().get(8) > 0) {
                    risk = true;
                    flags.add(WORDS.text("phq9.flag.item9"));
                }
            }
            case GAD_7 -> {
                band = band(s, 21, new int[] {0, 5, 10, 15}, "gad7.band.");
                if (s >= 10) {
                    flags.add(WORDS.text("gad7.flag.ten"));
                }
            }
            case C_SSRS -> {
                CssrsRisk c = e.cssrsRisk().orElseThrow();
                band = c.label();
                risk = c != CssrsRisk.LOW;
                if (c == CssrsRisk.HIGH) {
                    flags.add(WORDS.text("cssrs.flag.high"));
                }
            }
            case AUDIT -> {
                band = band(s, 40, new int[] {0, 8, 16, 20}, "audit.band.");
                if (!e.items().isEmpty()) {
                    int dep = e.items().get(3) + e.items().get(4) + e.items().get(5);
                    int c = e.items().get(0) + e.items().get(1) + e.items().get(2);
                    flags.add(WORDS.fill("audit.flag.auditC", "score", c));
                    if (dep >= 4) {
                        flags.add(WORDS.fill("audit.flag.dependence", "score", dep));
                    }
                }
            }
            case DAST_10 -> band = band(s, 10, new int[] {0, 1, 3, 6, 9}, "dast10.band.");
            case CIWA_AR ->
                    band =
                            band(
                                    s,
                                    67,
                                    new int[] {0, ciwa.moderateFrom(), ciwa.severeFrom()},
                                    "ciwa.band.");
            case COWS -> band = band(s, 48, new int[] {0, 5, 13, 25, 37}, "cows.band.");
            case WHODAS_2 -> band = "";
            case GAF -> band = s == 0 ? WORDS.text("gaf.zero") : gafRange(s);
            default -> throw new IllegalStateException(e.measure().id());
        }
        if (e.measure() == Measure.WHODAS_2) {
            flags.add(
                    WORDS.fill(
                            "whodas.flag.noBands",
                            "method",
                            e.whodasScoring().orElseThrow().label()));
        }
        return new MeasureResult(
                e.measure(), e.date(), e.score(), band, risk, flags, e.measure().licenceNote());
    }

    /** "moderate (10–14)": the band whose lower bound is the highest one not above the score. */
    private static String band(int s, int max, int[] from, String names) {
        int i = from.length - 1;
        while (s < from[i]) {
            i--;
        }
        int to = i + 1 < from.length ? from[i + 1] - 1 : max;
        return WORDS.fill("band.range", "band", WORDS.text(names + i), "from", from[i], "to", to);
    }

    private static String gafRange(int s) {
        int low = s == 100 ? 91 : (s - 1) / 10 * 10 + 1;
        return WORDS.fill("gaf.range", "from", low, "to", Math.min(low + 9, 100));
    }
}
