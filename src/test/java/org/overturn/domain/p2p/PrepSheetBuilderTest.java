package org.overturn.domain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.core.ReferenceData;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.UnitKind;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.DenialTextAnalyzer;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.RebuttalDataLoader;
import org.overturn.persistence.json.CaseJson;

class PrepSheetBuilderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 18, 9, 0);
    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();

    private final PrepSheetBuilder builder =
            new PrepSheetBuilder(
                    RebuttalDataLoader.loadPatternCatalogue(),
                    new LawPoints(LIBRARY, RebuttalDataLoader.loadStateCriteriaLookup()),
                    new ReferenceData().dimensionNames());

    private static CaseFile sample(int i) throws Exception {
        return new CaseJson().read(SampleCases.text(SampleCases.ALL.get(i))).caseFile();
    }

    private static Assessment locus(LocalDate on, int... r) {
        Assessment a = Assessment.start(Instrument.LOCUS, on, "Dr. R");
        List<String> ids = Instrument.LOCUS.dimensionIds();
        for (int i = 0; i < ids.size(); i++) {
            a = a.withRating(DimensionRating.of(ids.get(i), r[i], "note " + i, on));
        }
        return a;
    }

    @Test
    void theAskNamesUnitsLevelHoursAndStartDate() {
        Denial d = Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH);
        d =
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
                        "",
                        "",
                        "",
                        "",
                        "",
                        UnitKind.DAYS,
                        Optional.of(15),
                        Optional.of(12),
                        Optional.of(new BigDecimal("9.0")),
                        Optional.of(LocalDate.of(2026, 11, 17)),
                        Optional.empty(),
                        "");
        assertThat(PrepSheetBuilder.ask(Optional.of(d)))
                .isEqualTo(
                        "Continue 12 days of IOP, mental health at 9 hours a week from November 17, 2026.");
        assertThat(PrepSheetBuilder.ask(Optional.empty()))
                .isEqualTo("Authorize the requested level of care.");
        Denial pre =
                new Denial(
                        d.id(),
                        d.noticeDate(),
                        d.receivedAt(),
                        d.receivedBy(),
                        DenialType.PRE_SERVICE,
                        d.urgent(),
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        d.criteriaSet(),
                        d.criteriaVersion(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        UnitKind.DAYS,
                        Optional.of(15),
                        Optional.of(12),
                        Optional.empty(),
                        Optional.of(LocalDate.of(2026, 11, 17)),
                        Optional.empty(),
                        "");
        assertThat(PrepSheetBuilder.ask(Optional.of(pre)))
                .startsWith("Authorize 12 days")
                .doesNotContain("Reinstate");
        Denial claim =
                new Denial(
                        d.id(),
                        d.noticeDate(),
                        d.receivedAt(),
                        d.receivedBy(),
                        DenialType.POST_SERVICE,
                        false,
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        d.criteriaSet(),
                        d.criteriaVersion(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        UnitKind.DAYS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(LocalDate.of(2026, 8, 23)),
                        Optional.empty(),
                        "",
                        Optional.of(LocalDate.of(2026, 9, 12)));
        assertThat(PrepSheetBuilder.ask(Optional.of(claim)))
                .isEqualTo(
                        "Reprocess and pay the claim for IOP, mental health from August 23, 2026 to September 12, 2026.");
    }

    @Test
    void theArgumentComesFromTheLatestCompleteAssessmentOnly() throws Exception {
        CaseFile c =
                sample(0)
                        .withAssessments(
                                List.of(
                                        locus(LocalDate.of(2026, 11, 1), 2, 2, 2, 2, 2, 2, 2),
                                        locus(LocalDate.of(2026, 11, 15), 3, 3, 2, 3, 2, 3, 2),
                                        Assessment.start(
                                                Instrument.LOCUS,
                                                LocalDate.of(2026, 11, 17),
                                                "half done")));
        PrepSheet s = builder.build(c, NOW, ZoneId.of("America/Los_Angeles"));
        assertThat(s.dimensions()).hasSize(7);
        assertThat(s.dimensions().get(0).label()).endsWith(": 3");
        assertThat(s.dimensions().get(0).text()).isEqualTo("note 0 (11/15/2026)");
        assertThat(s.summary())
                .contains("35-year-old")
                .contains("LOCUS on November 15, 2026")
                .contains("Concurrent review")
                .contains("no longer needs this level of care");
    }

    @Test
    void objectionsComeFromConfirmedStatementsWithTheClinicianAnswer() throws Exception {
        CaseFile c = sample(0);
        var analyzer = new DenialTextAnalyzer(RebuttalDataLoader.loadPatternCatalogue());
        List<StatementMapping> mappings =
                analyzer.propose(c.currentDenial().orElseThrow().rationale()).stream()
                        .map(StatementMapping::confirm)
                        .toList();
        StatementMapping first =
                mappings.stream().filter(m -> !m.patternIds().isEmpty()).findFirst().orElseThrow();
        RebuttalRow row =
                RebuttalRow.typed("r1", "imminent risk", List.of("locus.I"))
                        .withAnswer(
                                "She attempted suicide five weeks ago and still has daily ideation. More follows.");
        row =
                new RebuttalRow(
                        row.id(),
                        row.criterion(),
                        Optional.of(first.statement().id()),
                        row.dimensionIds(),
                        row.reviewerPosition(),
                        row.gap(),
                        row.answer(),
                        row.suggestion());
        PrepSheet s =
                builder.build(
                        c.withStatements(mappings).withRebuttal(List.of(row)),
                        NOW,
                        ZoneId.systemDefault());
        assertThat(s.objections())
                .extracting(PrepSheet.Objection::claim)
                .contains(first.statement().text());
        assertThat(s.objections())
                .anySatisfy(
                        o ->
                                assertThat(o.answer())
                                        .startsWith(
                                                "She attempted suicide five weeks ago and still has daily ideation. LOCUS I Risk of Harm")
                                        .doesNotContain("More follows")
                                        .doesNotContain("Rests on"));
    }

    @Test
    void withoutStatementsTheDenialReasonsAreTheObjections() throws Exception {
        PrepSheet s =
                builder.build(sample(1).withStatements(List.of()), NOW, ZoneId.systemDefault());
        assertThat(s.objections())
                .extracting(PrepSheet.Objection::claim)
                .contains("Does not meet admission criteria", "Outpatient therapy is sufficient");
    }

    @Test
    void lowerLevelsTriedAndTheRiskComeFromTheClinicalPicture() throws Exception {
        CaseFile c = sample(1);
        c =
                c.withClinical(
                        c.clinical()
                                .withDiagnoses(
                                        List.of(
                                                Diagnosis.substanceUse(
                                                        "F10.20", "Alcohol use disorder", 7)))
                                .withHistory(
                                        List.of(
                                                new TreatmentEpisode(
                                                        "e1",
                                                        CareSetting.OUTPATIENT_THERAPY,
                                                        Optional.of(LocalDate.of(2025, 1, 6)),
                                                        Optional.of(LocalDate.of(2025, 6, 30)),
                                                        EpisodeOutcome.RELAPSED,
                                                        "relapsed within two weeks",
                                                        "",
                                                        "")))
                                .withIfCareStops(
                                        "Likely return to daily drinking and withdrawal seizures."));
        PrepSheet s = builder.build(c, NOW, ZoneId.systemDefault());
        assertThat(s.lowerLevels())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.label())
                                    .isEqualTo("Outpatient therapy, 01/06/2025–06/30/2025");
                            assertThat(p.text())
                                    .isEqualTo("Relapsed after care; relapsed within two weeks");
                        });
        assertThat(s.riskIfStops()).contains("withdrawal seizures");
        assertThat(s.summary()).contains("Alcohol use disorder (F10.20), severe");
    }

    @Test
    void everyLawPointCitesALibraryEntryThatReachesThePlanAndIsVerified() throws Exception {
        for (int i = 0; i < 2; i++) {
            CaseFile c = sample(i);
            PrepSheet s = builder.build(c, NOW, ZoneId.systemDefault());
            for (PrepSheet.Point p : s.lawPoints()) {
                var citation = LIBRARY.get(p.citationId().orElseThrow());
                assertThat(citation.appliesTo(c.plan().planType().orElseThrow(), NOW.toLocalDate()))
                        .isTrue();
                assertThat(citation.citableByDefault()).isTrue();
            }
        }
    }

    @Test
    void deadlinesStillOpenAreListedWithTheReminderThatTheCallPausesNone() throws Exception {
        PrepSheet s = builder.build(sample(1), NOW, ZoneId.systemDefault());
        assertThat(s.deadlines()).isNotEmpty();
        assertThat(s.deadlines()).allSatisfy(p -> assertThat(p.text()).doesNotContain("overdue"));
        assertThat(s.deadlineReminder()).contains("does not pause");
        assertThat(s.questions()).anySatisfy(q -> assertThat(q).contains("board-certified"));
    }

    @Test
    void aPassedLastCoveredDayStaysOnTheSheetAfterTheDeadlinesStillAhead() throws Exception {
        CaseFile erisa = sample(0);
        PrepSheet s =
                builder.build(
                        erisa,
                        LocalDateTime.of(2026, 11, 18, 9, 0),
                        ZoneId.of("America/Los_Angeles"));
        assertThat(s.deadlines())
                .extracting(PrepSheet.Point::label)
                .last()
                .isEqualTo("Passed: Last covered day");
        assertThat(s.deadlines())
                .last()
                .satisfies(p -> assertThat(p.text()).contains("Now: Care from 11/15/2026"));
    }

    @Test
    void anAuthorizationEndingTomorrowLeadsWithTheContinuationAndExpeditedDates() throws Exception {
        CaseFile c = sample(0);
        Denial d = c.currentDenial().orElseThrow();
        Denial cut =
                new Denial(
                        d.id(),
                        Optional.of(LocalDate.of(2026, 12, 1)),
                        Optional.empty(),
                        d.receivedBy(),
                        d.denialType(),
                        true,
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
                        Optional.of(LocalDate.of(2026, 12, 4)),
                        d.billedAmount(),
                        d.rationale(),
                        d.endDateRequested());
        c =
                c.withDenials(List.of(cut))
                        .withAuthorizations(
                                List.of(
                                        AuthorizationPeriod.of(
                                                LocalDate.of(2026, 11, 1),
                                                LocalDate.of(2026, 12, 10))))
                        .withClock(ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 12, 3)));
        // Before the appeal is filed: appealing before the cut is what keeps the approved care
        // going.
        PrepSheet before =
                builder.build(
                        c, LocalDateTime.of(2026, 12, 2, 9, 0), ZoneId.of("America/Los_Angeles"));
        assertThat(before.deadlines())
                .extracting(PrepSheet.Point::label)
                .startsWith(
                        "Last covered day",
                        "Appeal before the cut takes effect",
                        "File the internal appeal");
        assertThat(before.deadlines().get(1).text())
                .startsWith("Thu 3 Dec 2026")
                .contains("If missed");

        // Filed at 08:30 the same day: the continuation is met, and the plan's 72 hours lead after
        // the cut.
        c =
                c.withClock(
                        c.clock()
                                .withAppealFiled(
                                        LocalDate.of(2026, 12, 2),
                                        Optional.of(LocalTime.of(8, 30))));
        PrepSheet s =
                builder.build(
                        c, LocalDateTime.of(2026, 12, 2, 9, 0), ZoneId.of("America/Los_Angeles"));
        assertThat(s.deadlines())
                .extracting(PrepSheet.Point::label)
                .startsWith("Last covered day", "Expedited appeal decision due")
                .doesNotContain("Appeal before the cut takes effect");
        assertThat(s.deadlines().get(1).text())
                .startsWith("Sat 5 Dec 2026, 08:30")
                .contains("If missed");
    }

    @Test
    void lowerLevelsTriedLeaveOutTheCurrentEpisodeAndEveryLevelAsIntensiveAsTheOneDenied()
            throws Exception {
        PrepSheet mh = builder.build(sample(0), NOW, ZoneId.systemDefault());
        assertThat(mh.lowerLevels())
                .extracting(PrepSheet.Point::label)
                .noneMatch(l -> l.contains("Intensive outpatient (IOP)"))
                .anyMatch(l -> l.startsWith("Outpatient therapy"))
                .anyMatch(l -> l.startsWith("Emergency department"));

        PrepSheet sud = builder.build(sample(1), NOW, ZoneId.systemDefault());
        List<String> labels = sud.lowerLevels().stream().map(PrepSheet.Point::label).toList();
        assertThat(labels)
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("Outpatient therapy"));
        assertThat(labels).noneMatch(l -> l.contains("Residential") || l.contains("Withdrawal"));
    }
}
