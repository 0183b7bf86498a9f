package org.overturn.ui.opencase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * The level of an assessment in words, wherever it appears (the assessments list, the Overview):
 * the computed level and, when the clinician chose another, the override with its reason beside it,
 * never one without the other.
 */
public final class LevelSummary {

    private LevelSummary() {}

    /**
     * The placement result once every dimension is rated; empty while rating (or for ratings it
     * cannot compare).
     */
    public static Optional<PlacementResult> result(Assessment a) {
        try {
            return Placement.evaluate(a);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "Level 3: High Intensity …", or how far the rating has got. */
    public static String computed(Assessment a) {
        return result(a)
                .map(PlacementResult::levelName)
                .orElseGet(
                        () ->
                                Messages.format(
                                        "scoring.progress",
                                        a.ratings().size(),
                                        a.instrument().dimensionIds().size()));
    }

    /** "Level 2: … (reason)", or empty when the clinician kept the computed level. */
    public static String override(Assessment a) {
        return a.overrideLevel()
                .map(
                        code ->
                                Messages.format(
                                        "scoring.overrideWithReason",
                                        a.instrument().levelName(code),
                                        a.varianceReason()))
                .orElse("");
    }

    /** The instrument's label with its version, e.g. "LOCUS v20", "ASAM Criteria 3rd edition". */
    public static String instrument(Assessment a) {
        return a.instrumentVersion().equals(a.instrument().label())
                ? a.instrument().label()
                : a.instrument().label() + " " + a.instrumentVersion();
    }

    /** The latest assessment of each instrument the case holds, newest first. */
    public static List<Assessment> latestPerInstrument(CaseFile c) {
        List<Assessment> out = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            c.assessments().stream()
                    .filter(a -> a.instrument() == i)
                    .max(Comparator.comparing(Assessment::date))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Assessment::date).reversed());
        return out;
    }

    /** One line for the Overview: instrument, date, rater and the level. */
    public static String headline(Assessment a) {
        String who = a.rater().isEmpty() ? "" : Messages.format("scoring.byRater", a.rater());
        return Messages.format(
                "scoring.headline", instrument(a), Dates.show(a.date()), who, computed(a));
    }
}
