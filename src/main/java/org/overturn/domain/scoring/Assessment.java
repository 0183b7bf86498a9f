package org.overturn.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.overturn.domain.cases.Text;

/**
 * One scoring of the patient with one instrument, on one date, by one rater. Ratings may be partial
 * while the rater works through the dimensions; {@link Placement} computes a level only once every
 * dimension is rated.
 *
 * @param id stable id within the case
 * @param instrumentVersion e.g. "v20"; blank means the instrument's current version
 * @param ratings at most one per dimension, each a dimension of this instrument, rating within its
 *     scale
 * @param overrideLevel the level the clinician chose instead of the computed one (a level code:
 *     "3", "2.1")
 * @param varianceReason why; required when there is an override
 * @param licensedGridLevel CALOCUS-CASII only: the level the clinician read from their licensed
 *     grid ("0".."6")
 * @param noPriorTreatment LOCUS tree option: the patient has never needed treatment (lowers Level 1
 *     to 0)
 * @param actAvailable LOCUS tree option: an ACT or intensive community team is available
 * @param insurerAsamEdition ASAM only: the edition the insurer says it applied
 */
public record Assessment(
        String id,
        Instrument instrument,
        String instrumentVersion,
        LocalDate date,
        String rater,
        List<DimensionRating> ratings,
        Optional<String> overrideLevel,
        String varianceReason,
        Optional<String> licensedGridLevel,
        boolean noPriorTreatment,
        boolean actAvailable,
        Optional<AsamEdition> insurerAsamEdition,
        String note) {

    public Assessment {
        id = Text.require(id, "assessment id");
        if (instrument == null) {
            throw new IllegalArgumentException("assessment instrument is required");
        }
        instrumentVersion =
                Text.clean(instrumentVersion).isEmpty()
                        ? instrument.currentVersion()
                        : instrumentVersion.strip();
        if (date == null) {
            throw new IllegalArgumentException("assessment date is required");
        }
        rater = Text.clean(rater);
        ratings = Text.list(ratings);
        checkRatings(instrument, ratings);
        overrideLevel = Text.opt(overrideLevel).map(String::strip).filter(s -> !s.isEmpty());
        varianceReason = Text.body(varianceReason);
        overrideLevel.ifPresent(l -> checkLevel(instrument, l, "override level"));
        if (overrideLevel.isPresent() && varianceReason.isBlank()) {
            throw new IllegalArgumentException(
                    "a reason for variance is required with an override level");
        }
        licensedGridLevel =
                Text.opt(licensedGridLevel).map(String::strip).filter(s -> !s.isEmpty());
        if (licensedGridLevel.isPresent() && instrument != Instrument.CALOCUS) {
            throw new IllegalArgumentException(
                    "a licensed-grid level is recorded for CALOCUS-CASII only");
        }
        licensedGridLevel.ifPresent(l -> checkLevel(instrument, l, "licensed-grid level"));
        if ((noPriorTreatment || actAvailable) && instrument == Instrument.ASAM) {
            throw new IllegalArgumentException("the LOCUS tree options do not apply to ASAM");
        }
        insurerAsamEdition = Text.opt(insurerAsamEdition);
        if (insurerAsamEdition.isPresent() && instrument != Instrument.ASAM) {
            throw new IllegalArgumentException(
                    "the insurer's ASAM edition is recorded on ASAM assessments only");
        }
        note = Text.body(note);
    }

    /** A new, unrated assessment for the given instrument. */
    public static Assessment start(Instrument instrument, LocalDate date, String rater) {
        return new Assessment(
                UUID.randomUUID().toString(),
                instrument,
                "",
                date,
                rater,
                List.of(),
                Optional.empty(),
                "",
                Optional.empty(),
                false,
                false,
                Optional.empty(),
                "");
    }

    /** The same assessment with one dimension's rating set or replaced. */
    public Assessment withRating(DimensionRating r) {
        List<DimensionRating> next =
                new ArrayList<>(
                        ratings.stream()
                                .filter(x -> !x.dimensionId().equals(r.dimensionId()))
                                .toList());
        next.add(r);
        next.sort(Comparator.comparingInt(x -> instrument.dimensionIds().indexOf(x.dimensionId())));
        return new Assessment(
                id,
                instrument,
                instrumentVersion,
                date,
                rater,
                next,
                overrideLevel,
                varianceReason,
                licensedGridLevel,
                noPriorTreatment,
                actAvailable,
                insurerAsamEdition,
                note);
    }

    public Optional<DimensionRating> rating(String dimensionId) {
        return ratings.stream().filter(r -> r.dimensionId().equals(dimensionId)).findFirst();
    }

    /** Dimension ids not yet rated, in the instrument's order. */
    public List<String> unrated() {
        return instrument.dimensionIds().stream().filter(d -> rating(d).isEmpty()).toList();
    }

    private static void checkRatings(Instrument instrument, List<DimensionRating> ratings) {
        Set<String> seen = new HashSet<>();
        for (DimensionRating r : ratings) {
            if (!instrument.dimensionIds().contains(r.dimensionId())) {
                throw new IllegalArgumentException(
                        r.dimensionId() + " is not a dimension of " + instrument.label());
            }
            if (!seen.add(r.dimensionId())) {
                throw new IllegalArgumentException(r.dimensionId() + " is rated twice");
            }
            int v =
                    r.number()
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    r.dimensionId()
                                                            + ": rating '"
                                                            + r.value()
                                                            + "' is not a whole number"));
            if (v < instrument.scaleMin() || v > instrument.scaleMax()) {
                throw new IllegalArgumentException(
                        r.dimensionId()
                                + ": rating "
                                + v
                                + " is outside "
                                + instrument.scaleMin()
                                + "–"
                                + instrument.scaleMax());
            }
        }
    }

    private static void checkLevel(Instrument instrument, String code, String what) {
        if (!instrument.hasLevel(code)) {
            throw new IllegalArgumentException(
                    what + " '" + code + "' is not a " + instrument.label() + " level");
        }
    }
}
