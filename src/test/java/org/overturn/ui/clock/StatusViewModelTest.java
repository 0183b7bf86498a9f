package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.StatusWorkflow;
import org.overturn.ui.opencase.WorkspaceViewModel;

class StatusViewModelTest {

    @TempDir Path dir;

    @AfterEach
    void closeWorkspaces() throws Exception {
        Workspaces.closeAll();
    }

    @Test
    void onlyTheMovesTheWorkflowAllowsAreOffered() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        StatusViewModel vm = new StatusViewModel(w);

        assertThat(vm.allowed())
                .containsExactly(
                        CaseStatus.APPEAL_DRAFTED,
                        CaseStatus.P2P_REQUESTED,
                        CaseStatus.APPEAL_FILED,
                        CaseStatus.CLOSED);

        w.edit(c -> c.withStatus(CaseStatus.CLOSED));
        assertThat(vm.allowed()).containsExactly(CaseStatus.DENIED);
    }

    @Test
    void aMoveIsRecordedOnTheTimelineWithItsDateFillsTheClockAndCanBeUndone() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        StatusViewModel vm = new StatusViewModel(w);

        vm.target.set(CaseStatus.APPEAL_FILED);
        vm.date.set("11/24/2026");
        vm.note.set("Faxed with the records");
        assertThat(vm.apply()).isTrue();

        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.APPEAL_FILED);
        TimelineEvent e = w.caseFile().timeline().get(w.caseFile().timeline().size() - 1);
        assertThat(e.kind()).isEqualTo(EventKind.STATUS);
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(e.title())
                .isEqualTo(StatusWorkflow.eventTitle(CaseStatus.DENIED, CaseStatus.APPEAL_FILED));
        assertThat(e.note()).isEqualTo("Faxed with the records");
        assertThat(w.caseFile().clock().appealFiled()).contains(LocalDate.of(2026, 11, 24));
        assertThat(vm.allowed())
                .containsExactly(CaseStatus.P2P_REQUESTED, CaseStatus.DECIDED, CaseStatus.CLOSED);
        assertThat(w.canUndoProperty().get()).isTrue();

        w.undo();

        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.DENIED);
        assertThat(w.caseFile().timeline()).isEmpty();
        assertThat(w.caseFile().clock().appealFiled()).isEmpty();
    }

    @Test
    void aDateInTheFutureOrBeforeTheDenialIsRefusedAndNothingChanges() throws Exception {
        WorkspaceViewModel w =
                Workspaces.open(dir, ClockCases.erisa("A", LocalDate.of(2026, 11, 2)));
        StatusViewModel vm = new StatusViewModel(w);
        vm.target.set(CaseStatus.APPEAL_FILED);

        for (String bad : new String[] {"11/27/2026", "11/01/2026", "", "13/01/2026"}) {
            vm.date.set(bad);
            assertThat(vm.checkDate(bad)).as(bad).isPresent();
            assertThat(vm.apply()).isFalse();
        }

        assertThat(w.caseFile().status()).isEqualTo(CaseStatus.DENIED);
        assertThat(w.caseFile().timeline()).isEmpty();
    }
}
