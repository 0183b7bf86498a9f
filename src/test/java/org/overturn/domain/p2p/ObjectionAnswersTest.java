package org.overturn.domain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.overturn.core.ReferenceData;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.rebuttal.DenialTextAnalyzer;
import org.overturn.domain.rebuttal.PatternMatch;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.InstrumentLoader;
import org.overturn.persistence.RebuttalDataLoader;
import org.overturn.persistence.json.CaseJson;

class ObjectionAnswersTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 18, 9, 0);
    private static final DenialAnalysis ANALYSIS =
            new DenialAnalysis(
                    RebuttalDataLoader.loadPatternCatalogue(), InstrumentLoader::loadBuiltIn);
    private static final DenialTextAnalyzer ANALYZER = ANALYSIS.analyzer();

    private final PrepSheetBuilder builder =
            new PrepSheetBuilder(
                    RebuttalDataLoader.loadPatternCatalogue(),
                    new LawPoints(
                            CitationLoader.loadBuiltIn(),
                            RebuttalDataLoader.loadStateCriteriaLookup()),
                    new ReferenceData().dimensionNames());

    /**
     * A long rationale of the kind some reviewers paste from a template: the same few reasons
     * stated again and again in other words, and whole sentences repeated.
     */
    static final String LONG_RATIONALE =
            String.join(
                    " ",
                    "Clinical information was reviewed with the attending provider's notes from 11/02 through 11/12.",
                    "The member has been in the intensive outpatient program since late October.",
                    "The member is not at imminent risk of harm to self or others.",
                    "Acute symptoms have resolved and the member is stable.",
                    "The member can be managed at a lower level of care.",
                    "There is no evidence of imminent danger to self.",
                    "The member's symptoms have stabilized.",
                    "Outpatient therapy with medication management is sufficient to meet the member's needs.",
                    "The member is not at imminent risk of harm to self or others.",
                    "Continued IOP is not medically necessary.",
                    "The member does not present with acute risk of suicide.",
                    "Acute symptoms have resolved and the member is stable.",
                    "A less intensive level of care, such as weekly outpatient therapy, would be appropriate.",
                    "The member has shown progress and no longer requires this level of care.",
                    "The member is not at imminent risk of harm to self or others.",
                    "Continued stay criteria are not met.",
                    "Services can be provided at a lower level of care.",
                    "The member's mood is stable per the notes.",
                    "Continued IOP is not medically necessary.",
                    "The member can be managed at a lower level of care.",
                    "The member denies suicidal ideation with intent or plan and is not at imminent risk.",
                    "The member no longer requires this level of care.",
                    "Acute symptoms have resolved and the member is stable.",
                    "Continued IOP is not medically necessary.",
                    "Outpatient therapy is sufficient.",
                    "The member is not at imminent risk of harm to self or others.",
                    "Continued stay criteria are not met.",
                    "The member can be managed at a lower level of care.");

    private static CaseFile erisa() throws Exception {
        return new CaseJson().read(SampleCases.text(SampleCases.ALL.get(0))).caseFile();
    }

    /**
     * The ERISA sample with its analysis thrown away and the long rationale analysed afresh, as on
     * import.
     */
    private static CaseFile withLongRationale() throws Exception {
        CaseFile c = erisa();
        Denial d = c.currentDenial().orElseThrow();
        Denial longer =
                new Denial(
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
                        LONG_RATIONALE,
                        d.endDateRequested());
        CaseFile fresh =
                c.withDenials(List.of(longer)).withStatements(List.of()).withRebuttal(List.of());
        return ANALYSIS.analyseUnanalysed(fresh, NOW.toLocalDate());
    }

    private PrepSheet sheet(CaseFile c) {
        return builder.build(c, NOW, ZoneId.of("America/Los_Angeles"));
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The claim a statement makes, as the analyzer recognises it: its first pattern, else its
     * words.
     */
    private static String claimOf(String statement) {
        List<PatternMatch> m = ANALYZER.recognise(statement);
        return m.isEmpty() ? "words:" + words(statement) : m.get(0).patternId();
    }

    @Test
    void aLongRationaleRepeatingItsReasonsGivesOneObjectionPerClaim() throws Exception {
        CaseFile c = withLongRationale();
        assertThat(c.statements()).hasSizeGreaterThan(25);

        List<PrepSheet.Objection> objections = sheet(c).objections();

        assertThat(objections).extracting(o -> claimOf(o.claim())).doesNotHaveDuplicates();
        assertThat(objections).extracting(o -> words(o.claim())).doesNotHaveDuplicates();
        assertThat(objections.size()).isLessThanOrEqualTo(8);
        // Each distinct wording of a merged claim is kept with it, none twice.
        assertThat(objections).anySatisfy(o -> assertThat(o.alsoSaid()).isNotEmpty());
        for (PrepSheet.Objection o : objections) {
            List<String> all = new ArrayList<>(o.alsoSaid());
            all.add(o.claim());
            assertThat(all).extracting(ObjectionAnswersTest::words).doesNotHaveDuplicates();
            assertThat(o.alsoSaid())
                    .allSatisfy(q -> assertThat(claimOf(q)).isEqualTo(claimOf(o.claim())));
        }
    }

    @Test
    void noAnswerRestatesTheObjection() throws Exception {
        for (CaseFile c :
                List.of(
                        withLongRationale(),
                        withLongRationale()
                                .withStatements(
                                        withLongRationale().statements().stream()
                                                .map(StatementMapping::confirm)
                                                .toList()))) {
            for (PrepSheet.Objection o : sheet(c).objections()) {
                assertThat(o.answer())
                        .doesNotContainIgnoringCase("The reviewer's statement implies")
                        .doesNotContainIgnoringCase("reviewer's position");
                assertThat(words(o.answer())).doesNotContain(words(o.claim()));
                o.alsoSaid().forEach(q -> assertThat(words(o.answer())).doesNotContain(words(q)));
            }
        }
    }

    @Test
    void aClinicianAnswerCopiedFromTheDraftLosesTheRestatement() throws Exception {
        CaseFile c = withLongRationale();
        List<RebuttalRow> rows =
                c.rebuttal().stream()
                        .map(r -> r.suggestion().isEmpty() ? r : r.withAnswer(r.suggestion()))
                        .toList();
        assertThat(rows)
                .anySatisfy(
                        r -> assertThat(r.answer()).startsWith("The reviewer's statement implies"));

        for (PrepSheet.Objection o : sheet(c.withRebuttal(rows)).objections()) {
            assertThat(o.answer()).doesNotContainIgnoringCase("The reviewer's statement implies");
            assertThat(words(o.answer())).doesNotContain(words(o.claim()));
        }
    }

    /**
     * What a cited rating, history entry, risk assessment, measure or placement looks like in an
     * answer.
     */
    private static final Pattern CITES =
            Pattern.compile(
                    "rated \\d of \\d|Tried first: |Crisis care: "
                            + "|Higher level before: |Risk assessment| on \\d\\d/\\d\\d/\\d{4}: |PHQ-9|C-SSRS|GAD-7|CIWA|COWS");

    @Test
    void everyAnswerCitesTheRatingHistoryOrEvidenceItRestsOn() throws Exception {
        CaseFile c = withLongRationale();
        List<PrepSheet.Objection> objections = sheet(c).objections();
        assertThat(objections)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.answer()).containsPattern(CITES));

        PrepSheet sample = sheet(erisa());
        assertThat(sample.objections())
                .allSatisfy(o -> assertThat(o.answer()).containsPattern(CITES));
        // The lower-level claim is answered from the treatment history the clinician entered.
        assertThat(objections)
                .filteredOn(o -> claimOf(o.claim()).equals("lower-level-sufficient"))
                .singleElement()
                .satisfies(
                        o ->
                                assertThat(o.answer())
                                        .contains("Tried first: outpatient therapy")
                                        .doesNotContain("intensive outpatient (iop)"));
        // The risk claim is answered from the Risk of Harm rating and the risk assessment.
        assertThat(objections)
                .filteredOn(o -> claimOf(o.claim()).equals("no-imminent-risk"))
                .singleElement()
                .satisfies(
                        o ->
                                assertThat(o.answer())
                                        .contains("Risk of Harm rated 3 of 5")
                                        .contains(
                                                "Risk assessment (11/13/2026): suicide moderate"));
    }

    @Test
    void noAnswerCitesTheSameRatingTwice() throws Exception {
        Pattern rating = Pattern.compile("([A-Z][A-Za-z ,:-]+?) rated \\d of \\d");
        for (CaseFile c : List.of(withLongRationale(), erisa())) {
            for (PrepSheet.Objection o : sheet(c).objections()) {
                Matcher m = rating.matcher(o.answer());
                List<String> named = new ArrayList<>();
                while (m.find()) {
                    named.add(m.group(1));
                }
                assertThat(named).as(o.answer()).doesNotHaveDuplicates();
                assertThat(o.answer().split("rated \\d of \\d", -1).length - 1)
                        .isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void aLowRatingIsNeverOfferedAsSupport() throws Exception {
        CaseFile c = withLongRationale();
        // IV-B Level of Support is rated 2 of 5 in the sample: the lower half of the scale.
        assertThat(sheet(c).objections())
                .allSatisfy(
                        o ->
                                assertThat(o.answer())
                                        .doesNotContain("rated 2 of 5")
                                        .doesNotContain("rated 1 of 5"));
        assertThat(LocalDate.of(2026, 11, 18)).isEqualTo(NOW.toLocalDate());
    }

    private static List<CaseFile> samples() throws Exception {
        List<CaseFile> out = new ArrayList<>();
        for (SampleCases.Sample name : SampleCases.ALL) {
            out.add(new CaseJson().read(SampleCases.text(name)).caseFile());
        }
        return out;
    }

    @Test
    void noTwoObjectionsOnASheetGetTheSameAnswerAndNoAnswerCitesOneThingTwice() throws Exception {
        List<CaseFile> cases = new ArrayList<>(samples());
        cases.add(withLongRationale());
        for (CaseFile c : cases) {
            List<PrepSheet.Objection> objections = sheet(c).objections();
            assertThat(objections)
                    .extracting(PrepSheet.Objection::answer)
                    .as(c.patient().name())
                    .doesNotHaveDuplicates();
            for (PrepSheet.Objection o : objections) {
                // Each sentence of an answer says something the others do not.
                List<String> sentences = List.of(o.answer().split("(?<=[.])\\s+(?=[A-Z])"));
                assertThat(sentences).as(o.answer()).doesNotHaveDuplicates();
                assertThat(o.answer())
                        .as(c.patient().name())
                        .doesNotContain("Rests on")
                        .doesNotContainIgnoringCase("the reviewer's statement implies");
            }
        }
    }

    @Test
    void aStatementThatOnlyNamesTheIntensiveOutpatientProgramIsNotAnsweredWithTheLowerLevelsTried()
            throws Exception {
        CaseFile sud = samples().get(1);
        assertThat(sheet(sud).objections())
                .filteredOn(o -> o.claim().contains("is denied"))
                .singleElement()
                .satisfies(o -> assertThat(o.answer()).doesNotContain("Tried first"));
    }
}
