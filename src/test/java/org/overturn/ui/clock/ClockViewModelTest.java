package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.overturn.ui.clock.Workspaces.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.ui.workspace.WorkspaceViewModel;

class ClockViewModelTest {

    @TempDir Path dir;

    @org.junit.jupiter.api.AfterEach
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
    void theNextDeadlineSaysHowLongIsLeftWhatHappensIfMissedAndThatACallPausesNothing() throws Exception {
        ClockViewModel vm = open(ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));

        ClockViewModel.View v = vm.view();

        assertThat(v.state()).isEqualTo(ClockViewModel.State.COMPUTED);
        assertThat(v.next()).map(Deadline::id).contains(DeadlineId.APPEAL_FILE_BY);
        assertThat(v.next()).map(Deadline::dueDate).contains(LocalDate.of(2027, 5, 1));
        assertThat(v.summary().orElseThrow().timeLeft()).isEqualTo("156 days left");
        assertThat(v.summary().orElseThrow().ifMissed()).contains("late appeal");
        assertThat(v.cautions()).contains(CaseClock.P2P_WARNING);
        assertThat(v.notes()).as("the engine's own peer-to-peer line is not shown twice")
                .noneMatch(n -> n.contains("peer-to-peer call"));
    }

    @Test
    void enteringTheAppealFiledDateSavesItAndTheDecisionDeadlineFollowsAtOnce() throws Exception {
        ClockViewModel vm = open(ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        assertThat(find(vm, DeadlineId.APPEAL_DECISION_DUE)).isEmpty();

        vm.appealFiled.set("11/20/2026");

        assertThat(find(vm, DeadlineId.APPEAL_DECISION_DUE)).map(Deadline::dueDate)
                .as("pre-service: 30 days after filing").contains(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aRefusedDateSaysWhyAtTheFieldAndKeepsTheLastGoodValue() throws Exception {
        WorkspaceViewModel w = Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        ClockViewModel vm = new ClockViewModel(w);
        vm.appealFiled.set("11/20/2026");

        vm.finalDenial.set("11/10/2026");
        assertThat(vm.checkFinalDenial(vm.finalDenial.get())).get().asString().contains("11/20/2026");
        assertThat(w.caseFile().clock().finalDenial()).isEmpty();

        vm.appealFiled.set("12/01/2026");
        assertThat(vm.checkAppealFiled("12/01/2026")).get().asString().contains("future");
        assertThat(vm.checkAppealFiled("10/30/2026")).get().asString().contains("before the denial (11/02/2026)");
        assertThat(vm.checkAppealFiled("02/30/2026")).isPresent();
        assertThat(w.caseFile().clock().appealFiled()).contains(LocalDate.of(2026, 11, 20));
        assertThat(vm.appealFiled.get()).as("the typed text stays").isEqualTo("12/01/2026");
    }

    @Test
    void aPeerToPeerWindowInHoursAddsTheRequestDeadlineToTheClock() throws Exception {
        WorkspaceViewModel w = Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 25)));
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
        ClockViewModel vm = open(ClockCases.of("A", PlanType.OTHER, DenialType.PRE_SERVICE, TODAY, CaseStatus.DENIED));

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
        assertThat(new ClockViewModel(w).view().state()).isEqualTo(ClockViewModel.State.NEEDS_DENIAL_DATE);
    }

    private WorkspaceViewModel noPlanButType() throws Exception {
        CaseFile c = ClockCases.erisa("A", TODAY);
        return Workspaces.open(dir.resolve("second"), c.withDenials(java.util.List.of(
                org.overturn.domain.cases.Denial.blank(DenialType.PRE_SERVICE,
                        org.overturn.domain.cases.LevelOfCare.IOP_MENTAL_HEALTH))));
    }

    @Test
    void anEditFromElsewhereSuchAsUndoRefillsTheFields() throws Exception {
        WorkspaceViewModel w = Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        ClockViewModel vm = new ClockViewModel(w);

        w.edit(c -> c.withClock(ClockFacts.none().withLastCoveredDay(LocalDate.of(2026, 12, 3))));

        assertThat(vm.lastCoveredDay.get()).isEqualTo("12/03/2026");
        assertThat(vm.appealFiled.get()).isEmpty();
    }
}
