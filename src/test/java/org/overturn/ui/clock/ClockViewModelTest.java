package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.ui.clock.Workspaces.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.Guarantee;
import org.overturn.domain.deadlines.Party;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.persistence.CitationLoader;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

class ClockViewModelTest {

    @TempDir Path dir;

    @AfterEach
    void closeWorkspaces() throws Exception {
        Workspaces.closeAll();
    }

    private ClockViewModel open(CaseFile c) throws Exception {
        return new ClockViewModel(Workspaces.open(dir, c));
    }

    private static Optional<Deadline> find(ClockViewModel vm, DeadlineId id) {
        return vm.view().open().stream().filter(d -> d.id() == id).findFirst();
    }

    @Test
    void theNextDeadlineSaysHowLongIsLeftWhatHappensIfMissedAndThatACallPausesNothing()
            throws Exception {
        ClockViewModel vm = open(ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));

        ClockViewModel.View v = vm.view();

        assertThat(v.state()).isEqualTo(ClockViewModel.State.COMPUTED);
        assertThat(v.next()).map(Deadline::id).contains(DeadlineId.APPEAL_FILE_BY);
        assertThat(v.next()).map(Deadline::dueDate).contains(LocalDate.of(2027, 5, 1));
        assertThat(v.summary().orElseThrow().timeLeft()).isEqualTo("156 days left");
        assertThat(v.summary().orElseThrow().ifMissed()).contains("late appeal");
        assertThat(v.cautions()).contains(CaseClock.P2P_WARNING);
        assertThat(v.notes())
                .as("the engine's own peer-to-peer line is not shown twice")
                .noneMatch(n -> n.contains("peer-to-peer call"));
    }

    @Test
    void enteringTheAppealFiledDateSavesItAndTheDecisionDeadlineFollowsAtOnce() throws Exception {
        ClockViewModel vm = open(ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        assertThat(find(vm, DeadlineId.APPEAL_DECISION_DUE)).isEmpty();

        vm.appealFiled.set("11/20/2026");

        assertThat(find(vm, DeadlineId.APPEAL_DECISION_DUE))
                .map(Deadline::dueDate)
                .as("pre-service: 30 days after filing")
                .contains(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aRefusedDateSaysWhyAtTheFieldAndKeepsTheLastGoodValue() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        ClockViewModel vm = new ClockViewModel(w);
        vm.appealFiled.set("11/20/2026");

        vm.finalDenial.set("11/10/2026");
        assertThat(vm.checkFinalDenial(vm.finalDenial.get()))
                .get()
                .asString()
                .contains("11/20/2026");
        assertThat(w.caseFile().clock().finalDenial()).isEmpty();

        vm.appealFiled.set("12/01/2026");
        assertThat(vm.checkAppealFiled("12/01/2026")).get().asString().contains("future");
        assertThat(vm.checkAppealFiled("10/30/2026"))
                .get()
                .asString()
                .contains("before the denial (11/02/2026)");
        assertThat(vm.checkAppealFiled("02/30/2026")).isPresent();
        assertThat(w.caseFile().clock().appealFiled()).contains(LocalDate.of(2026, 11, 20));
        assertThat(vm.appealFiled.get()).as("the typed text stays").isEqualTo("12/01/2026");
    }

    @Test
    void aPeerToPeerWindowInHoursAddsTheRequestDeadlineToTheClock() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 25)));
        ClockViewModel vm = new ClockViewModel(w);

        vm.p2pUnit.set(PeerToPeerWindow.Unit.HOURS);
        vm.p2pAmount.set("48");

        assertThat(w.caseFile().clock().p2pWindow()).contains(PeerToPeerWindow.hours(48));
        assertThat(vm.view().next()).map(Deadline::id).contains(DeadlineId.P2P_REQUEST_BY);
        assertThat(vm.checkP2pAmount("2000")).isPresent();
        vm.p2pAmount.set("");
        assertThat(w.caseFile().clock().p2pWindow()).isEmpty();
    }

    @Test
    void planTypeOtherComputesNothingAndSaysWhy() throws Exception {
        ClockViewModel vm =
                open(
                        ClockCases.of(
                                "A",
                                PlanType.OTHER,
                                DenialType.PRE_SERVICE,
                                TODAY,
                                CaseStatus.DENIED));

        assertThat(vm.view().state()).isEqualTo(ClockViewModel.State.NOT_COMPUTED);
        assertThat(vm.view().problem()).isEqualTo(DeadlineCalculator.OTHER_REASON);
        assertThat(vm.view().open()).isEmpty();
        assertThat(vm.view().cautions()).doesNotContain(DeadlineCalculator.OTHER_REASON);
    }

    @Test
    void withoutPlanTypeOrDenialDateTheClockSaysWhatToEnter() throws Exception {
        ClockViewModel noPlan = open(CaseFile.newCase(Patient.named("A")));
        assertThat(noPlan.view().state()).isEqualTo(ClockViewModel.State.NEEDS_PLAN_TYPE);

        WorkspaceViewModel w = noPlanButType();
        assertThat(new ClockViewModel(w).view().state())
                .isEqualTo(ClockViewModel.State.NEEDS_DENIAL_DATE);
    }

    private WorkspaceViewModel noPlanButType() throws Exception {
        CaseFile c = ClockCases.erisa("A", TODAY);
        return Workspaces.open(
                dir.resolve("second"),
                c.withDenials(
                        List.of(
                                Denial.blank(
                                        DenialType.PRE_SERVICE, LevelOfCare.IOP_MENTAL_HEALTH))));
    }

    @Test
    void anEditFromElsewhereSuchAsUndoRefillsTheFields() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        ClockViewModel vm = new ClockViewModel(w);

        w.edit(c -> c.withClock(ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 12, 3))));

        assertThat(vm.lastCoveredDay.get()).isEqualTo("12/03/2026");
        assertThat(vm.appealFiled.get()).isEmpty();
    }

    // ---- issue 12: the facts after the denial, and the order the deadlines bite
    // -----------------------------

    /** A continued-stay denial marked urgent, as a concurrent IOP denial mid-treatment is. */
    private static CaseFile urgentConcurrent(PlanType plan, LocalDate notice) {
        CaseFile c = ClockCases.of("A", plan, DenialType.CONCURRENT, notice, CaseStatus.DENIED);
        Denial b = c.denials().get(0);
        Denial urgent =
                new Denial(
                        b.id(),
                        b.noticeDate(),
                        Optional.empty(),
                        Optional.empty(),
                        DenialType.CONCURRENT,
                        true,
                        b.levelOfCare(),
                        List.of(),
                        List.of(),
                        b.criteriaSet(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        b.unitKind(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        return c.withDenials(List.of(urgent));
    }

    @Test
    void editingOneDateKeepsEveryOtherFactTheClockHolds() throws Exception {
        ClockFacts facts =
                ClockFacts.none()
                        .withAppealFiled(LocalDate.of(2026, 11, 5), Optional.empty())
                        .withFinalDenial(LocalDate.of(2026, 11, 12), DecisionLevel.EXTERNAL)
                        .withExtensionRequestedAt(LocalDateTime.of(2026, 11, 3, 9, 0))
                        .withDecisionExtended(true)
                        .withStateHearingDays(Optional.of(100))
                        .withSuitBy(Optional.of(LocalDate.of(2027, 11, 12)));
        WorkspaceViewModel w =
                Workspaces.open(
                        dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)).withClock(facts));
        ClockViewModel vm = new ClockViewModel(w);
        assertThat(vm.finalDenialLevel.get()).isEqualTo(DecisionLevel.EXTERNAL);
        assertThat(vm.extensionRequested.get()).isEqualTo("11/03/2026");
        assertThat(vm.extensionRequestedTime.get()).isEqualTo("09:00");
        assertThat(vm.suitBy.get()).isEqualTo("11/12/2027");

        vm.lastCoveredDay.set("11/20/2026");

        assertThat(w.caseFile().clock())
                .isEqualTo(facts.withLastCoveredDay(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void theRowsRunInTheOrderTheyBiteWithAPassedOneLastSayingWhatCanStillBeDone() throws Exception {
        // ERISA continued stay, notice 2 Nov; the last covered day (20 Nov) has passed by 26 Nov.
        ClockViewModel vm =
                open(
                        ClockCases.of(
                                        "A",
                                        PlanType.ERISA_SELF_FUNDED,
                                        DenialType.CONCURRENT,
                                        LocalDate.of(2026, 11, 2),
                                        CaseStatus.DENIED)
                                .withClock(
                                        ClockFacts.none()
                                                .withLastCoveredDay(LocalDate.of(2026, 11, 20))));

        List<ClockViewModel.Row> rows = vm.rows();

        // Ahead first; then the passed ones, most recent first: the cut (20 Nov), then appealing
        // before it.
        assertThat(rows)
                .extracting(r -> r.deadline().id())
                .containsExactly(
                        DeadlineId.APPEAL_FILE_BY,
                        DeadlineId.LAST_COVERED_DAY,
                        DeadlineId.CONTINUED_BENEFITS_BY);
        assertThat(rows.get(0).passed()).isFalse();
        assertThat(rows.get(0).consequence()).contains("late appeal");
        assertThat(rows.get(1).passed()).isTrue();
        assertThat(rows.get(1).consequence())
                .contains("Care from 11/21/2026 on is unpaid unless the denial is reversed");
        assertThat(rows.get(2).passed()).isTrue();
    }

    @Test
    void anUrgentExtensionRequestNeedsItsHourAndThenDatesThePlansTwentyFourHours()
            throws Exception {
        // Asked on Mon 23 Nov at 14:00, care approved through 30 Nov: decided by Tue 24 Nov 14:00.
        WorkspaceViewModel w =
                Workspaces.open(
                        dir,
                        urgentConcurrent(PlanType.ERISA_INSURED, LocalDate.of(2026, 11, 20))
                                .withClock(
                                        ClockFacts.none()
                                                .withLastCoveredDay(LocalDate.of(2026, 11, 30))));
        ClockViewModel vm = new ClockViewModel(w);
        assertThat(vm.asksExtensionRequestProperty().get()).isTrue();
        assertThat(vm.asksStateHearingDaysProperty().get()).isFalse();

        vm.extensionRequested.set("11/23/2026");
        assertThat(vm.checkExtensionRequestedTime(""))
                .get()
                .asString()
                .contains("24 hours run from it");
        assertThat(w.caseFile().clock().extensionRequestedAt())
                .as("nothing saved without the hour")
                .isEmpty();

        vm.extensionRequestedTime.set("14:00");

        assertThat(w.caseFile().clock().extensionRequestedAt())
                .contains(LocalDateTime.of(2026, 11, 23, 14, 0));
        assertThat(find(vm, DeadlineId.EXPEDITED_DECISION_DUE))
                .flatMap(Deadline::dueAt)
                .contains(LocalDateTime.of(2026, 11, 24, 14, 0));
        assertThat(vm.checkExtensionRequested("12/01/2026")).get().asString().contains("future");
    }

    @Test
    void theStatesHearingWindowIsCheckedAgainstThePlanTypesFederalLimits() throws Exception {
        WorkspaceViewModel mco =
                Workspaces.open(
                        dir,
                        ClockCases.of(
                                "A",
                                PlanType.MEDICAID_MCO,
                                DenialType.PRE_SERVICE,
                                LocalDate.of(2026, 11, 2),
                                CaseStatus.DENIED));
        ClockViewModel vm = new ClockViewModel(mco);
        assertThat(vm.asksStateHearingDaysProperty().get()).isTrue();
        assertThat(vm.asksDecisionExtendedProperty().get()).isTrue();
        assertThat(vm.asksSuitByProperty().get()).isFalse();

        vm.stateHearingDays.set("60");
        assertThat(vm.checkStateHearingDays("60")).get().asString().contains("90 to 120");
        assertThat(mco.caseFile().clock().stateHearingDays()).isEmpty();
        vm.stateHearingDays.set("120");
        assertThat(mco.caseFile().clock().stateHearingDays()).contains(120);

        ClockViewModel ffs =
                new ClockViewModel(
                        Workspaces.open(
                                dir.resolve("ffs"),
                                ClockCases.of(
                                        "B",
                                        PlanType.MEDICAID_FFS,
                                        DenialType.PRE_SERVICE,
                                        LocalDate.of(2026, 11, 2),
                                        CaseStatus.DENIED)));
        assertThat(ffs.checkStateHearingDays("100")).get().asString().contains("1 to 90");
        assertThat(ffs.checkStateHearingDays("30")).isEmpty();
        assertThat(ffs.checkStateHearingDays("x")).isPresent();
    }

    @Test
    void theLevelOfTheFinalDenialBringsTheStepAfterIt() throws Exception {
        // Medicare Advantage: the IRE upheld the denial on 10 Nov; an ALJ hearing is asked within
        // 60 days (9 Jan).
        WorkspaceViewModel w =
                Workspaces.open(
                        dir,
                        ClockCases.of(
                                "A",
                                PlanType.MEDICARE_ADVANTAGE,
                                DenialType.PRE_SERVICE,
                                LocalDate.of(2026, 9, 1),
                                CaseStatus.EXTERNAL_REVIEW));
        ClockViewModel vm = new ClockViewModel(w);
        vm.appealFiled.set("09/10/2026");
        vm.finalDenial.set("11/10/2026");
        assertThat(find(vm, DeadlineId.ALJ_HEARING_FILE_BY)).isEmpty();

        vm.finalDenialLevel.set(DecisionLevel.EXTERNAL);

        assertThat(w.caseFile().clock().finalDenialLevel()).isEqualTo(DecisionLevel.EXTERNAL);
        assertThat(find(vm, DeadlineId.ALJ_HEARING_FILE_BY))
                .map(Deadline::dueDate)
                .contains(LocalDate.of(2027, 1, 9));
    }

    private static Deadline deadline(
            DeadlineId id, Optional<String> citation, Guarantee guarantee, Party owner) {
        return new Deadline(
                id, "Label", TODAY, Optional.empty(), "Rule.", citation, guarantee, owner, "");
    }

    @Test
    void aRowSaysWhoActsAndTheLastCoveredDayIsWhenCoverageEnds() {
        assertThat(
                        new ClockViewModel.Row(
                                        deadline(
                                                DeadlineId.APPEAL_FILE_BY,
                                                Optional.empty(),
                                                Guarantee.EXACT,
                                                Party.YOU),
                                        false,
                                        "")
                                .party())
                .isEqualTo(Messages.get("clock.party.you"));
        assertThat(
                        new ClockViewModel.Row(
                                        deadline(
                                                DeadlineId.APPEAL_FILE_BY,
                                                Optional.empty(),
                                                Guarantee.EXACT,
                                                Party.REVIEWER),
                                        false,
                                        "")
                                .party())
                .isEqualTo(Messages.get("clock.party.reviewer"));
        assertThat(
                        new ClockViewModel.Row(
                                        deadline(
                                                DeadlineId.LAST_COVERED_DAY,
                                                Optional.empty(),
                                                Guarantee.EXACT,
                                                Party.PLAN),
                                        false,
                                        "")
                                .party())
                .isEqualTo(Messages.get("clock.party.coverage"));
    }

    @Test
    void aRowsLinesSayWhatMissingItMeansItsBasisAndHowFirmTheDateIs() {
        CitationTitles citations = new CitationTitles(CitationLoader::loadBuiltIn);
        ClockViewModel.Row cited =
                new ClockViewModel.Row(
                        deadline(
                                DeadlineId.APPEAL_FILE_BY,
                                Optional.of("some-citation"),
                                Guarantee.MINIMUM,
                                Party.YOU),
                        false,
                        "a late appeal");
        assertThat(cited.consequenceLine())
                .isEqualTo(Messages.format("clock.row.ifMissed", "a late appeal"));
        assertThat(cited.basis(citations))
                .isEqualTo(Messages.format("clock.basis", citations.describe("some-citation")));
        assertThat(cited.guarantee())
                .isEqualTo(
                        Messages.format(
                                "clock.guarantee.minimum", Guarantee.MINIMUM.explanation()));

        ClockViewModel.Row passed =
                new ClockViewModel.Row(
                        deadline(
                                DeadlineId.LAST_COVERED_DAY,
                                Optional.empty(),
                                Guarantee.EXACT,
                                Party.PLAN),
                        true,
                        "ask for continued coverage");
        assertThat(passed.consequenceLine())
                .isEqualTo(Messages.format("clock.row.passed", "ask for continued coverage"));
        assertThat(passed.basis(citations))
                .isEqualTo(Messages.format("clock.basis", Messages.get("clock.basis.approval")));
        assertThat(passed.guarantee()).isEmpty();

        ClockViewModel.Row plansOwn =
                new ClockViewModel.Row(
                        deadline(
                                DeadlineId.APPEAL_FILE_BY,
                                Optional.empty(),
                                Guarantee.TYPICAL,
                                Party.PLAN),
                        false,
                        "");
        assertThat(plansOwn.basis(citations))
                .isEqualTo(Messages.format("clock.basis", Messages.get("clock.basis.planOwn")));
        assertThat(plansOwn.guarantee())
                .isEqualTo(
                        Messages.format(
                                "clock.guarantee.typical", Guarantee.TYPICAL.explanation()));
    }

    @Test
    void theCardsStateLineSaysWhyThereIsNoClockOrThatNothingIsOpen() {
        assertThat(view(ClockViewModel.State.NEEDS_PLAN_TYPE, "").stateMessage())
                .isEqualTo(Messages.get("clock.needsPlanType"));
        assertThat(view(ClockViewModel.State.NEEDS_DENIAL_DATE, "").stateMessage())
                .isEqualTo(Messages.get("clock.needsDenialDate"));
        assertThat(view(ClockViewModel.State.DATES_DISAGREE, "a before b").stateMessage())
                .isEqualTo(Messages.format("clock.datesDisagree", "a before b"));
        assertThat(view(ClockViewModel.State.NOT_COMPUTED, "Why not.").stateMessage())
                .isEqualTo("Why not.");
        assertThat(view(ClockViewModel.State.COMPUTED, "").stateMessage())
                .isEqualTo(Messages.get("clock.noneOpen"));
    }

    @Test
    void withOpenDeadlinesTheCardsStateLineIsEmpty() throws Exception {
        ClockViewModel vm = open(ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        assertThat(vm.view().open()).isNotEmpty();
        assertThat(vm.view().stateMessage()).isEmpty();
    }

    private static ClockViewModel.View view(ClockViewModel.State state, String problem) {
        return new ClockViewModel.View(state, Optional.empty(), List.of(), List.of(), problem);
    }
}
