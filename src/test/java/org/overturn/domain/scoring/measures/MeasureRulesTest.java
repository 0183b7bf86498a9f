package org.overturn.domain.scoring.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureRulesTest {

    static final LocalDate DAY = LocalDate.of(2025, 2, 3);

    static MeasureResult score(Measure m, int s) {
        return MeasureRules.evaluate(MeasureEntry.ofScore(m, DAY, s));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GAD_7 | 4 | below the mild range (0–4)",
                "GAD_7 | 5 | mild (5–9)",
                "GAD_7 | 10 | moderate (10–14)",
                "GAD_7 | 15 | severe (15–21)",
                "AUDIT | 7 | low risk (0–7)",
                "AUDIT | 8 | hazardous (8–15)",
                "AUDIT | 16 | harmful or high risk (16–19)",
                "AUDIT | 20 | possible dependence (20–40)",
                "DAST_10 | 0 | none (0–0)",
                "DAST_10 | 1 | low (1–2)",
                "DAST_10 | 3 | moderate (3–5)",
                "DAST_10 | 6 | substantial (6–8)",
                "DAST_10 | 9 | severe (9–10)",
                "CIWA_AR | 7 | mild or minimal (0–7)",
                "CIWA_AR | 8 | moderate (8–14)",
                "CIWA_AR | 15 | severe (15–67)",
                "COWS | 4 | below the mild range (0–4)",
                "COWS | 5 | mild (5–12)",
                "COWS | 13 | moderate (13–24)",
                "COWS | 25 | moderately severe (25–36)",
                "COWS | 36 | moderately severe (25–36)",
                "COWS | 37 | severe (37–48)",
                "GAF | 0 | 0: inadequate information",
                "GAF | 50 | GAF 41–50",
                "GAF | 51 | GAF 51–60",
                "GAF | 100 | GAF 91–100",
            })
    void placesEachScoreInTheReferenceBand(Measure m, int s, String band) {
        MeasureResult r = score(m, s);
        assertThat(r.band()).isEqualTo(band);
        assertThat(r.date()).isEqualTo(DAY);
    }

    @ParameterizedTest(name = "PHQ-9 total {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0,0,0,0,0,0,0,0,0 | minimal (0–4)",
                "1,1,1,1,1,0,0,0,0 | mild (5–9)",
                "2,2,2,2,1,1,0,0,0 | moderate (10–14)",
                "2,2,2,2,2,2,2,1,0 | moderately severe (15–19)",
                "3,3,3,3,2,2,2,2,0 | severe (20–27)",
            })
    void phq9IsScoredFromItsNineItems(String items, String band) {
        List<Integer> list = Arrays.stream(items.split(",")).map(Integer::valueOf).toList();
        MeasureResult r = MeasureRules.evaluate(MeasureEntry.ofItems(Measure.PHQ_9, DAY, list));
        assertThat(r.band()).isEqualTo(band);
        assertThat(r.score()).contains(list.stream().mapToInt(Integer::intValue).sum());
        assertThat(r.riskFlag()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void anyPhq9Item9AnswerAboveZeroRaisesARiskFlag(int item9) {
        MeasureResult r =
                MeasureRules.evaluate(
                        MeasureEntry.ofItems(
                                Measure.PHQ_9, DAY, List.of(0, 0, 0, 0, 0, 0, 0, 0, item9)));
        assertThat(r.riskFlag()).isTrue();
        assertThat(r.band()).startsWith("minimal");
        assertThat(r.flags()).anyMatch(f -> f.contains("Item 9"));
    }

    @Test
    void phq9MustBeEnteredByItem() {
        assertThatThrownBy(() -> MeasureEntry.ofScore(Measure.PHQ_9, DAY, 12))
                .hasMessageContaining("needs 9 item scores");
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "GAD_7 | 22 | GAD-7 score must be 0 to 21, not 22",
                "GAD_7 | -1 | must be 0 to 21",
                "AUDIT | 41 | AUDIT score must be 0 to 40",
                "DAST_10 | 11 | 0 to 10",
                "CIWA_AR | 68 | 0 to 67",
                "COWS | 49 | 0 to 48",
                "GAF | 101 | GAF score must be 0 to 100",
            })
    void refusesAScoreOutsideTheRangeWithAClearMessage(Measure m, int s, String message) {
        assertThatThrownBy(() -> MeasureEntry.ofScore(m, DAY, s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesAPhq9ItemAboveThree() {
        assertThatThrownBy(
                        () ->
                                MeasureEntry.ofItems(
                                        Measure.PHQ_9, DAY, List.of(0, 0, 4, 0, 0, 0, 0, 0, 0)))
                .hasMessageContaining("PHQ-9 item 3 must be 0 to 3, not 4");
    }

    @Test
    void refusesAnAuditItem9ScoredOne() {
        assertThatThrownBy(
                        () ->
                                MeasureEntry.ofItems(
                                        Measure.AUDIT, DAY, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 0)))
                .hasMessageContaining("AUDIT item 9 must be 0, 2 or 4");
    }

    @Test
    void auditByItemShowsAuditCAndFlagsDependenceItems() {
        MeasureResult r =
                MeasureRules.evaluate(
                        MeasureEntry.ofItems(
                                Measure.AUDIT, DAY, List.of(4, 3, 2, 2, 1, 1, 0, 0, 2, 0)));
        assertThat(r.score()).contains(15);
        assertThat(r.flags())
                .contains("AUDIT-C (items 1–3): 9 of 12.")
                .anyMatch(f -> f.contains("suggests dependence"));
    }

    @Test
    void refusesATotalThatDoesNotMatchTheItems() {
        assertThatThrownBy(
                        () ->
                                new MeasureEntry(
                                        "m",
                                        Measure.GAD_7,
                                        DAY,
                                        List.of(1, 1, 1, 1, 1, 1, 1),
                                        Optional.of(8),
                                        Optional.empty(),
                                        Optional.empty(),
                                        ""))
                .hasMessageContaining("does not match the item sum 7");
    }

    @Test
    void gad7OfTenSuggestsFurtherEvaluation() {
        assertThat(score(Measure.GAD_7, 10).flags())
                .anyMatch(f -> f.contains("further evaluation"));
        assertThat(score(Measure.GAD_7, 9).flags()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"LOW, false", "MODERATE, true", "HIGH, true"})
    void cssrsIsACategoryAndAnythingAboveLowRaisesARiskFlag(CssrsRisk c, boolean flag) {
        MeasureEntry e =
                new MeasureEntry(
                        "m",
                        Measure.C_SSRS,
                        DAY,
                        List.of(),
                        Optional.empty(),
                        Optional.of(c),
                        Optional.empty(),
                        "");
        assertThat(MeasureRules.evaluate(e).riskFlag()).isEqualTo(flag);
        assertThat(MeasureRules.evaluate(e).score()).isEmpty();
    }

    @Test
    void cssrsRefusesANumericScore() {
        assertThatThrownBy(() -> MeasureEntry.ofScore(Measure.C_SSRS, DAY, 3))
                .hasMessageContaining("category is required");
    }

    @ParameterizedTest(name = "WHODAS {0}: {1} to {2}")
    @CsvSource({"SIMPLE_36, 36, 180", "SIMPLE_12, 12, 60", "COMPLEX, 0, 100"})
    void whodasChecksTheRangeOfItsScoringMethod(WhodasScoring method, int min, int max) {
        assertThat(MeasureRules.evaluate(whodas(method, min)).band()).isEmpty();
        assertThatThrownBy(() -> whodas(method, min - 1)).hasMessageContaining(min + " to " + max);
        assertThatThrownBy(() -> whodas(method, max + 1)).hasMessageContaining(min + " to " + max);
    }

    static MeasureEntry whodas(WhodasScoring method, int s) {
        return new MeasureEntry(
                "m",
                Measure.WHODAS_2,
                DAY,
                List.of(),
                Optional.of(s),
                Optional.empty(),
                Optional.of(method),
                "");
    }

    @Test
    void ciwaThresholdsCanBeSetLocally() {
        MeasureEntry e = MeasureEntry.ofScore(Measure.CIWA_AR, DAY, 9);
        assertThat(MeasureRules.evaluate(e, new MeasureRules.CiwaBands(10, 16)).band())
                .isEqualTo("mild or minimal (0–9)");
    }

    @Test
    void gafCarriesTheApaNumberOnlyNoticeAndUnverifiedLicencesSaySo() {
        assertThat(score(Measure.GAF, 45).notice()).contains("number only");
        assertThat(Measure.DAST_10.licenceNote()).contains("unverified");
        assertThat(Measure.COWS.licenceNote()).contains("unverified");
        assertThat(Measure.PHQ_9.licenceNote()).isEqualTo("Public domain.");
    }
}
