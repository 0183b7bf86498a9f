package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.persistence.InstrumentLoader;
import org.overturn.persistence.RebuttalDataLoader;

class DenialAnalysisTest {

    static final DenialAnalysis ANALYSIS =
            new DenialAnalysis(
                    RebuttalDataLoader.loadPatternCatalogue(), InstrumentLoader::loadBuiltIn);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String SUD_RATIONALE =
            "Request for substance use intensive outpatient program is denied. "
                    + "There is no documentation of withdrawal symptoms requiring monitoring. "
                    + "Services were rendered without the required prior authorization. "
                    + "The member does not present with imminent danger to self or others.";

    static CaseFile withRationale(LevelOfCare level, String rationale) {
        Denial d = Denial.blank(DenialType.PRE_SERVICE, level);
        return CaseFile.newCase(Patient.named("Ana Test")).withDenial(withText(d, rationale));
    }

    static Denial withText(Denial d, String text) {
        return new Denial(
                d.id(),
                d.noticeDate(),
                d.receivedAt(),
                d.receivedBy(),
                d.denialType(),
                d.urgent(),
                d.levelOfCare(),
                d.reasons(),
                d.admissionSubReasons(),
                d.criteriaSet(),
                d.criteriaVersion(),
                d.reviewerName(),
                d.reviewerCredentials(),
                d.authorizationNumber(),
                d.claimNumber(),
                d.referenceNumber(),
                d.unitKind(),
                d.unitsRequested(),
                d.unitsDenied(),
                d.hoursPerWeekRequested(),
                d.startDateRequested(),
                d.billedAmount(),
                text);
    }

    static CaseFile editRationale(CaseFile c, String text) {
        return c.withDenial(withText(c.currentDenial().orElseThrow(), text));
    }

    @Test
    void anUnanalysedRationaleGetsProposedStatementsAndADraftedRowForEachRecognisedOne() {
        CaseFile c =
                withRationale(LevelOfCare.IOP_SUBSTANCE_USE, SUD_RATIONALE)
                        .withMeasure(
                                MeasureEntry.ofScore(
                                        Measure.CIWA_AR, LocalDate.of(2026, 11, 17), 12));

        CaseFile analysed = ANALYSIS.analyseUnanalysed(c, TODAY);

        assertThat(analysed.statements()).hasSize(4).noneMatch(StatementMapping::confirmed);
        assertThat(analysed.statements().get(0).patternIds()).isEmpty();
        assertThat(analysed.statements().get(1).patternIds())
                .contains("no-documentation", "withdrawal-not-present");
        assertThat(analysed.statements().get(3).dimensionIds())
                .as("ASAM only: the care is substance use")
                .containsExactly("asam.3");
        assertThat(analysed.rebuttal())
                .extracting(RebuttalRow::id)
                .containsExactly("r-s2", "r-s3", "r-s4");
        assertThat(analysed.rebuttal()).allMatch(r -> r.answer().isEmpty());
        assertThat(row(analysed, "r-s2").suggestion()).contains("CIWA-Ar 12, moderate (8–14)");
        assertThat(row(analysed, "r-s3").suggestion()).contains("matter of procedure");
        assertThat(row(analysed, "r-s4").suggestion())
                .as("nothing scored for ASAM 3 yet")
                .isEmpty();
    }

    @Test
    void rowsAreDraftedFromTheRatingsOnFile() {
        Assessment asam =
                Assessment.start(Instrument.ASAM, LocalDate.of(2026, 11, 18), "Dr. Test")
                        .withRating(
                                DimensionRating.of(
                                        "asam.3",
                                        3,
                                        "Passive thoughts of death most days",
                                        LocalDate.of(2026, 11, 18)));
        CaseFile analysed =
                ANALYSIS.analyseUnanalysed(
                        withRationale(LevelOfCare.IOP_SUBSTANCE_USE, SUD_RATIONALE)
                                .withAssessment(asam),
                        TODAY);
        assertThat(row(analysed, "r-s4").suggestion())
                .contains("rated 3 of 4")
                .contains("Passive thoughts of death most days");
    }

    @Test
    void aCaseThatAlreadyHoldsThisAnalysisIsLeftAsItIs() {
        CaseFile analysed =
                ANALYSIS.analyseUnanalysed(
                        withRationale(LevelOfCare.IOP_MENTAL_HEALTH, SUD_RATIONALE), TODAY);
        assertThat(ANALYSIS.analyseUnanalysed(analysed, TODAY)).isSameAs(analysed);
    }

    @Test
    void editingTheRationaleBeforeAnyoneTouchedTheProposalsAnalysesItAgain() {
        CaseFile analysed =
                ANALYSIS.analyseUnanalysed(
                        withRationale(LevelOfCare.IOP_MENTAL_HEALTH, "The member is stable."),
                        TODAY);
        RebuttalRow typed = RebuttalRow.typed("r-1a2b3c4d", "A criterion typed by hand", List.of());
        CaseFile edited =
                editRationale(
                        analysed.withRebuttalRow(typed),
                        "The member is stable. Services were rendered without prior authorization.");

        CaseFile again = ANALYSIS.analyseUnanalysed(edited, TODAY);

        assertThat(again.statements())
                .extracting(m -> m.statement().text())
                .containsExactly(
                        "The member is stable.",
                        "Services were rendered without prior authorization.");
        assertThat(again.rebuttal())
                .extracting(RebuttalRow::id)
                .containsExactly("r-1a2b3c4d", "r-s1", "r-s2");
    }

    @Test
    void aConfirmedStatementIsNeverReplaced() {
        CaseFile analysed =
                ANALYSIS.analyseUnanalysed(
                        withRationale(LevelOfCare.IOP_MENTAL_HEALTH, "The member is stable."),
                        TODAY);
        CaseFile confirmed =
                analysed.withStatements(List.of(analysed.statements().get(0).confirm()));
        CaseFile edited =
                editRationale(
                        confirmed, "Something else entirely. The member is not at imminent risk.");
        assertThat(ANALYSIS.analyseUnanalysed(edited, TODAY)).isSameAs(edited);
    }

    @Test
    void aRowTheClinicianAnsweredOrRepointedIsNeverReplaced() {
        CaseFile analysed =
                ANALYSIS.analyseUnanalysed(
                        withRationale(LevelOfCare.IOP_MENTAL_HEALTH, "The member is stable."),
                        TODAY);
        RebuttalRow row = analysed.rebuttal().get(0);
        CaseFile answered =
                editRationale(
                        analysed.withRebuttalRow(row.withAnswer("She is not stable.")),
                        "Changed text.");
        assertThat(ANALYSIS.analyseUnanalysed(answered, TODAY)).isSameAs(answered);
        CaseFile repointed =
                editRationale(
                        analysed.withRebuttalRow(row.withDimensions(List.of("locus.VI"))),
                        "Changed text.");
        assertThat(ANALYSIS.analyseUnanalysed(repointed, TODAY)).isSameAs(repointed);
    }

    @Test
    void noDenialOrAnEmptyRationaleChangesNothing() {
        CaseFile none = CaseFile.newCase(Patient.named("No Denial"));
        assertThat(ANALYSIS.analyseUnanalysed(none, TODAY)).isSameAs(none);
        CaseFile blank = withRationale(LevelOfCare.IOP_MENTAL_HEALTH, "   ");
        assertThat(ANALYSIS.analyseUnanalysed(blank, TODAY)).isSameAs(blank);
    }

    @Test
    void aRationaleTheRulesCannotReadYieldsNoStatementsAndNoError() {
        CaseFile punctuation = withRationale(LevelOfCare.IOP_MENTAL_HEALTH, "... ;;; --- !!! ???");
        assertThat(ANALYSIS.analyseUnanalysed(punctuation, TODAY).statements()).isEmpty();
        String noise = "x".repeat(20_000) + " " + "no ".repeat(5_000) + "(((".repeat(2_000);
        CaseFile huge = withRationale(LevelOfCare.IOP_MENTAL_HEALTH, noise);
        long start = System.nanoTime();
        CaseFile out = ANALYSIS.analyseUnanalysed(huge, TODAY);
        assertThat(out.rebuttal()).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void proposalsKeepOnlyTheDimensionsOfTheCasesInstruments() {
        List<StatementMapping> p =
                ANALYSIS.propose(
                        withRationale(LevelOfCare.IOP_MENTAL_HEALTH, ""),
                        "The member is not at imminent risk.",
                        TODAY);
        assertThat(p.get(0).dimensionIds()).containsExactly("locus.I");
    }

    private static RebuttalRow row(CaseFile c, String id) {
        Optional<RebuttalRow> r = c.rebuttal().stream().filter(x -> x.id().equals(id)).findFirst();
        assertThat(r).as(id).isPresent();
        return r.get();
    }
}
