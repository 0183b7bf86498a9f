package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.Statement;
import org.overturn.domain.rebuttal.StatementMapping;

class RebuttalCoverageTest {

    static final String RATIONALE =
            "The member has attended 12 days of IOP. The member is not at imminent risk. "
                    + "Services were rendered without prior authorization. Continued IOP is not medically necessary.";

    private static CaseFile analysed() {
        return DenialAnalysisTest.ANALYSIS.analyseUnanalysed(
                DenialAnalysisTest.withRationale(LevelOfCare.IOP_MENTAL_HEALTH, RATIONALE),
                DenialAnalysisTest.TODAY);
    }

    private static RebuttalRow row(CaseFile c, String id) {
        return c.rebuttal().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRecognisedStatementWhoseRowHasNoAnswerOrSuggestionIsUnanswered() {
        CaseFile c = analysed();
        // Nothing is scored: the risk row has no suggestion; the authorization and
        // medical-necessity rows have
        // suggestions drafted from their arguments.
        assertThat(row(c, "r-s2").suggestion()).isEmpty();
        assertThat(RebuttalCoverage.unanswered(c))
                .containsExactly("The member is not at imminent risk.");
    }

    @Test
    void theClinicianAnswerCoversAStatement() {
        CaseFile c = analysed();
        CaseFile answered =
                c.withRebuttalRow(row(c, "r-s2").withAnswer("She overdosed ten days ago."));
        assertThat(RebuttalCoverage.unanswered(answered)).isEmpty();
    }

    @Test
    void aStatementWithoutARowIsUnansweredAndABlankAnswerDoesNotCover() {
        CaseFile c = analysed();
        CaseFile noRows = c.withRebuttal(List.of());
        assertThat(RebuttalCoverage.unanswered(noRows))
                .containsExactly(
                        "The member is not at imminent risk.",
                        "Services were rendered without prior authorization.",
                        "Continued IOP is not medically necessary.");
        CaseFile blanked = c.withRebuttalRow(row(c, "r-s3").withDraft("", "").withAnswer("   "));
        assertThat(RebuttalCoverage.unanswered(blanked))
                .contains("Services were rendered without prior authorization.");
    }

    @Test
    void aTypedRowDoesNotCoverAStatementAndAnUnrecognisedStatementIsNotAReason() {
        CaseFile c =
                analysed()
                        .withRebuttal(
                                List.of(
                                        RebuttalRow.typed(
                                                        "r-1a2b3c4d",
                                                        "The member is not at imminent risk.",
                                                        List.of())
                                                .withAnswer("Typed.")));
        assertThat(RebuttalCoverage.unanswered(c))
                .doesNotContain("The member has attended 12 days of IOP.")
                .contains("The member is not at imminent risk.");
    }

    @Test
    void aStatementTheClinicianFiledUnderAReasonCountsEvenWithoutAPattern() {
        StatementMapping byHand =
                new StatementMapping(
                        new Statement("s1", "Services belong elsewhere."),
                        List.of(),
                        DenialReason.OUTPATIENT_SUFFICIENT,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        "",
                        true);
        StatementMapping other =
                new StatementMapping(
                        new Statement("s2", "Dr. Smith reviewed the file."),
                        List.of(),
                        DenialReason.OTHER,
                        Optional.of(AdmissionSubReason.OTHER),
                        List.of(),
                        List.of(),
                        "",
                        true);
        assertThat(RebuttalCoverage.unanswered(List.of(byHand, other), List.of()))
                .containsExactly("Services belong elsewhere.");
    }

    @Test
    void withoutADenialNothingIsUnanswered() {
        CaseFile c = analysed();
        assertThat(
                        RebuttalCoverage.unanswered(
                                CaseFile.newCase(Patient.named("X"))
                                        .withStatements(c.statements())))
                .isEmpty();
    }
}
