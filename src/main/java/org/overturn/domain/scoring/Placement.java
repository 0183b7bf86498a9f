package org.overturn.domain.scoring;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.wording.Wording;

/**
 * The one entry point the screens use: the placement result for an assessment, whatever its
 * instrument.
 */
public final class Placement {

    private Placement() {}

    /**
     * The result once every dimension is rated; empty while some are not (see {@link
     * Assessment#unrated()}).
     */
    public static Optional<PlacementResult> evaluate(Assessment a) {
        if (!a.unrated().isEmpty()) {
            return Optional.empty();
        }
        if (a.instrument() == Instrument.ASAM
                && !a.instrumentVersion().equals(Instrument.ASAM.currentVersion())) {
            throw new IllegalArgumentException(
                    "only ASAM "
                            + Instrument.ASAM.currentVersion()
                            + " ratings can be compared, not "
                            + a.instrumentVersion());
        }
        List<Integer> values =
                a.instrument().dimensionIds().stream()
                        .map(id -> a.rating(id).orElseThrow().number().orElseThrow())
                        .toList();
        LocusOptions options = new LocusOptions(a.noPriorTreatment(), a.actAvailable());
        return Optional.of(
                switch (a.instrument()) {
                    case LOCUS -> LocusPlacement.place(LocusRatings.of(values), options);
                    case CALOCUS ->
                            CalocusPlacement.place(
                                    CalocusRatings.of(values),
                                    options,
                                    a.licensedGridLevel().flatMap(LocusLevel::fromCode));
                    case ASAM ->
                            AsamProfile.compare(AsamRatings.of(values), a.insurerAsamEdition());
                });
    }

    /**
     * Sum of the ratings entered so far (LOCUS, CALOCUS-CASII), for a live composite while rating.
     */
    public static int partialComposite(Assessment a) {
        return a.ratings().stream().mapToInt(r -> r.number().orElse(0)).sum();
    }

    /**
     * The level the clinician stands behind: the override when there is one, otherwise the computed
     * one.
     */
    public static Optional<String> effectiveLevelName(Assessment a) {
        if (a.overrideLevel().isPresent()) {
            return a.overrideLevel()
                    .map(
                            code ->
                                    Wording.of("scoring")
                                            .fill(
                                                    "placement.override",
                                                    "level",
                                                    a.instrument().levelName(code),
                                                    "reason",
                                                    a.varianceReason()));
        }
        return evaluate(a).map(PlacementResult::levelName);
    }
}
