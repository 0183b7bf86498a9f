package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.persistence.RebuttalDataLoader;

class RebuttalDrafterTest {

    private static final PatternCatalogue CATALOGUE = RebuttalDataLoader.loadPatternCatalogue();
    private final RebuttalDrafter drafter = new RebuttalDrafter(CATALOGUE);
    private final DenialTextAnalyzer analyzer = new DenialTextAnalyzer(CATALOGUE);

    private RebuttalRow riskRow() {
        StatementMapping m = analyzer.propose(new Statement("s1", "The member is not at imminent risk.")).confirm();
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
        DimensionEvidence e = new DimensionEvidence("locus.I", "Risk of harm", 4, 1, 5,
                "Overdose 10 days ago; passive SI daily", Optional.of(LocalDate.of(2026, 11, 18)));
        RebuttalRow drafted = drafter.draft(riskRow(), List.of(e), List.of("gas-underlying-condition"));
        assertThat(drafted.suggestion())
                .contains("Risk of harm was rated 4 of 5 on 2026-11-18: Overdose 10 days ago; passive SI daily.")
                .contains("does not support")
                .contains("underlying condition");
        assertThat(drafted.gap()).contains("Risk of harm 4 of 5");
    }

    @Test
    void aLowRatingIsNotArguedAsSupport() {
        DimensionEvidence e = new DimensionEvidence("locus.I", "Risk of harm", 2, 1, 5, "No recent SI", Optional.empty());
        RebuttalRow drafted = drafter.draft(riskRow(), List.of(e), List.of());
        assertThat(drafted.suggestion()).doesNotContain("does not support").contains("lower half");
    }

    @Test
    void withoutARatingForTheRowsDimensionsItAsksForScoring() {
        DimensionEvidence other = new DimensionEvidence("asam.6", "Recovery environment", 4, 0, 4, "", Optional.empty());
        RebuttalRow drafted = drafter.draft(riskRow(), List.of(other), List.of());
        assertThat(drafted.suggestion()).startsWith("No rating is recorded yet");
    }

    @Test
    void redraftingNeverOverwritesTheCliniciansAnswer() {
        RebuttalRow answered = riskRow().withAnswer("My own words.");
        DimensionEvidence e = new DimensionEvidence("locus.I", "Risk of harm", 5, 1, 5, "", Optional.empty());
        assertThat(drafter.draft(answered, List.of(e), List.of()).answer()).isEqualTo("My own words.");
    }

    @Test
    void onlyConfirmedMappingsAboutThePatientBecomeRows() {
        List<StatementMapping> m = analyzer.propose("The member is not at imminent risk. Authorization expired. "
                + "The member is stable.");
        List<StatementMapping> confirmedFirstTwo = List.of(m.get(0).confirm(), m.get(1).confirm(), m.get(2));
        assertThat(drafter.rowsFor(confirmedFirstTwo)).extracting(RebuttalRow::id).containsExactly("r-s1");
    }
}
