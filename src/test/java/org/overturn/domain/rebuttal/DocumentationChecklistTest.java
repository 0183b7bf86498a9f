package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;

class DocumentationChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Map<DocumentItem, ChecklistLine> lines(ClinicalPicture p, boolean scores) {
        return DocumentationChecklist.evaluate(p, scores, TODAY).stream()
                .collect(Collectors.toMap(ChecklistLine::item, Function.identity()));
    }

    private static RiskAssessment riskOn(LocalDate d) {
        return new RiskAssessment(
                Optional.of(d),
                RiskLevel.MODERATE,
                RiskLevel.LOW,
                RiskLevel.NONE,
                RiskLevel.NOT_ASSESSED,
                "",
                "",
                "");
    }

    @Test
    void anEmptyCaseMissesEveryItem() {
        List<ChecklistLine> all =
                DocumentationChecklist.evaluate(ClinicalPicture.empty(), false, TODAY);
        assertThat(all).hasSize(DocumentItem.values().length);
        assertThat(DocumentationChecklist.missing(all)).containsExactly(DocumentItem.values());
    }

    @Test
    void itemsTheCaseHoldsArePresentFromTheCase() {
        ClinicalPicture p =
                ClinicalPicture.empty()
                        .withDiagnoses(
                                List.of(
                                        Diagnosis.substanceUse(
                                                "F10.20", "Alcohol use disorder", 5)))
                        .withHistory(
                                List.of(
                                        new TreatmentEpisode(
                                                "e1",
                                                CareSetting.OUTPATIENT_THERAPY,
                                                Optional.empty(),
                                                Optional.empty(),
                                                EpisodeOutcome.RELAPSED,
                                                "relapsed within two weeks",
                                                "",
                                                "")))
                        .withRisk(Optional.of(riskOn(TODAY.minusDays(3))));
        Map<DocumentItem, ChecklistLine> l = lines(p, true);
        assertThat(l.get(DocumentItem.DIAGNOSIS_WITH_SEVERITY).status())
                .isEqualTo(ChecklistStatus.IN_CASE);
        assertThat(l.get(DocumentItem.PRIOR_LOWER_LEVEL_ATTEMPTS).status())
                .isEqualTo(ChecklistStatus.IN_CASE);
        assertThat(l.get(DocumentItem.CURRENT_RISK_ASSESSMENT).status())
                .isEqualTo(ChecklistStatus.IN_CASE);
        assertThat(l.get(DocumentItem.FUNCTIONAL_SCORES).status())
                .isEqualTo(ChecklistStatus.IN_CASE);
        assertThat(l.get(DocumentItem.LETTERS_OF_SUPPORT).status())
                .isEqualTo(ChecklistStatus.MISSING);
    }

    @Test
    void ticksCountForDocumentsHeldOutsideTheCaseButCannotStandInForCaseData() {
        ClinicalPicture p =
                ClinicalPicture.empty()
                        .withDocumentsOnHand(
                                List.of(
                                        DocumentItem.LETTERS_OF_SUPPORT,
                                        DocumentItem.ADMITTING_ASSESSMENT,
                                        DocumentItem.CURRENT_RISK_ASSESSMENT));
        Map<DocumentItem, ChecklistLine> l = lines(p, false);
        assertThat(l.get(DocumentItem.LETTERS_OF_SUPPORT).status())
                .isEqualTo(ChecklistStatus.TICKED);
        assertThat(l.get(DocumentItem.ADMITTING_ASSESSMENT).status())
                .isEqualTo(ChecklistStatus.TICKED);
        assertThat(l.get(DocumentItem.CURRENT_RISK_ASSESSMENT).status())
                .isEqualTo(ChecklistStatus.MISSING);
    }

    @Test
    void scoresAreGreenOnlyWhenTheCaseHoldsThemNeverFromATick() {
        ClinicalPicture ticked =
                ClinicalPicture.empty()
                        .withDocumentsOnHand(List.of(DocumentItem.FUNCTIONAL_SCORES));
        assertThat(lines(ticked, false).get(DocumentItem.FUNCTIONAL_SCORES).present()).isFalse();
        assertThat(lines(ticked, false).get(DocumentItem.FUNCTIONAL_SCORES).hint())
                .contains("Scoring");
        assertThat(
                        lines(ClinicalPicture.empty(), true)
                                .get(DocumentItem.FUNCTIONAL_SCORES)
                                .present())
                .isTrue();
    }

    @Test
    void scoresRecordedMeansAnAssessmentWithEveryDimensionRatedOrAMeasure() {
        LocalDate day = TODAY;
        CaseFile c = CaseFile.newCase(Patient.named("A. Patient"));
        assertThat(c.scoresRecorded()).isFalse();
        var a = Assessment.start(Instrument.LOCUS, day, "");
        assertThat(c.withAssessment(a).scoresRecorded()).as("started, nothing rated").isFalse();
        List<String> dims = Instrument.LOCUS.dimensionIds();
        a = a.withRating(DimensionRating.of(dims.get(0), 3));
        assertThat(c.withAssessment(a).scoresRecorded()).as("one dimension rated").isFalse();
        for (String d : dims) {
            a = a.withRating(DimensionRating.of(d, 2));
        }
        assertThat(c.withAssessment(a).scoresRecorded()).isTrue();
    }

    @Test
    void aStaleRiskAssessmentOrADiagnosisWithoutSeverityIsMissingWithAHint() {
        ClinicalPicture p =
                ClinicalPicture.empty()
                        .withDiagnoses(
                                List.of(
                                        Diagnosis.of(
                                                "F33.1", "Major depressive disorder, recurrent")))
                        .withRisk(Optional.of(riskOn(TODAY.minusDays(45))));
        Map<DocumentItem, ChecklistLine> l = lines(p, false);
        assertThat(l.get(DocumentItem.CURRENT_RISK_ASSESSMENT).present()).isFalse();
        assertThat(l.get(DocumentItem.CURRENT_RISK_ASSESSMENT).hint()).contains("45 days");
        assertThat(l.get(DocumentItem.DIAGNOSIS_WITH_SEVERITY).hint()).contains("severity");
    }

    @Test
    void lowerLevelAttemptsNeedALowerSettingWithAKnownOutcome() {
        TreatmentEpisode php =
                new TreatmentEpisode(
                        "e1",
                        CareSetting.PHP,
                        Optional.empty(),
                        Optional.empty(),
                        EpisodeOutcome.IMPROVED,
                        "",
                        "",
                        "");
        TreatmentEpisode op =
                new TreatmentEpisode(
                        "e2",
                        CareSetting.OUTPATIENT_THERAPY,
                        Optional.empty(),
                        Optional.empty(),
                        EpisodeOutcome.UNKNOWN,
                        "",
                        "",
                        "");
        assertThat(
                        lines(ClinicalPicture.empty().withHistory(List.of(php)), false)
                                .get(DocumentItem.PRIOR_LOWER_LEVEL_ATTEMPTS)
                                .present())
                .isFalse();
        assertThat(
                        lines(ClinicalPicture.empty().withHistory(List.of(php, op)), false)
                                .get(DocumentItem.PRIOR_LOWER_LEVEL_ATTEMPTS)
                                .hint())
                .contains("how the lower-level care ended");
    }
}
