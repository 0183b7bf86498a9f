package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.persistence.RebuttalDataLoader;

class DenialTextAnalyzerTest {

    private static final DenialTextAnalyzer ANALYZER = new DenialTextAnalyzer(RebuttalDataLoader.loadPatternCatalogue());

    private static List<String> ids(String statement) {
        return ANALYZER.recognise(statement).stream().map(PatternMatch::patternId).toList();
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The member is not at imminent risk of harm to self or others.|no-imminent-risk",
        "There is no evidence of imminent danger to self or others.|no-imminent-risk",
        "Member denies SI/HI, plan or intent.|no-imminent-risk",
        "Patient does not pose an acute risk to herself.|no-imminent-risk",
        "The member's symptoms can safely be managed at a lower level of care.|lower-level-sufficient",
        "Routine outpatient therapy is sufficient to meet the member's needs.|lower-level-sufficient",
        "The member's needs could be met with outpatient services and medication management.|lower-level-sufficient",
        "There has been a lack of measurable progress in the program over the past two weeks.|lack-of-progress",
        "The member has not made meaningful improvement despite 20 sessions of IOP.|lack-of-progress",
        "Acute symptoms have resolved and the member's mood has improved.|acute-symptoms-resolved",
        "The member has not tried a lower level of care such as outpatient therapy.|lower-level-not-tried",
        "There is no documented trial of routine outpatient treatment prior to this request.|lower-level-not-tried",
        "The prior authorization for IOP expired on 03/01/2026.|authorization-issue",
        "Services were provided without prior authorization.|authorization-issue",
        "There is no documentation of a current risk assessment.|no-documentation",
        "The clinical information submitted does not support the need for this level of care.|no-documentation",
        "Intensive outpatient treatment is not medically necessary at this time.|not-medically-necessary",
        "Member has demonstrated poor engagement and limited motivation for change.|not-engaged",
        "The member missed several groups this week.|not-engaged",
        "The member does not meet InterQual criteria for continued stay at this level.|criteria-not-met",
        "Criteria for continued stay are not met.|criteria-not-met",
        "The member is psychiatrically stable.|stable",
        "The member no longer requires this level of care.|does-not-require-level",
        "Member is able to attend work and perform ADLs independently.|insufficient-impairment",
        "The member can't be said to be in acute danger; she is not at acute risk.|no-imminent-risk",
    })
    void recognisesDenialPhrasing(String statement, String expectedPattern) {
        assertThat(ids(statement)).contains(expectedPattern);
    }

    @ParameterizedTest(name = "[{index}] not {1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        // negations of the claim
        "The member is at imminent risk of harm to self.|no-imminent-risk",
        "Member reports active SI with a plan and intent.|no-imminent-risk",
        "Member does not deny SI.|no-imminent-risk",
        "The member's symptoms cannot be safely managed at a lower level of care.|lower-level-sufficient",
        "Outpatient therapy is not sufficient for this member.|lower-level-sufficient",
        "It is unclear whether the member could be managed at a lower level.|lower-level-sufficient",
        "There is no evidence that acute symptoms have resolved.|acute-symptoms-resolved",
        "Acute symptoms have not resolved.|acute-symptoms-resolved",
        "The member has made significant progress in IOP.|lack-of-progress",
        "The member has tried and failed outpatient therapy twice.|lower-level-not-tried",
        "The member is not stable.|stable",
        "The member remains unstable.|stable",
        "IOP is medically necessary for this member.|not-medically-necessary",
        "The member meets criteria for IOP.|criteria-not-met",
        "Member is not unmotivated.|not-engaged",
        "The member is actively engaged and has attended all sessions.|not-engaged",
        // near misses: phrasings the patterns were not written for
        "Vital signs are stable.|stable",
        "The member is medically stable for outpatient detox.|stable",
        "The member has stable housing and a supportive spouse.|stable",
        "No evidence of psychosis or mania on exam.|no-documentation",
        "No prior authorization is required for outpatient visits.|authorization-issue",
        "The member is not able to attend work.|insufficient-impairment",
        "There are no attendance issues.|not-engaged",
    })
    void doesNotMatchNegationsOrNearMisses(String statement, String pattern) {
        assertThat(ANALYZER.catalogue().pattern(pattern)).as("pattern id exists").isPresent();
        assertThat(ids(statement)).doesNotContain(pattern);
    }

    @Test
    void unrelatedClinicalSentenceMatchesNothing() {
        assertThat(ids("The member is a 34-year-old woman referred by her primary care physician.")).isEmpty();
        assertThat(ids("Please contact the reviewer at 1-800-555-0100 to schedule a peer-to-peer call.")).isEmpty();
    }

    @Test
    void capturesWhatTheDocumentationLacks() {
        List<PatternMatch> m = ANALYZER.recognise("There is no documentation of a suicide risk assessment, or of prior treatment.");
        assertThat(m).extracting(PatternMatch::detail).contains("a suicide risk assessment");
    }

    @Test
    void proposesOneUnconfirmedMappingPerStatementWithCategoryDimensionsAndArguments() {
        List<StatementMapping> mappings = ANALYZER.propose(
                "Dr. Smith reviewed the records. The member is not at imminent risk. She has not tried outpatient therapy.");
        assertThat(mappings).hasSize(3);
        assertThat(mappings).noneMatch(StatementMapping::confirmed);
        assertThat(mappings.get(0).patternIds()).isEmpty();
        StatementMapping risk = mappings.get(1);
        assertThat(risk.statement().id()).isEqualTo("s2");
        assertThat(risk.reason()).isEqualTo(DenialReason.ADMISSION_CRITERIA_NOT_MET);
        assertThat(risk.subReason()).contains(AdmissionSubReason.NO_IMMINENT_RISK);
        assertThat(risk.dimensionIds()).contains("locus.I", "calocus.I", "asam.3");
        assertThat(risk.argumentIds()).contains("gas-underlying-condition", "parity-nqtl-more-stringent");
        assertThat(mappings.get(2).subReason()).contains(AdmissionSubReason.LOWER_LEVEL_NOT_TRIED);
        assertThat(mappings.get(2).argumentIds()).contains("parity-fail-first");
    }

    @Test
    void clinicianChangingAMappingConfirmsIt() {
        StatementMapping proposed = ANALYZER.propose(new Statement("s1", "The member is stable."));
        StatementMapping changed = proposed.withReason(DenialReason.LEVEL_OF_CARE_MISMATCH, java.util.Optional.empty());
        assertThat(proposed.confirmed()).isFalse();
        assertThat(changed.confirmed()).isTrue();
        assertThat(changed.reason()).isEqualTo(DenialReason.LEVEL_OF_CARE_MISMATCH);
        assertThat(changed.patternIds()).containsExactly("stable");
    }

    @Test
    void everyPatternNamesOnlyKnownDimensionsAndArguments() {
        PatternCatalogue c = ANALYZER.catalogue();
        assertThat(c.patterns()).hasSizeGreaterThanOrEqualTo(11);
        for (DenialPattern p : c.patterns()) {
            assertThat(p.dimensionIds()).allMatch(DimensionIds::isKnown);
            assertThat(p.argumentIds()).allMatch(a -> c.argument(a).isPresent());
        }
    }
}
