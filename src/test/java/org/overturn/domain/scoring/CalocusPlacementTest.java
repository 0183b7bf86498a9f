package org.overturn.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalocusPlacementTest {

    @ParameterizedTest(name = "VI-A {0}, VI-B {1} -> VI {2}")
    @CsvSource({"1, 4, 4", "4, 1, 4", "3, 3, 3", "2, 5, 5"})
    void simplifiesEngagementToTheHigherOfChildAndParent(int child, int parent, int vi) {
        CalocusRatings r = new CalocusRatings(2, 2, 2, 2, 2, 2, child, parent);
        assertThat(r.simplified().engagement()).isEqualTo(vi);
    }

    @Test
    void compositeSumsAllEightRatings() {
        assertThat(new CalocusRatings(1, 2, 3, 4, 5, 1, 2, 3).composite()).isEqualTo(21);
    }

    @ParameterizedTest(name = "{0} -> simplified level {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3 3 2 3 2 3 2 1 | 3",
                "3 3 2 3 2 3 1 2 | 3",
                "3 3 3 3 3 3 3 1 | 4",
                "4 2 2 2 2 2 2 2 | 5",
                "1 1 1 1 1 1 1 1 | 0",
            })
    void runsTheLocusRulesOnTheSimplifiedRatings(String spaced, int level) {
        CalocusResult r =
                CalocusPlacement.place(
                        CalocusRatings.of(
                                Arrays.stream(spaced.split(" ")).map(Integer::valueOf).toList()));
        assertThat(r.simplified().level().number()).isEqualTo(level);
        assertThat(r.level().number()).isEqualTo(level);
    }

    @Test
    void labelsTheLevelAsTheUnofficialSimplification() {
        CalocusResult r = CalocusPlacement.place(new CalocusRatings(3, 3, 2, 3, 2, 3, 2, 1));
        assertThat(r.basis())
                .contains("Unofficial simplification")
                .contains("licensed CALOCUS-CASII grid");
        assertThat(r.reasons()).anyMatch(s -> s.startsWith("Unofficial simplification"));
        assertThat(r.agreement()).isEqualTo(GridAgreement.NOT_RECORDED);
    }

    @Test
    void saysWhenTheLicensedGridLevelAgrees() {
        CalocusResult r =
                CalocusPlacement.place(
                        new CalocusRatings(3, 3, 2, 3, 2, 3, 2, 1),
                        LocusOptions.NONE,
                        Optional.of(LocusLevel.LEVEL_3));
        assertThat(r.agreement()).isEqualTo(GridAgreement.AGREES);
        assertThat(r.iopFit()).isEqualTo(IopFit.SUPPORTS_IOP);
    }

    @Test
    void prefersTheLicensedGridLevelWhenTheTwoDiffer() {
        CalocusResult r =
                CalocusPlacement.place(
                        new CalocusRatings(3, 2, 2, 2, 2, 2, 2, 2),
                        LocusOptions.NONE,
                        Optional.of(LocusLevel.LEVEL_3));
        assertThat(r.simplified().level()).isEqualTo(LocusLevel.LEVEL_2);
        assertThat(r.agreement()).isEqualTo(GridAgreement.DIFFERS);
        assertThat(r.level()).isEqualTo(LocusLevel.LEVEL_3);
        assertThat(r.reasons()).anyMatch(s -> s.contains("differs"));
    }

    @Test
    void refusesSevenRatings() {
        assertThatThrownBy(() -> CalocusRatings.of(List.of(1, 1, 1, 1, 1, 1, 1)))
                .hasMessageContaining("needs 8 ratings");
    }

    @Test
    void refusesAParentEngagementOfSix() {
        assertThatThrownBy(() -> new CalocusRatings(1, 1, 1, 1, 1, 1, 1, 6))
                .hasMessageContaining("calocus.VI-B");
    }
}
