package org.overturn.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    static Assessment rated(Instrument instrument, int... values) {
        Assessment a = Assessment.start(instrument, DAY, "Dr. Rivera");
        for (int i = 0; i < values.length; i++) {
            a =
                    a.withRating(
                            DimensionRating.of(
                                    instrument.dimensionIds().get(i), values[i], "note " + i, DAY));
        }
        return a;
    }

    @Test
    void normalisesFreeTextAndFillsTheCurrentVersion() {
        Assessment a =
                new Assessment(
                        "a1",
                        Instrument.LOCUS,
                        null,
                        DAY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null);
        assertThat(a.rater()).isEmpty();
        assertThat(a.instrumentVersion()).isEqualTo("v20");
        assertThat(a.ratings()).isEmpty();
        assertThat(a.overrideLevel()).isEmpty();
        assertThat(a.note()).isEmpty();
    }

    @Test
    void keepsRatingsInDimensionOrderAndReplacesARerating() {
        Assessment a = rated(Instrument.LOCUS, 3, 3).withRating(DimensionRating.of("locus.I", 2));
        assertThat(a.ratings())
                .extracting(DimensionRating::dimensionId)
                .containsExactly("locus.I", "locus.II");
        assertThat(a.rating("locus.I").orElseThrow().value()).isEqualTo("2");
        assertThat(a.unrated()).startsWith("locus.III").hasSize(5);
    }

    @Test
    void refusesARatingOutsideTheInstrumentsScale() {
        assertThatThrownBy(() -> rated(Instrument.ASAM, 5))
                .hasMessageContaining("asam.1: rating 5 is outside 0–4");
        assertThatThrownBy(() -> rated(Instrument.LOCUS, 0)).hasMessageContaining("outside 1–5");
    }

    @Test
    void refusesADimensionOfAnotherInstrument() {
        assertThatThrownBy(
                        () ->
                                Assessment.start(Instrument.LOCUS, DAY, "")
                                        .withRating(DimensionRating.of("asam.1", 1)))
                .hasMessageContaining("asam.1 is not a dimension of LOCUS");
    }

    @Test
    void requiresAReasonForVarianceWithAnOverride() {
        assertThatThrownBy(
                        () ->
                                new Assessment(
                                        "a",
                                        Instrument.LOCUS,
                                        "",
                                        DAY,
                                        "",
                                        List.of(),
                                        Optional.of("3"),
                                        " ",
                                        Optional.empty(),
                                        false,
                                        false,
                                        Optional.empty(),
                                        ""))
                .hasMessageContaining("reason for variance");
    }

    @Test
    void refusesAnOverrideThatIsNotALevelOfTheInstrument() {
        assertThatThrownBy(
                        () ->
                                new Assessment(
                                        "a",
                                        Instrument.ASAM,
                                        "",
                                        DAY,
                                        "",
                                        List.of(),
                                        Optional.of("7"),
                                        "why",
                                        Optional.empty(),
                                        false,
                                        false,
                                        Optional.empty(),
                                        ""))
                .hasMessageContaining("not a ASAM Criteria level");
    }

    @Test
    void keepsTheLicensedGridLevelForCalocusOnly() {
        assertThatThrownBy(
                        () ->
                                new Assessment(
                                        "a",
                                        Instrument.LOCUS,
                                        "",
                                        DAY,
                                        "",
                                        List.of(),
                                        Optional.empty(),
                                        "",
                                        Optional.of("3"),
                                        false,
                                        false,
                                        Optional.empty(),
                                        ""))
                .hasMessageContaining("CALOCUS-CASII only");
    }

    @Test
    void keepsTheInsurersAsamEditionForAsamOnly() {
        assertThatThrownBy(
                        () ->
                                new Assessment(
                                        "a",
                                        Instrument.LOCUS,
                                        "",
                                        DAY,
                                        "",
                                        List.of(),
                                        Optional.empty(),
                                        "",
                                        Optional.empty(),
                                        false,
                                        false,
                                        Optional.of(AsamEdition.FOURTH),
                                        ""))
                .hasMessageContaining("ASAM");
    }

    @Test
    void placementWaitsUntilEveryDimensionIsRated() {
        Assessment partial = rated(Instrument.LOCUS, 3, 3, 2);
        assertThat(Placement.evaluate(partial)).isEmpty();
        assertThat(Placement.partialComposite(partial)).isEqualTo(8);
    }

    @Test
    void placementGivesTheResultForTheAssessmentsInstrument() {
        assertThat(Placement.evaluate(rated(Instrument.LOCUS, 3, 3, 2, 3, 2, 3, 2)).orElseThrow())
                .isInstanceOfSatisfying(
                        LocusResult.class,
                        r -> assertThat(r.level()).isEqualTo(LocusLevel.LEVEL_3));
        assertThat(
                        Placement.evaluate(rated(Instrument.CALOCUS, 3, 3, 2, 3, 2, 3, 2, 1))
                                .orElseThrow())
                .isInstanceOf(CalocusResult.class);
        assertThat(Placement.evaluate(rated(Instrument.ASAM, 0, 0, 1, 2, 3, 2)).orElseThrow())
                .isInstanceOfSatisfying(
                        AsamResult.class, r -> assertThat(r.supportsIop()).isTrue());
    }

    @Test
    void placementPassesTheLocusOptionsAndTheLicensedGridLevel() {
        Assessment locus = rated(Instrument.LOCUS, 2, 2, 2, 1, 1, 1, 1);
        Assessment noPrior =
                new Assessment(
                        locus.id(),
                        locus.instrument(),
                        "",
                        DAY,
                        "",
                        locus.ratings(),
                        Optional.empty(),
                        "",
                        Optional.empty(),
                        true,
                        false,
                        Optional.empty(),
                        "");
        assertThat(Placement.evaluate(noPrior).orElseThrow().levelName()).startsWith("Level 0");
        Assessment cal = rated(Instrument.CALOCUS, 3, 2, 2, 2, 2, 2, 2, 2);
        Assessment withGrid =
                new Assessment(
                        cal.id(),
                        cal.instrument(),
                        "",
                        DAY,
                        "",
                        cal.ratings(),
                        Optional.empty(),
                        "",
                        Optional.of("3"),
                        false,
                        false,
                        Optional.empty(),
                        "");
        assertThat(((CalocusResult) Placement.evaluate(withGrid).orElseThrow()).agreement())
                .isEqualTo(GridAgreement.DIFFERS);
    }

    @Test
    void effectiveLevelShowsTheOverrideWithItsReason() {
        Assessment a = rated(Instrument.LOCUS, 3, 2, 2, 2, 2, 2, 2);
        Assessment over =
                new Assessment(
                        a.id(),
                        a.instrument(),
                        "",
                        DAY,
                        "",
                        a.ratings(),
                        Optional.of("3"),
                        "Failed outpatient twice",
                        Optional.empty(),
                        false,
                        false,
                        Optional.empty(),
                        "");
        assertThat(Placement.effectiveLevelName(a))
                .contains("Level 2: Low Intensity Community Based Services");
        assertThat(Placement.effectiveLevelName(over).orElseThrow())
                .startsWith("Level 3")
                .contains("Failed outpatient twice");
    }
}
