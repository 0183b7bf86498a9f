package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosisTest {

    @ParameterizedTest(name = "{0} criteria -> {1}")
    @CsvSource({"2,MILD", "3,MILD", "4,MODERATE", "5,MODERATE", "6,SEVERE", "11,SEVERE"})
    void substanceUseSeverityFollowsFromTheCriteriaCount(int criteria, DsmSeverity expected) {
        assertThat(Diagnosis.substanceUse("F10.20", "Alcohol use disorder", criteria).severity())
                .contains(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void fewerThanTwoCriteriaIsNoSubstanceUseDiagnosis(int criteria) {
        assertThat(SubstanceUseSeverity.fromCriteriaMet(criteria)).isEmpty();
        assertThatThrownBy(() -> Diagnosis.substanceUse("F11.10", "Opioid use disorder", criteria))
                .hasMessageContaining("at least 2");
    }

    @Test
    void aStatedSeverityThatContradictsTheCountIsRefused() {
        assertThatThrownBy(
                        () ->
                                new Diagnosis(
                                        "F11.20",
                                        "Opioid use disorder",
                                        Optional.of(DsmSeverity.MILD),
                                        Optional.of(7),
                                        ""))
                .hasMessageContaining("severe");
    }

    @Test
    void aCriteriaCountOnANonSubstanceCodeIsRefused() {
        // F3x is a mood disorder: "starts with F" is not substance use
        assertThatThrownBy(
                        () ->
                                Diagnosis.substanceUse(
                                        "F33.1", "Major depressive disorder, recurrent", 4))
                .hasMessageContaining("F10");
        assertThat(SubstanceUseSeverity.isSubstanceUseCode("F33.1")).isFalse();
        assertThat(SubstanceUseSeverity.isSubstanceUseCode("F12.20")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"f1120,F11.20", "F33.1,F33.1", " f32.2 ,F32.2", "F41,F41"})
    void codesAreNormalised(String raw, String expected) {
        assertThat(Diagnosis.of(raw, "").code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"33.1", "FF3.1", "F3", "F33.12345", "depression"})
    void codesNotShapedLikeIcd10AreRefused(String raw) {
        assertThatThrownBy(() -> Diagnosis.of(raw, "")).hasMessageContaining("ICD-10-CM");
    }

    @Test
    void warnsWhenTheCodeDisagreesWithTheSeverity() {
        assertThat(SubstanceUseSeverity.codeConflict(Diagnosis.substanceUse("F11.10", "", 6)))
                .isPresent();
        assertThat(SubstanceUseSeverity.codeConflict(Diagnosis.substanceUse("F11.20", "", 2)))
                .isPresent();
        assertThat(SubstanceUseSeverity.codeConflict(Diagnosis.substanceUse("F11.20", "", 6)))
                .isEmpty();
        assertThat(SubstanceUseSeverity.codeConflict(Diagnosis.substanceUse("F11.10", "", 3)))
                .isEmpty();
    }

    @Test
    void treatmentEpisodeCannotEndBeforeItStarts() {
        assertThatThrownBy(
                        () ->
                                new TreatmentEpisode(
                                        "e1",
                                        CareSetting.OUTPATIENT_THERAPY,
                                        Optional.of(LocalDate.of(2026, 3, 1)),
                                        Optional.of(LocalDate.of(2026, 2, 1)),
                                        EpisodeOutcome.WORSENED,
                                        "",
                                        "",
                                        ""))
                .hasMessageContaining("before it starts");
    }
}
