package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.persistence.RebuttalDataLoader;

class RebuttalDrafterTest {

    private static final PatternCatalogue CATALOGUE = RebuttalDataLoader.loadPatternCatalogue();
    private final RebuttalDrafter drafter = new RebuttalDrafter(CATALOGUE);
    private final DenialTextAnalyzer analyzer = new DenialTextAnalyzer(CATALOGUE);

    private RebuttalRow riskRow() {
        StatementMapping m =
                analyzer.propose(new Statement("s1", "The member is not at imminent risk."))
                        .confirm();
        return drafter.rowFor(m);
    }

    @Test
    void rowFromAStatementCarriesItsDimensionsAndTheImpliedPosition() {
        RebuttalRow row = riskRow();
        assertThat(row.statementId()).contains("s1");
        assertThat(row.criterion()).isEqualTo("The member is not at imminent risk.");
        assertThat(row.dimensionIds()).contains("locus.I");
        assertThat(row.reviewerPosition()).contains("risk of harm is low");
    }

    @Test
    void draftsAnAnswerFromAHighRatingAndItsEvidence() {
        DimensionEvidence e =
                new DimensionEvidence(
                        "locus.I",
                        "Risk of harm",
                        4,
                        1,
                        5,
                        "Overdose 10 days ago; passive SI daily",
                        Optional.of(LocalDate.of(2026, 11, 18)));
        RebuttalRow drafted =
                drafter.draft(riskRow(), List.of(e), List.of("gas-underlying-condition"));
        assertThat(drafted.suggestion())
                .contains(
                        "Risk of harm was rated 4 of 5 on 2026-11-18: Overdose 10 days ago; passive SI daily.")
                .contains("does not support")
                .contains("underlying condition");
        assertThat(drafted.gap()).contains("Risk of harm 4 of 5");
    }

    @Test
    void aLowRatingIsNotArguedAsSupport() {
        DimensionEvidence e =
                new DimensionEvidence(
                        "locus.I", "Risk of harm", 2, 1, 5, "No recent SI", Optional.empty());
        RebuttalRow drafted = drafter.draft(riskRow(), List.of(e), List.of());
        // Said to the clinician beside the row; nothing is drafted that the letter could print.
        assertThat(drafted.suggestion()).isEmpty();
        assertThat(drafted.gap()).contains("lower half").contains("Risk of harm 2 of 5");
    }

    @Test
    void withoutARatingForTheRowsDimensionsItAsksForScoring() {
        DimensionEvidence other =
                new DimensionEvidence(
                        "asam.6", "Recovery environment", 4, 0, 4, "", Optional.empty());
        RebuttalRow drafted = drafter.draft(riskRow(), List.of(other), List.of());
        assertThat(drafted.suggestion()).isEmpty();
        assertThat(drafted.gap()).startsWith("No rating is recorded yet");
    }

    @Test
    void redraftingNeverOverwritesTheCliniciansAnswer() {
        RebuttalRow answered = riskRow().withAnswer("My own words.");
        DimensionEvidence e =
                new DimensionEvidence("locus.I", "Risk of harm", 5, 1, 5, "", Optional.empty());
        assertThat(drafter.draft(answered, List.of(e), List.of()).answer())
                .isEqualTo("My own words.");
    }

    @Test
    void onlyConfirmedMappingsAboutThePatientBecomeRows() {
        List<StatementMapping> m =
                analyzer.propose(
                        "The member is not at imminent risk. Authorization expired. "
                                + "The member is stable.");
        List<StatementMapping> confirmedFirstTwo =
                List.of(m.get(0).confirm(), m.get(1).confirm(), m.get(2));
        assertThat(drafter.rowsFor(confirmedFirstTwo))
                .extracting(RebuttalRow::id)
                .containsExactly("r-s1");
    }

    // ---- drafting from the measures on file and from the arguments
    // --------------------------------------------

    private static final MeasureEvidence CIWA =
            new MeasureEvidence(
                    "ciwa-ar",
                    "CIWA-Ar",
                    LocalDate.of(2026, 11, 17),
                    "12, moderate (8–14)",
                    "Tremor and sweats mid-morning.");

    private Optional<StatementMapping> mapped(String text) {
        return Optional.of(analyzer.propose(new Statement("s1", text)));
    }

    private RebuttalRow draftFor(
            String text, List<DimensionEvidence> scored, List<MeasureEvidence> measures) {
        Optional<StatementMapping> m = mapped(text);
        return drafter.draft(drafter.rowFor(m.get()), m, scored, measures);
    }

    @Test
    void aDocumentationDenialIsAnsweredFromTheMeasureOnFile() {
        RebuttalRow r =
                draftFor(
                        "There is no documentation of withdrawal symptoms requiring monitoring.",
                        List.of(),
                        List.of(CIWA));
        assertThat(r.suggestion())
                .contains("The record sent with this appeal documents it.")
                .contains(
                        "CIWA-Ar 12, moderate (8–14), on 2026-11-17 (Tremor and sweats mid-morning)");
        assertThat(r.answer()).isEmpty();
    }

    @Test
    void aDocumentationDenialWithNothingOnFileGetsNoSuggestionButSaysWhatToEnclose() {
        RebuttalRow r =
                draftFor(
                        "There is no documentation of withdrawal symptoms requiring monitoring.",
                        List.of(),
                        List.of());
        assertThat(r.suggestion()).isEmpty();
        assertThat(r.gap())
                .contains("No measure on file shows withdrawal symptoms requiring monitoring");
    }

    @Test
    void onlyTheMeasuresTheStatementIsAboutAreCitedAndTheLatestOfEach() {
        MeasureEvidence oldCiwa =
                new MeasureEvidence(
                        "ciwa-ar", "CIWA-Ar", LocalDate.of(2026, 11, 1), "20, severe (15–67)", "");
        MeasureEvidence phq =
                new MeasureEvidence(
                        "phq-9",
                        "PHQ-9",
                        LocalDate.of(2026, 11, 17),
                        "15, moderately severe (15–19)",
                        "");
        RebuttalRow r =
                draftFor(
                        "There are no signs of withdrawal at this time.",
                        List.of(),
                        List.of(oldCiwa, phq, CIWA));
        assertThat(r.suggestion())
                .contains("CIWA-Ar 12")
                .doesNotContain("CIWA-Ar 20")
                .doesNotContain("PHQ-9");
    }

    @Test
    void aRatedRowAlsoCitesTheMeasuresItsStatementIsAbout() {
        DimensionEvidence e =
                new DimensionEvidence(
                        "asam.1",
                        "ASAM Withdrawal",
                        3,
                        0,
                        4,
                        "Shaky each morning",
                        Optional.of(LocalDate.of(2026, 11, 17)));
        RebuttalRow r =
                draftFor(
                        "The member is not experiencing withdrawal symptoms.",
                        List.of(e),
                        List.of(CIWA));
        assertThat(r.suggestion())
                .contains("ASAM Withdrawal was rated 3 of 4")
                .contains("The record holds CIWA-Ar 12")
                .endsWith("Care at the requested level remains necessary.");
    }

    @Test
    void anAdministrativeDenialIsAnsweredWithItsArguments() {
        RebuttalRow r =
                draftFor(
                        "Services were rendered without the required prior authorization.",
                        List.of(),
                        List.of());
        assertThat(r.suggestion())
                .startsWith("The reviewer's statement implies that the care was not authorized")
                .contains("A missing or late authorization is a matter of procedure");
        RebuttalRow network =
                draftFor(
                        "The facility is out of network and no single case agreement is in place.",
                        List.of(),
                        List.of());
        assertThat(network.suggestion()).contains("single-case agreement");
    }

    @Test
    void anEatingDisorderStabilityDenialWithNothingScoredGetsNoSuggestion() {
        RebuttalRow r =
                draftFor(
                        "The member's BMI of 18.9 is above the threshold for this level of care.",
                        List.of(),
                        List.of(CIWA));
        assertThat(r.dimensionIds()).contains("asam.2", "locus.III");
        assertThat(r.suggestion()).isEmpty();
    }

    @Test
    void everyMeasureTopicNamesAMeasureTheAppRecords() {
        List<String> ids = Arrays.stream(Measure.values()).map(Measure::id).toList();
        assertThat(CATALOGUE.measureTopics())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(ids).containsAll(t.measureIds()));
    }
}
