package org.overturn.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocusPlacementTest {

    static LocusRatings ratings(String spaced) {
        return LocusRatings.of(
                Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList());
    }

    static LocusResult place(String spaced) {
        return LocusPlacement.place(ratings(spaced));
    }

    @ParameterizedTest(name = "{0} -> composite {1}, level {2}")
    @CsvSource({
        "1 1 1 1 1 1 1, 7, 0",
        "2 2 2 1 1 1 1, 10, 1",
        "2 2 2 2 2 2 2, 14, 2",
        "3 2 2 2 2 2 2, 15, 2",
        "3 3 2 3 2 3 2, 18, 3",
        "2 3 2 3 3 3 2, 18, 3",
        "3 3 3 3 3 3 3, 21, 4",
        "4 2 2 2 2 2 2, 16, 5",
        "2 4 2 1 1 2 2, 14, 2",
        "2 4 2 3 3 2 2, 18, 5",
        "5 1 1 1 1 1 1, 11, 6",
        "2 2 2 2 2 2 4, 16, 2",
    })
    void matchesEveryTestVectorOfTheReference(String r, int composite, int level) {
        LocusResult result = place(r);
        assertThat(result.composite()).isEqualTo(composite);
        assertThat(result.level().number()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} (composite {1}) -> level {2}")
    @CsvSource({
        "2 2 1 1 1 1 1, 9, 0",
        "2 2 2 1 1 1 1, 10, 1",
        "2 2 2 2 2 2 1, 13, 1",
        "2 2 2 2 2 2 2, 14, 2",
        "3 3 2 2 2 2 2, 16, 2",
        "3 3 3 2 2 2 2, 17, 3",
        "3 3 3 3 3 3 1, 19, 3",
        "3 3 3 3 3 3 2, 20, 4",
        "3 3 3 3 3 3 4, 22, 4",
        "3 3 3 3 3 4 4, 23, 5",
        "3 3 3 4 5 5 4, 27, 5",
        "3 3 3 5 5 5 4, 28, 6",
    })
    void placesEachCompositeBandEdgeOnItsSide(String r, int composite, int level) {
        LocusResult result = place(r);
        assertThat(result.composite()).isEqualTo(composite);
        assertThat(result.level().number()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} -> level {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5 1 1 1 1 1 1 | 6 | Risk of Harm 5",
                "1 5 1 1 1 1 1 | 6 | Functional Status 5",
                "1 1 5 1 1 1 1 | 6 | Co-Morbidity 5",
                "4 1 1 1 1 1 1 | 5 | Risk of Harm 4 at composite 10",
                "1 4 1 2 1 1 1 | 5 | Function 4 with stress above 1",
                "1 1 4 1 2 1 1 | 5 | Co-Morbidity 4 with support above 1",
                "1 4 1 1 1 1 1 | 1 | Function 4 offset by an optimal environment",
                "1 1 4 1 1 1 1 | 1 | Co-Morbidity 4 offset by an optimal environment",
            })
    void appliesEachIndependentCriterionBeforeTheComposite(String r, int level, String what) {
        assertThat(place(r).level().number()).as(what).isEqualTo(level);
    }

    @Test
    void firesTheActRouteToLevelFourOnlyWhenATeamIsAvailable() {
        LocusRatings r = ratings("3 3 2 2 3 4 1");
        assertThat(LocusPlacement.place(r, new LocusOptions(false, true)).level())
                .isEqualTo(LocusLevel.LEVEL_4);
        assertThat(LocusPlacement.place(r, LocusOptions.NONE).level())
                .isEqualTo(LocusLevel.LEVEL_3);
    }

    @Test
    void skipsTheActRouteWhenStressIsAboveTwo() {
        LocusRatings r = ratings("3 3 2 3 2 4 1");
        assertThat(LocusPlacement.place(r, new LocusOptions(false, true)).level())
                .isEqualTo(LocusLevel.LEVEL_3);
    }

    @Test
    void noPriorTreatmentTurnsLevelOneIntoLevelZeroButLeavesLevelTwo() {
        assertThat(
                        LocusPlacement.place(
                                        ratings("2 2 2 1 1 1 1"), new LocusOptions(true, false))
                                .level())
                .isEqualTo(LocusLevel.LEVEL_0);
        assertThat(
                        LocusPlacement.place(
                                        ratings("2 2 2 2 2 2 2"), new LocusOptions(true, false))
                                .level())
                .isEqualTo(LocusLevel.LEVEL_2);
    }

    @ParameterizedTest(name = "{0} -> level {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3 1 1 2 3 3 1 | 3 | moderate risk, support 3 and history 3 reach Level 3 at composite 14",
                "2 2 2 3 3 3 1 | 2 | strained environment without a 3 in I-III stops at Level 2",
                "3 1 1 2 3 2 1 | 1 | history 2 and stress+support 5 fall back to the composite",
                "2 2 2 3 2 3 1 | 2 | stress 3 with support 2 stays low-intensity",
            })
    void routesTheLowAcuityBranchThroughTheEnvironmentRules(String r, int level, String what) {
        assertThat(place(r).level().number()).as(what).isEqualTo(level);
    }

    @Test
    void explainsAnIopResultWithTheRulesAndBothNeighbours() {
        LocusResult r = place("3 3 2 3 2 3 2");
        assertThat(r.iopFit()).isEqualTo(IopFit.SUPPORTS_IOP);
        assertThat(r.levelName()).isEqualTo("Level 3: High Intensity Community Based Services");
        assertThat(r.reasons()).anyMatch(s -> s.contains("Composite 18 is 17 or more"));
        assertThat(r.whyNotLower()).anyMatch(s -> s.contains("above the low-intensity range"));
        assertThat(r.whyNotHigher())
                .anyMatch(
                        s ->
                                s.contains(
                                        "Risk of Harm is 3, below the Level 5 independent criterion of 4"))
                .anyMatch(s -> s.contains("under 20"));
    }

    @Test
    void saysPlainlyThatALevelBelowIopIsTheReviewersArgument() {
        LocusResult r = place("3 2 2 2 2 2 2");
        assertThat(r.iopFit()).isEqualTo(IopFit.BELOW_IOP);
        assertThat(r.iopNote()).contains("below IOP").contains("reviewer will argue");
        assertThat(r.whyNotHigher()).anyMatch(s -> s.contains("under 17"));
    }

    @Test
    void flagsALevelAboveIopForSafetyAndAsSupportThatIopIsNotExcessive() {
        LocusResult r = place("4 2 2 2 2 2 2");
        assertThat(r.iopFit()).isEqualTo(IopFit.ABOVE_IOP);
        assertThat(r.iopNote()).contains("Safety flag").contains("not excessive");
        assertThat(r.whyNotLower()).anyMatch(s -> s.contains("Risk of Harm 4"));
        assertThat(r.reasons())
                .anyMatch(s -> s.startsWith("Independent criterion: Risk of Harm 4"));
    }

    @Test
    void hasNothingAboveLevelSixOrBelowLevelZero() {
        assertThat(place("5 5 5 5 5 5 5").whyNotHigher()).isEmpty();
        assertThat(place("1 1 1 1 1 1 1").whyNotLower()).isEmpty();
        assertThat(place("1 1 1 1 1 1 1").whyNotHigher()).isNotEmpty();
    }

    @Test
    void labelsTheResultAsDecisionSupportToCheckAgainstTheManual() {
        assertThat(place("3 3 2 3 2 3 2").basis())
                .contains("Decision support")
                .contains("licensed LOCUS manual");
    }

    @Test
    void placesEveryPossibleRatingCombinationWithReasons() {
        int[] r = new int[7];
        int count = 0;
        for (int i = 0; i < 78125; i++) {
            int x = i;
            for (int d = 0; d < 7; d++) {
                r[d] = x % 5 + 1;
                x /= 5;
            }
            LocusResult res =
                    LocusPlacement.place(
                            new LocusRatings(r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
            assertThat(res.composite()).isBetween(7, 35);
            assertThat(res.reasons()).hasSizeGreaterThan(1);
            if (res.level() != LocusLevel.LEVEL_0) {
                assertThat(res.whyNotLower()).isNotEmpty();
            }
            count++;
        }
        assertThat(count).isEqualTo(78125);
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void refusesARatingOutsideOneToFive(int bad) {
        assertThatThrownBy(() -> new LocusRatings(bad, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 5");
    }

    @Test
    void refusesTheWrongNumberOfRatings() {
        assertThatThrownBy(() -> LocusRatings.of(List.of(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 7 ratings");
    }
}
