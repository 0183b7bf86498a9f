package org.overturn.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsamProfileTest {

    static AsamResult compare(String spaced) {
        return AsamProfile.compare(
                AsamRatings.of(Arrays.stream(spaced.split(" ")).map(Integer::valueOf).toList()));
    }

    @ParameterizedTest(name = "{0}: supportsIop={1}, fit={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 0 1 2 3 2 | true  | SUPPORTS_IOP",
                "1 1 2 3 2 3 | true  | SUPPORTS_IOP",
                "0 0 0 0 2 0 | true  | SUPPORTS_IOP",
                "0 0 0 1 1 1 | false | BELOW_IOP",
                "0 0 0 0 0 0 | false | BELOW_IOP",
                "3 0 1 2 3 2 | false | ABOVE_IOP",
                "0 4 1 2 3 2 | false | ABOVE_IOP",
                "0 0 3 2 3 2 | false | ABOVE_IOP",
                "2 0 1 2 3 2 | false | ABOVE_IOP",
                "0 0 1 2 4 2 | true  | ABOVE_IOP",
            })
    void comparesEachDimensionWithTheLevel21Profile(String r, boolean supports, IopFit fit) {
        AsamResult result = compare(r);
        assertThat(result.supportsIop()).isEqualTo(supports);
        assertThat(result.iopFit()).isEqualTo(fit);
    }

    @ParameterizedTest(name = "dimension {0} rated {1} -> under-placement risk")
    @CsvSource({"1, 3", "1, 4", "2, 3", "2, 4", "3, 3", "3, 4"})
    void flagsRiskOfUnderPlacementForThreeOrFourInDimensionsOneToThree(int dim, int rating) {
        int[] r = {0, 0, 1, 2, 2, 2};
        r[dim - 1] = rating;
        AsamResult result =
                AsamProfile.compare(new AsamRatings(r[0], r[1], r[2], r[3], r[4], r[5]));
        assertThat(result.underPlacementRisk()).isTrue();
        assertThat(result.findings().get(dim - 1).fit()).isEqualTo(ProfileFit.POINTS_HIGHER);
        assertThat(result.iopNote()).contains("under-placement");
    }

    @Test
    void saysWhichDimensionsSupportWhichPointHigherAndWhichPointLower() {
        AsamResult r = compare("0 0 1 1 3 4");
        assertThat(r.findings(ProfileFit.SUPPORTS_IOP))
                .extracting(DimensionFinding::dimensionId)
                .containsExactly("asam.1", "asam.2", "asam.3", "asam.5");
        assertThat(r.findings(ProfileFit.POINTS_LOWER))
                .extracting(DimensionFinding::dimensionId)
                .containsExactly("asam.4");
        assertThat(r.findings(ProfileFit.POINTS_HIGHER))
                .extracting(DimensionFinding::dimensionId)
                .containsExactly("asam.6");
        assertThat(r.levelName()).isEqualTo("Points above Level 2.1 in D6");
    }

    @Test
    void neverAveragesOneExtremeDimensionAway() {
        // Mean 0.67 would read as "low need"; a 4 in withdrawal must still flag under-placement.
        AsamResult r = compare("4 0 0 0 0 0");
        assertThat(r.underPlacementRisk()).isTrue();
        assertThat(r.iopFit()).isEqualTo(IopFit.ABOVE_IOP);
        assertThat(r.reasons()).noneMatch(s -> s.toLowerCase().contains("average"));
        assertThat(r.basis()).contains("never averaged");
    }

    @Test
    void usesThirdEditionDimensionNamesOnly() {
        AsamResult r = compare("0 0 1 2 3 2");
        assertThat(r.reasons().get(3)).contains("Readiness to Change");
        assertThat(String.join(" ", r.reasons()))
                .doesNotContain("Substance Use-Related Risks")
                .doesNotContain("Person-Centered");
    }

    @Test
    void notesWhenTheInsurerAppliedTheFourthEdition() {
        AsamResult r =
                AsamProfile.compare(
                        new AsamRatings(0, 0, 1, 2, 3, 2), Optional.of(AsamEdition.FOURTH));
        assertThat(r.insurerEdition()).contains(AsamEdition.FOURTH);
        assertThat(r.reasons())
                .anyMatch(s -> s.contains("4th edition") && s.contains("not by dimension number"));
    }

    @Test
    void refusesARatingOfFive() {
        assertThatThrownBy(() -> new AsamRatings(0, 0, 0, 5, 0, 0))
                .hasMessageContaining("dimension 4 must be rated 0 to 4");
    }
}
