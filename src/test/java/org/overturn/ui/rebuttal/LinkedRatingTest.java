package org.overturn.ui.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Instrument;

/** How a matrix row words one of its dimensions: no FX toolkit needed. */
class LinkedRatingTest {

    private static final String NAME = "LOCUS II · Functional Status";

    @Test
    void aRatedDimensionShowsItsRatingDateAndNote() {
        DimensionEvidence e =
                new DimensionEvidence(
                        "locus.II",
                        "Functional Status",
                        4,
                        1,
                        5,
                        "Missed work all week",
                        Optional.of(LocalDate.of(2026, 11, 3)));
        LinkedRating shown =
                LinkedRating.of(
                        new ScoredDimensions.Linked(
                                "locus.II", NAME, Optional.empty(), Optional.of(e)));
        assertThat(shown.text()).isEqualTo(NAME + ": 4 of 5, 11/03/2026. Missed work all week");
        assertThat(shown.style()).isEqualTo("linked-rating");
    }

    @Test
    void aRatingWithoutANoteOrDateSaysSo() {
        DimensionEvidence e =
                new DimensionEvidence(
                        "locus.II", "Functional Status", 2, 1, 5, "", Optional.empty());
        LinkedRating shown =
                LinkedRating.of(
                        new ScoredDimensions.Linked(
                                "locus.II", NAME, Optional.empty(), Optional.of(e)));
        assertThat(shown.text()).isEqualTo(NAME + ": 2 of 5, . No evidence note recorded.");
        assertThat(shown.style()).isEqualTo("linked-rating");
    }

    @Test
    void aDimensionLeftOutOfTheLatestAssessmentNamesThatAssessmentsDate() {
        Assessment a = Assessment.start(Instrument.LOCUS, LocalDate.of(2026, 11, 10), "");
        LinkedRating shown =
                LinkedRating.of(
                        new ScoredDimensions.Linked(
                                "locus.II", NAME, Optional.of(a), Optional.empty()));
        assertThat(shown.text())
                .isEqualTo(NAME + ": not rated in the latest assessment (11/10/2026).");
        assertThat(shown.style()).isEqualTo("text-muted");
    }

    @Test
    void aDimensionOfAnInstrumentNeverUsedIsNotScoredYet() {
        LinkedRating shown =
                LinkedRating.of(
                        new ScoredDimensions.Linked(
                                "locus.II", NAME, Optional.empty(), Optional.empty()));
        assertThat(shown.text()).isEqualTo(NAME + ": not scored yet.");
        assertThat(shown.style()).isEqualTo("text-muted");
    }
}
