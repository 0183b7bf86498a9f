package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.persistence.RebuttalDataLoader;

class DenialTextAnalyzerTest {

    private static final DenialTextAnalyzer ANALYZER =
            new DenialTextAnalyzer(RebuttalDataLoader.loadPatternCatalogue());

    private static List<String> ids(String statement) {
        return ANALYZER.recognise(statement).stream().map(PatternMatch::patternId).toList();
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(
            delimiter = '|',
            value = {
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
    @CsvSource(
            delimiter = '|',
            value = {
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

    /** Issue 11: six phrasings plans use that the first catalogue filed as "other". */
    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The member does not present with imminent danger to self or others.|no-imminent-risk",
                "There is no indication that the member has failed a trial of routine outpatient therapy.|lower-level-not-tried",
                "Services were rendered without the required prior authorization.|authorization-issue",
                "Treatment could be provided in a standard outpatient setting.|lower-level-sufficient",
                "The member's symptoms are longstanding with no acute exacerbation.|symptoms-not-acute",
                "The requested level of care does not match the member's needs.|level-mismatch",
            })
    void recognisesThePhrasingsIssue11FoundFiledAsOther(String statement, String expectedPattern) {
        assertThat(ids(statement)).contains(expectedPattern);
    }

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // administrative
                "The request for authorization was submitted after treatment had already begun.|late-notification",
                "The provider failed to notify the plan within two business days of admission.|late-notification",
                "Retro-authorization requests are not accepted for this service.|late-notification",
                "The request was untimely.|late-notification",
                "The member's plan does not include out-of-network benefits.|out-of-network",
                "The facility is out of network and no single case agreement is in place.|out-of-network",
                "Services must be obtained from an in-network facility.|out-of-network",
                "In-network providers are available to deliver this level of care.|out-of-network",
                "Intensive outpatient treatment is not a covered benefit under the member's plan.|not-covered-benefit",
                "The member has exhausted the annual benefit for this service.|not-covered-benefit",
                "The number of sessions billed exceeds the number authorized.|authorization-issue",
                "The provider did not obtain pre-certification for the program.|authorization-issue",
                // eating disorders: medical stability and weight
                "Vital signs are within normal limits.|ed-medically-stable",
                "There is no evidence of bradycardia, orthostatic changes, or electrolyte abnormalities.|ed-medically-stable",
                "She does not have orthostatic hypotension.|ed-medically-stable",
                "Laboratory results show no hypokalemia.|ed-medically-stable",
                "The member's heart rate and blood pressure are stable.|ed-medically-stable",
                "The member's BMI of 18.9 is above the threshold for this level of care.|ed-weight-threshold",
                "Her weight is above 85% of ideal body weight.|ed-weight-threshold",
                "She is at 92% of her expected body weight.|ed-weight-threshold",
                "There has been no significant weight loss in the past month.|ed-weight-threshold",
                "Weight restoration has been achieved.|ed-weight-threshold",
                // withdrawal
                "There is no documentation of withdrawal symptoms requiring monitoring.|withdrawal-not-present",
                "There is no documentation of withdrawal symptoms requiring monitoring.|no-documentation",
                "CIWA scores have remained below 8 throughout the stay.|withdrawal-not-present",
                "COWS scores indicate only mild withdrawal.|withdrawal-not-present",
                "ASAM Dimension 1 risk is rated as low.|withdrawal-not-present",
                // acuity, fit, supports
                "Symptom severity is mild to moderate.|symptoms-not-acute",
                "There has been no recent worsening of symptoms.|symptoms-not-acute",
                "The member's anxiety is not severe enough to require intensive treatment.|symptoms-not-acute",
                "The member requires a higher level of care than IOP can provide.|level-mismatch",
                "IOP is not the appropriate level of care for this member.|level-mismatch",
                "The member has a supportive spouse and stable housing.|adequate-supports",
                "Family is involved and able to provide supervision.|adequate-supports",
                "There are no significant psychosocial stressors.|adequate-supports",
                // wider phrasings of the first patterns
                "Your son is not having thoughts of hurting himself or others.|no-imminent-risk",
                "The member is future oriented and has a safety plan in place.|no-imminent-risk",
                "Care can continue in the mental health outpatient setting.|lower-level-sufficient",
                "Intensive outpatient treatment is no longer warranted.|does-not-require-level",
                "The member has reached maximum benefit from this level of care.|lack-of-progress",
                "Panic attacks have subsided and sleep has normalized.|acute-symptoms-resolved",
                "Less intensive services have not been attempted.|lower-level-not-tried",
                "Clinical information provided was insufficient to establish medical necessity.|no-documentation",
                "Clinical information provided was insufficient to establish medical necessity.|not-medically-necessary",
                "The member has repeatedly missed sessions this month.|not-engaged",
                "The request fails to meet the plan's level of care guidelines.|criteria-not-met",
                "The member has achieved stability and is maintaining sobriety.|stable",
                "He is functioning at baseline in work and social roles.|insufficient-impairment",
            })
    void recognisesTheNewAndWiderPatterns(String statement, String expectedPattern) {
        assertThat(ids(statement)).contains(expectedPattern);
    }

    @ParameterizedTest(name = "[{index}] not {1} <- {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The member has failed a trial of routine outpatient therapy twice in the past year.|lower-level-not-tried",
                "Her heart rate was 42 with orthostatic changes on standing.|ed-medically-stable",
                "Vital signs are unstable with a pulse of 44.|ed-medically-stable",
                "The member is not medically stable and requires medical monitoring.|ed-medically-stable",
                "Her BMI of 15.8 is well below the threshold for outpatient care.|ed-weight-threshold",
                "The member has not been able to maintain her weight outside a structured program.|ed-weight-threshold",
                "There is documentation of withdrawal symptoms including tremor and sweating.|withdrawal-not-present",
                "The member is experiencing moderate withdrawal with a CIWA-Ar score of 14.|withdrawal-not-present",
                "No documentation of CIWA or COWS scores was included.|withdrawal-not-present",
                "The request for authorization was submitted before the start of care.|late-notification",
                "The provider is a participating provider in the member's network.|out-of-network",
                "The provider is not a participating provider in the member's network.|not-engaged",
                "Intensive outpatient treatment is a covered benefit under this plan.|not-covered-benefit",
                "Symptoms have worsened since the last review.|symptoms-not-acute",
                "The member's sister is supportive but lives out of state.|adequate-supports",
                "The member's family is unable to provide supervision.|adequate-supports",
                "The member does not deny suicidal ideation.|no-imminent-risk",
                "No current risk assessment was provided with the request.|no-imminent-risk",
                "ASAM Dimension 1 risk is rated as low.|no-imminent-risk",
                "The member's needs exceed what can be safely provided in an intensive outpatient program.|lower-level-sufficient",
                "There is no medical instability.|stable",
                "The member's weight has been stable for three weeks.|stable",
                "She has not improved enough to step down safely.|lack-of-progress",
                "Standard outpatient therapy was tried from January to June without improvement.|lack-of-progress",
                "The member was not engaged in any outpatient treatment before this admission.|not-engaged",
            })
    void newRulesDoNotMatchTheirNegationsOrNearMisses(String statement, String pattern) {
        assertThat(ANALYZER.catalogue().pattern(pattern)).as("pattern id exists").isPresent();
        assertThat(ids(statement)).doesNotContain(pattern);
    }

    @Test
    void aNegatedTriggerShowsTheNegationInTheMatchedWords() {
        PatternMatch m =
                ANALYZER
                        .recognise("There is no evidence of bradycardia or orthostatic changes.")
                        .stream()
                        .filter(x -> x.patternId().equals("ed-medically-stable"))
                        .findFirst()
                        .orElseThrow();
        assertThat(m.matchedText()).isEqualTo("no evidence of bradycardia");
        PatternMatch plain = ANALYZER.recognise("The member is psychiatrically stable.").get(0);
        assertThat(plain.matchedText()).isEqualTo("is psychiatrically stable");
    }

    @Test
    void aNegatedTriggerWithoutANegationInItsClauseDoesNotCount() {
        assertThat(ids("She has bradycardia, and there is no evidence of purging."))
                .doesNotContain("ed-medically-stable");
    }

    @Test
    void unrelatedClinicalSentenceMatchesNothing() {
        assertThat(ids("The member is a 34-year-old woman referred by her primary care physician."))
                .isEmpty();
        assertThat(
                        ids(
                                "Please contact the reviewer at 1-800-555-0100 to schedule a peer-to-peer call."))
                .isEmpty();
    }

    @Test
    void capturesWhatTheDocumentationLacks() {
        List<PatternMatch> m =
                ANALYZER.recognise(
                        "There is no documentation of a suicide risk assessment, or of prior treatment.");
        assertThat(m).extracting(PatternMatch::detail).contains("a suicide risk assessment");
    }

    @Test
    void proposesOneUnconfirmedMappingPerStatementWithCategoryDimensionsAndArguments() {
        List<StatementMapping> mappings =
                ANALYZER.propose(
                        "Dr. Smith reviewed the records. The member is not at imminent risk. She has not tried outpatient therapy.");
        assertThat(mappings).hasSize(3);
        assertThat(mappings).noneMatch(StatementMapping::confirmed);
        assertThat(mappings.get(0).patternIds()).isEmpty();
        StatementMapping risk = mappings.get(1);
        assertThat(risk.statement().id()).isEqualTo("s2");
        assertThat(risk.reason()).isEqualTo(DenialReason.ADMISSION_CRITERIA_NOT_MET);
        assertThat(risk.subReason()).contains(AdmissionSubReason.NO_IMMINENT_RISK);
        assertThat(risk.dimensionIds()).contains("locus.I", "calocus.I", "asam.3");
        assertThat(risk.argumentIds())
                .contains("gas-underlying-condition", "parity-nqtl-more-stringent");
        assertThat(mappings.get(2).subReason()).contains(AdmissionSubReason.LOWER_LEVEL_NOT_TRIED);
        assertThat(mappings.get(2).argumentIds()).contains("parity-fail-first");
    }

    @Test
    void clinicianChangingAMappingConfirmsIt() {
        StatementMapping proposed = ANALYZER.propose(new Statement("s1", "The member is stable."));
        StatementMapping changed =
                proposed.withReason(DenialReason.LEVEL_OF_CARE_MISMATCH, Optional.empty());
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
