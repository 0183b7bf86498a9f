package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CALOCUS-CASII decision support. The official grid is not public (reference §2), so the app runs
 * one vendor's simplification, labels it so, and compares it with the level the clinician reads
 * from a licensed grid.
 */
public final class CalocusPlacement {

    private CalocusPlacement() {}

    public static CalocusResult place(
            CalocusRatings r, LocusOptions options, Optional<LocusLevel> licensedGridLevel) {
        LocusResult simple = LocusPlacement.place(r.simplified(), options);
        Optional<LocusLevel> grid =
                licensedGridLevel == null ? Optional.empty() : licensedGridLevel;
        GridAgreement agreement =
                grid.map(g -> g == simple.level() ? GridAgreement.AGREES : GridAgreement.DIFFERS)
                        .orElse(GridAgreement.NOT_RECORDED);
        List<String> reasons = new ArrayList<>();
        reasons.add(
                "Composite "
                        + r.composite()
                        + " (the sum of the eight ratings; a consistency check only).");
        reasons.add(
                "Unofficial simplification: Engagement VI taken as "
                        + r.simplified().engagement()
                        + ", the higher of VI-A ("
                        + r.childEngagement()
                        + ") and VI-B ("
                        + r.parentEngagement()
                        + ").");
        // One composite is shown for CALOCUS-CASII, the eight-rating sum; the simplification's own
        // sum of seven values
        // is named as such wherever its rules mention it.
        simple.reasons()
                .forEach(
                        s ->
                                reasons.add(
                                        "Simplified rules: "
                                                + s.replaceAll(
                                                        "(?i)\\bcomposite\\b",
                                                        "sum of the seven simplified values")));
        switch (agreement) {
            case AGREES ->
                    reasons.add(
                            "Your licensed-grid level ("
                                    + grid.get().number()
                                    + ") agrees with the simplification.");
            case DIFFERS ->
                    reasons.add(
                            "Your licensed-grid level ("
                                    + grid.get().number()
                                    + ") differs from the"
                                    + " simplification ("
                                    + simple.level().number()
                                    + "); the licensed grid's level is used.");
            case NOT_RECORDED ->
                    reasons.add(
                            "No licensed-grid level recorded yet: check this against your"
                                    + " CALOCUS-CASII grid and record its level.");
        }
        LocusLevel level = grid.orElse(simple.level());
        IopFit fit = LocusPlacement.fit(level);
        String note =
                LocusPlacement.iopNote(level).replace("LOCUS home", "CALOCUS-CASII home")
                        + " (IOP is taken as Level 3, a heuristic for CALOCUS-CASII.)";
        return new CalocusResult(r, r.composite(), simple, grid, agreement, reasons, fit, note);
    }

    public static CalocusResult place(CalocusRatings r) {
        return place(r, LocusOptions.NONE, Optional.empty());
    }
}
