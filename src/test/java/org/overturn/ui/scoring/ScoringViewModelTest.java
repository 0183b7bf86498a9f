package org.overturn.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.app.AppContext;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.AsamResult;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.GridAgreement;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxToolkit;

/**
 * The Scoring view model on a real case store, off the FX thread (the toolkit only carries
 * save-state updates).
 */
class ScoringViewModelTest {

    private static final Instruments INSTRUMENTS = new Instruments(new ReferenceData()::instrument);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir Path dir;
    private AppContext ctx;
    private Preferences prefs;

    @BeforeAll
    static void toolkit() throws Exception {
        // Started the way TestFX does, so UI tests that run later in the same JVM find the toolkit
        // as they expect.
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    private WorkspaceViewModel workspace(Optional<LocalDate> dob, Optional<LevelOfCare> level)
            throws Exception {
        Clock clock =
                Clock.fixed(
                        TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault());
        CoreServices core = CoreServices.open(new AppPaths(dir), clock);
        prefs = Preferences.userRoot().node("org/overturn/test/" + UUID.randomUUID());
        ctx = new AppContext(core, prefs, 60_000);
        CaseFile c = CaseFile.newCase(new Patient("Test Patient", dob, "", "", ""));
        if (level.isPresent()) {
            c = c.withDenial(Denial.blank(DenialType.CONCURRENT, level.get()));
        }
        CaseFile stored = core.cases().create(c);
        return new WorkspaceViewModel(CaseSession.of(ctx), stored, List.of());
    }

    @Test
    void theFirstAssessmentsRaterIsTheClinicianWhoSignsForTheCase() throws Exception {
        WorkspaceViewModel w =
                workspace(
                        Optional.of(LocalDate.of(1990, 1, 5)),
                        Optional.of(LevelOfCare.IOP_MENTAL_HEALTH));
        w.edit(c -> c.withPacket(c.packet().withSigner(Optional.of(PacketFixtures.signer()))));
        ScoringViewModel vm = new ScoringViewModel(w, INSTRUMENTS);
        assertThat(vm.newRater.get()).isEqualTo(PacketFixtures.signer().signatureName());
    }

    private ScoringViewModel adult() throws Exception {
        return new ScoringViewModel(
                workspace(
                        Optional.of(LocalDate.of(1990, 1, 5)),
                        Optional.of(LevelOfCare.IOP_MENTAL_HEALTH)),
                INSTRUMENTS);
    }

    private static void rateAll(ScoringViewModel vm, int... ratings) {
        for (int r : ratings) {
            assertThat(vm.rate(String.valueOf(r))).isTrue();
            vm.next();
        }
    }

    @Test
    void anAdultIsOfferedLocusDatedToday() throws Exception {
        ScoringViewModel vm = adult();
        assertThat(vm.suggestedInstruments()).containsExactly(Instrument.LOCUS);
        assertThat(vm.newInstrument.get()).isEqualTo(Instrument.LOCUS);
        assertThat(vm.newDate.get()).isEqualTo("11/20/2026");
        assertThat(vm.selected()).isEmpty();
    }

    @Test
    void aTwelveYearOldIsOfferedCalocusAndASubstanceUseCaseAsam() throws Exception {
        ScoringViewModel child =
                new ScoringViewModel(
                        workspace(Optional.of(LocalDate.of(2014, 6, 1)), Optional.empty()),
                        INSTRUMENTS);
        assertThat(child.newInstrument.get()).isEqualTo(Instrument.CALOCUS);
        ctx.close();
        ScoringViewModel sud =
                new ScoringViewModel(
                        workspace(
                                Optional.of(LocalDate.of(1980, 1, 1)),
                                Optional.of(LevelOfCare.IOP_SUBSTANCE_USE)),
                        INSTRUMENTS);
        assertThat(sud.newInstrument.get()).isEqualTo(Instrument.ASAM);
    }

    @Test
    void aCoOccurringCaseIsToldItNeedsBothAndWhichIsMissing() throws Exception {
        ScoringViewModel vm =
                new ScoringViewModel(
                        workspace(
                                Optional.of(LocalDate.of(1985, 2, 2)),
                                Optional.of(LevelOfCare.IOP_CO_OCCURRING)),
                        INSTRUMENTS);
        assertThat(vm.suggestedInstruments()).containsExactly(Instrument.ASAM, Instrument.LOCUS);
        assertThat(vm.suggestionProperty().get())
                .contains("needs both")
                .contains("Not yet in this case: ASAM Criteria, LOCUS");

        vm.newInstrument.set(Instrument.ASAM);
        vm.create();

        assertThat(vm.suggestionProperty().get())
                .contains("Not yet in this case: LOCUS")
                .doesNotContain("ASAM Criteria,");
        assertThat(vm.newInstrument.get())
                .as("the default stays what the user picked")
                .isEqualTo(Instrument.ASAM);
    }

    @Test
    void eachRatingIsSavedAsItIsMadeAndTheLevelAppearsOnceAllAreRated() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.of(LocalDate.of(1990, 1, 5)), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.newRater.set("Dr. A");
        Assessment a = vm.create().orElseThrow();

        rateAll(vm, 3, 3, 2, 3, 2);
        assertThat(ws.caseFile().assessments().get(0).ratings()).hasSize(5);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.stepProperty().get()).isEqualTo(5);

        rateAll(vm, 3, 2);

        Assessment stored = ws.caseFile().assessments().get(0);
        assertThat(stored.id()).isEqualTo(a.id());
        assertThat(stored.rater()).isEqualTo("Dr. A");
        assertThat(stored.unrated()).isEmpty();
        LocusResult r = (LocusResult) vm.resultProperty().get();
        assertThat(r.composite()).isEqualTo(18);
        assertThat(r.levelName()).startsWith("Level 3");
        assertThat(r.iopFit()).isEqualTo(IopFit.SUPPORTS_IOP);
        assertThat(LevelSummary.computed(stored)).startsWith("Level 3");
    }

    @Test
    void aDigitOutsideTheScaleIsNotARating() throws Exception {
        ScoringViewModel vm = adult();
        vm.create();
        assertThat(vm.rate("0")).isFalse();
        assertThat(vm.rate("6")).isFalse();
        assertThat(vm.currentRatingProperty().get()).isEmpty();
        vm.newInstrument.set(Instrument.ASAM);
        vm.create();
        assertThat(vm.rate("0")).isTrue();
    }

    @Test
    void nextFromTheLastStepGoesToTheFirstUnratedDimension() throws Exception {
        ScoringViewModel vm = adult();
        vm.create();
        vm.goTo(6);
        vm.rate("2");
        assertThat(vm.next()).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(0);
        rateAll(vm, 2, 2, 2, 2, 2, 2);
        assertThat(vm.next()).as("everything is rated").isFalse();
        assertThat(vm.back()).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(5);
    }

    @Test
    void theEvidenceNoteIsKeptWithItsRatingAndABadDateKeepsTheLastGoodOne() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.of(LocalDate.of(1990, 1, 5)), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.create();
        vm.rate("3");
        vm.evidence.set("PHQ-9 of 16 on 11/12; passive wishes to be dead, no plan.");
        vm.evidenceDate.set("11/12/2026");
        vm.evidenceDate.set("02/30/2026");
        assertThat(vm.checkEvidenceDate(vm.evidenceDate.get())).isPresent();
        vm.rate("4");

        var r = ws.caseFile().assessments().get(0).rating("locus.I").orElseThrow();
        assertThat(r.value()).isEqualTo("4");
        assertThat(r.evidence())
                .isEqualTo("PHQ-9 of 16 on 11/12; passive wishes to be dead, no plan.");
        assertThat(r.evidenceDate()).contains(LocalDate.of(2026, 11, 12));
        assertThat(vm.evidenceDate.get()).as("the typed text stays").isEqualTo("02/30/2026");

        vm.next();
        assertThat(vm.evidence.get()).isEmpty();
        vm.back();
        assertThat(vm.evidence.get()).startsWith("PHQ-9 of 16");
        assertThat(vm.evidenceDate.get()).isEqualTo("11/12/2026");
    }

    @Test
    void anOverrideIsStoredOnlyWithAReasonAndBothShowWhereTheLevelDoes() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.of(LocalDate.of(1990, 1, 5)), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.create();
        rateAll(vm, 2, 2, 2, 2, 2, 2, 2);
        assertThat(vm.resultProperty().get().iopFit()).isEqualTo(IopFit.BELOW_IOP);

        vm.overrideLevel.set("3");
        assertThat(vm.checkReason(vm.varianceReason.get())).isPresent();
        assertThat(ws.caseFile().assessments().get(0).overrideLevel()).isEmpty();

        vm.varianceReason.set("Two ED visits this month; step-down failed in 2025.");
        Assessment a = ws.caseFile().assessments().get(0);
        assertThat(vm.checkReason(vm.varianceReason.get())).isEmpty();
        assertThat(a.overrideLevel()).contains("3");
        assertThat(a.varianceReason())
                .isEqualTo("Two ED visits this month; step-down failed in 2025.");
        assertThat(LevelSummary.computed(a)).startsWith("Level 2");
        assertThat(LevelSummary.override(a))
                .startsWith("Level 3")
                .contains("Two ED visits this month");

        vm.overrideLevel.set(null);
        assertThat(ws.caseFile().assessments().get(0).overrideLevel()).isEmpty();
        assertThat(vm.checkReason(vm.varianceReason.get())).isEmpty();
    }

    @Test
    void calocusRecordsTheLicensedGridLevelAndWhetherItAgrees() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.of(LocalDate.of(2012, 3, 3)), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.create();
        rateAll(vm, 3, 3, 2, 3, 2, 3, 2, 2);
        CalocusResult r = (CalocusResult) vm.resultProperty().get();
        assertThat(r.agreement()).isEqualTo(GridAgreement.NOT_RECORDED);

        vm.licensedGridLevel.set("4");

        assertThat(ws.caseFile().assessments().get(0).licensedGridLevel()).contains("4");
        assertThat(((CalocusResult) vm.resultProperty().get()).agreement())
                .isEqualTo(GridAgreement.DIFFERS);
    }

    @Test
    void asamKeepsTheInsurersEditionAndIsNeverSummedInTheCharts() throws Exception {
        WorkspaceViewModel ws =
                workspace(
                        Optional.of(LocalDate.of(1980, 1, 1)),
                        Optional.of(LevelOfCare.IOP_SUBSTANCE_USE));
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.create();
        rateAll(vm, 1, 1, 2, 2, 3, 2);
        vm.insurerEdition.set(AsamEdition.FOURTH);

        Assessment a = ws.caseFile().assessments().get(0);
        assertThat(a.insurerAsamEdition()).contains(AsamEdition.FOURTH);
        AsamResult r = (AsamResult) vm.resultProperty().get();
        assertThat(r.supportsIop()).isTrue();
        assertThat(r.reasons()).anyMatch(s -> s.contains("4th edition"));
        assertThat(ScoringCharts.hasComposite(Instrument.ASAM)).isFalse();
        assertThat(ScoringCharts.perDimension(vm.assessments(), Instrument.ASAM, INSTRUMENTS))
                .hasSize(6)
                .allMatch(s -> s.points().size() == 1);
        assertThat(ScoringCharts.bars(a, INSTRUMENTS))
                .extracting(ScoringCharts.Bar::value)
                .containsExactly(1, 1, 2, 2, 3, 2);
    }

    @Test
    void theTrajectoryShowsTheCompositeOfEachFullyRatedAssessmentInDateOrder() throws Exception {
        ScoringViewModel vm = adult();
        vm.newDate.set("11/12/2026");
        vm.create();
        rateAll(vm, 3, 3, 2, 3, 2, 2, 2);
        vm.newDate.set("10/30/2026");
        vm.create();
        rateAll(vm, 3, 3, 2, 3, 2, 3, 2);
        vm.newDate.set("11/19/2026");
        vm.create();
        vm.rate("1");

        ScoringCharts.Series s = ScoringCharts.composite(vm.assessments(), Instrument.LOCUS, "c");

        assertThat(s.points())
                .extracting(ScoringCharts.Point::x)
                .containsExactly("10/30/2026", "11/12/2026");
        assertThat(s.points()).extracting(ScoringCharts.Point::y).containsExactly(18, 17);
        assertThat(ScoringCharts.dates(vm.assessments(), Instrument.LOCUS)).hasSize(3);
        assertThat(vm.assessments()).extracting(Assessment::date).isSorted();
    }

    @Test
    void aDateInTheFutureOrMissingIsRefusedAndNothingIsCreated() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.empty(), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.newDate.set("12/01/2026");
        assertThat(vm.checkAssessmentDate(vm.newDate.get())).get().asString().contains("future");
        assertThat(vm.create()).isEmpty();
        vm.newDate.set("");
        assertThat(vm.create()).isEmpty();
        assertThat(ws.caseFile().assessments()).isEmpty();
    }

    @Test
    void changingTheDateOfTheSelectedAssessmentKeepsTheLastGoodDate() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.empty(), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.create();
        vm.date.set("11/18/2026");
        vm.date.set("11/31/2026");
        vm.rater.set("R. Kim, LCSW");
        Assessment a = ws.caseFile().assessments().get(0);
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(a.rater()).isEqualTo("R. Kim, LCSW");
    }

    @Test
    void removingAnAssessmentCanBeUndoneAndTheScreenFollows() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.empty(), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.newDate.set("11/01/2026");
        Assessment first = vm.create().orElseThrow();
        vm.newDate.set("11/10/2026");
        Assessment second = vm.create().orElseThrow();
        vm.rate("4");

        vm.removeSelected();

        assertThat(ws.caseFile().assessments())
                .extracting(Assessment::id)
                .containsExactly(first.id());
        assertThat(vm.selected().map(Assessment::id)).contains(first.id());
        assertThat(ws.undoLabelProperty().get())
                .contains("Assessment removed")
                .contains("11/10/2026");

        ws.undo();

        assertThat(ws.caseFile().assessments())
                .extracting(Assessment::id)
                .containsExactly(first.id(), second.id());
        assertThat(ws.caseFile().assessments().get(1).rating("locus.I").orElseThrow().value())
                .isEqualTo("4");
    }

    @Test
    void theOverviewLineNamesTheInstrumentDateRaterAndLevel() throws Exception {
        WorkspaceViewModel ws = workspace(Optional.empty(), Optional.empty());
        ScoringViewModel vm = new ScoringViewModel(ws, INSTRUMENTS);
        vm.newRater.set("Dr. B");
        vm.create();
        rateAll(vm, 3, 3, 2, 3, 2, 3, 2);
        Assessment a = LevelSummary.latestPerInstrument(ws.caseFile()).get(0);
        assertThat(LevelSummary.headline(a))
                .isEqualTo(
                        "LOCUS v20, 11/20/2026 by Dr. B: Level 3: High Intensity"
                                + " Community Based Services");
    }
}
