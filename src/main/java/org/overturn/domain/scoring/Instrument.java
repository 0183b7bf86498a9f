package org.overturn.domain.scoring;

import java.util.List;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.wording.Wording;

/**
 * The level-of-care instruments the app can record. Dimension ids are fixed here (not only in the
 * data files) because the placement engines and the rebuttal code refer to them; a test checks the
 * data files agree.
 */
public enum Instrument implements HasId {
    LOCUS(
            "locus",
            "LOCUS",
            "v20",
            1,
            5,
            List.of(
                    "locus.I",
                    "locus.II",
                    "locus.III",
                    "locus.IV-A",
                    "locus.IV-B",
                    "locus.V",
                    "locus.VI")),
    CALOCUS(
            "calocus",
            "CALOCUS-CASII",
            "CALOCUS-CASII",
            1,
            5,
            List.of(
                    "calocus.I",
                    "calocus.II",
                    "calocus.III",
                    "calocus.IV-A",
                    "calocus.IV-B",
                    "calocus.V",
                    "calocus.VI-A",
                    "calocus.VI-B")),
    /** ASAM Criteria, third edition: the only edition the app rates today (see AsamEdition). */
    ASAM(
            "asam",
            "ASAM Criteria",
            "3rd edition",
            0,
            4,
            List.of("asam.1", "asam.2", "asam.3", "asam.4", "asam.5", "asam.6"));

    private static final Wording WORDS = Wording.of("scoring");

    private final String id;
    private final String label;
    private final String currentVersion;
    private final int scaleMin;
    private final int scaleMax;
    private final List<String> dimensionIds;

    Instrument(
            String id,
            String label,
            String currentVersion,
            int scaleMin,
            int scaleMax,
            List<String> dimensionIds) {
        this.id = id;
        this.label = label;
        this.currentVersion = currentVersion;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.dimensionIds = dimensionIds;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The version recorded when an assessment does not name one. */
    public String currentVersion() {
        return currentVersion;
    }

    public int scaleMin() {
        return scaleMin;
    }

    public int scaleMax() {
        return scaleMax;
    }

    /**
     * The rated dimensions, in the order the instrument lists them (and the command line takes
     * them).
     */
    public List<String> dimensionIds() {
        return dimensionIds;
    }

    /**
     * Whether a level code (as kept in an override or a licensed-grid level) names a level of this
     * instrument.
     */
    public boolean hasLevel(String code) {
        return switch (this) {
            case LOCUS, CALOCUS -> LocusLevel.fromCode(code).isPresent();
            case ASAM -> AsamLevel.fromCode(code).isPresent();
        };
    }

    /**
     * The display name of a level code of this instrument, e.g. "Level 3: High Intensity Community
     * Based Services".
     */
    public String levelName(String code) {
        return switch (this) {
            case LOCUS -> LocusLevel.fromCode(code).map(LocusLevel::title).orElse(code);
            // CALOCUS-CASII level names are unverified (the CASII names differ from CALOCUS 1.5's):
            // the number only.
            case CALOCUS ->
                    LocusLevel.fromCode(code)
                            .map(l -> WORDS.fill("calocusLevel.title", "number", l.number()))
                            .orElse(code);
            case ASAM -> AsamLevel.fromCode(code).map(AsamLevel::title).orElse(code);
        };
    }
}
