package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.overturn.domain.wording.Wording;

/**
 * CALOCUS-CASII decision support. The official grid is not public (reference §2), so the app runs
 * one vendor's simplification, labels it so, and compares it with the level the clinician reads
 * from a licensed grid.
 */
public final class CalocusPlacement {

    private static final Wording WORDS = Wording.of("scoring");

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
        reasons.add(WORDS.fill("calocus.reason.composite", "composite", r.composite()));
        reasons.add(
                WORDS.fill(
                        "calocus.reason.engagement",
                        "engagement",
                        r.simplified().engagement(),
                        "child",
                        r.childEngagement(),
                        "parent",
                        r.parentEngagement()));
        // One composite is shown for CALOCUS-CASII, the eight-rating sum; the simplification's own
        // sum of seven values
        // is named as such wherever its rules mention it.
        String sum = Matcher.quoteReplacement(WORDS.text("calocus.reason.simplifiedSum"));
        simple.reasons()
                .forEach(
                        s ->
                                reasons.add(
                                        WORDS.fill(
                                                "calocus.reason.simplified",
                                                "rule",
                                                s.replaceAll("(?i)\\bcomposite\\b", sum))));
        switch (agreement) {
            case AGREES ->
                    reasons.add(
                            WORDS.fill("calocus.reason.gridAgrees", "grid", grid.get().number()));
            case DIFFERS ->
                    reasons.add(
                            WORDS.fill(
                                    "calocus.reason.gridDiffers",
                                    "grid",
                                    grid.get().number(),
                                    "simplified",
                                    simple.level().number()));
            case NOT_RECORDED -> reasons.add(WORDS.text("calocus.reason.gridNotRecorded"));
        }
        LocusLevel level = grid.orElse(simple.level());
        IopFit fit = LocusPlacement.fit(level);
        String note =
                WORDS.fill(
                        "calocus.iopNote",
                        "note",
                        fit == IopFit.SUPPORTS_IOP
                                ? WORDS.text("calocus.iopNote.supports")
                                : LocusPlacement.iopNote(level));
        return new CalocusResult(r, r.composite(), simple, grid, agreement, reasons, fit, note);
    }

    public static CalocusResult place(CalocusRatings r) {
        return place(r, LocusOptions.NONE, Optional.empty());
    }
}
