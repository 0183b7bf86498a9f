package org.overturn.ui.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.measures.CssrsRisk;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.ui.opencase.ClinicalRiskFlags;

/** What the rebuttal reads from Scoring, and the risk flags the measures raise. */
class ScoredDimensionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final ScoredDimensions scored = new ScoredDimensions(new ReferenceData());

    private static CaseFile withDenial(LevelOfCare level) {
        return CaseFile.newCase(Patient.named("T"))
                .withDenial(Denial.blank(DenialType.CONCURRENT, level));
    }

    @Test
    void theRatingShownIsTheOneInTheLatestAssessmentNotAnOlderOne() {
        Assessment older =
                Assessment.start(Instrument.LOCUS, LocalDate.of(2026, 10, 1), "")
                        .withRating(
                                DimensionRating.of(
                                        "locus.I", 5, "Admission", LocalDate.of(2026, 10, 1)));
        Assessment newer =
                Assessment.start(Instrument.LOCUS, LocalDate.of(2026, 11, 10), "")
                        .withRating(DimensionRating.of("locus.I", 3, "Day 12", null));
        CaseFile c =
                withDenial(LevelOfCare.IOP_MENTAL_HEALTH)
                        .withAssessment(newer)
                        .withAssessment(older);

        ScoredDimensions.Linked l = scored.link(c, "locus.I");
        assertThat(l.evidence().orElseThrow().rating()).isEqualTo(3);
        assertThat(l.evidence().orElseThrow().evidenceNote()).isEqualTo("Day 12");
        assertThat(l.evidence().orElseThrow().evidenceDate()).contains(LocalDate.of(2026, 11, 10));
        assertThat(scored.link(c, "locus.II").evidence()).isEmpty();
        assertThat(scored.link(c, "asam.1").assessment()).isEmpty();
        assertThat(scored.name("locus.II")).isEqualTo("LOCUS II · Functional Status");
    }

    @Test
    void theInstrumentsFollowScoringElseTheCareAndAge() {
        assertThat(ScoredDimensions.relevant(withDenial(LevelOfCare.IOP_MENTAL_HEALTH), TODAY))
                .containsExactly(Instrument.LOCUS);
        assertThat(ScoredDimensions.relevant(withDenial(LevelOfCare.IOP_SUBSTANCE_USE), TODAY))
                .containsExactly(Instrument.ASAM);
        assertThat(ScoredDimensions.relevant(withDenial(LevelOfCare.IOP_CO_OCCURRING), TODAY))
                .containsExactly(Instrument.LOCUS, Instrument.ASAM);
        CaseFile teen =
                withDenial(LevelOfCare.IOP_MENTAL_HEALTH)
                        .withPatient(
                                new Patient(
                                        "T", Optional.of(LocalDate.of(2012, 1, 1)), "", "", ""));
        assertThat(ScoredDimensions.relevant(teen, TODAY)).containsExactly(Instrument.CALOCUS);
        CaseFile scoredAsam =
                withDenial(LevelOfCare.IOP_MENTAL_HEALTH)
                        .withAssessment(Assessment.start(Instrument.ASAM, TODAY, ""));
        assertThat(ScoredDimensions.relevant(scoredAsam, TODAY)).containsExactly(Instrument.ASAM);
        assertThat(
                        ScoredDimensions.onlyRelevant(
                                List.of("locus.I", "asam.3", "calocus.I"),
                                List.of(Instrument.ASAM)))
                .containsExactly("asam.3");
    }

    @Test
    void aPhq9WithItem9AboveZeroFlagsTheCaseAndOneAtZeroDoesNot() {
        CaseFile c =
                withDenial(LevelOfCare.IOP_MENTAL_HEALTH)
                        .withMeasure(
                                MeasureEntry.ofItems(
                                        Measure.PHQ_9, TODAY, List.of(2, 2, 2, 2, 2, 2, 2, 2, 0)));
        assertThat(ClinicalRiskFlags.of(c)).isEmpty();
        CaseFile flagged =
                c.withMeasure(
                        MeasureEntry.ofItems(
                                Measure.PHQ_9,
                                TODAY.minusDays(20),
                                List.of(0, 0, 0, 0, 0, 0, 0, 0, 2)));
        assertThat(ClinicalRiskFlags.of(flagged))
                .singleElement()
                .asString()
                .contains("item 9")
                .contains("at 2");
        CaseFile cssrs =
                c.withMeasure(
                        new MeasureEntry(
                                "x",
                                Measure.C_SSRS,
                                TODAY,
                                List.of(),
                                Optional.empty(),
                                Optional.of(CssrsRisk.HIGH),
                                Optional.empty(),
                                ""));
        assertThat(ClinicalRiskFlags.of(cssrs)).singleElement().asString().contains("C-SSRS");
    }
}
