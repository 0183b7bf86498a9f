package org.overturn.ui.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.ui.opencase.OpenCases;

/**
 * The call log's form over a plain in-memory store (issue 16, item 2): no SQLite, no FX toolkit.
 */
class CallLogViewModelTest {

    @Test
    void aCallIsSavedWithItsTimelineEntryAndTheFormStartsAgain() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            CallLogViewModel vm = new CallLogViewModel(o.workspace());
            assertThat(vm.date.get()).isEqualTo("11/26/2026");
            vm.date.set("11/25/2026");
            vm.time.set("14:30");
            vm.reviewerName.set("Dr. Reviewer");
            vm.outcome.set(CallOutcome.UPHELD);
            vm.addPointsMade(List.of("PHQ-9 of 18 on 11/20"));

            assertThat(vm.save()).isTrue();

            var saved = o.saved();
            assertThat(saved.calls())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.at())
                                        .isEqualTo(LocalDateTime.of(2026, 11, 25, 14, 30));
                                assertThat(c.reviewer()).isEqualTo("Dr. Reviewer");
                                assertThat(c.notes()).contains("PHQ-9 of 18 on 11/20");
                            });
            assertThat(saved.timeline())
                    .anyMatch(e -> e.id().equals(saved.calls().get(0).timelineEvent().id()));
            assertThat(vm.reviewerName.get()).isEmpty();
            assertThat(vm.date.get()).isEqualTo("11/26/2026");
        }
    }

    @Test
    void aFutureDateOrABadTimeSavesNothing() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            CallLogViewModel vm = new CallLogViewModel(o.workspace());
            vm.date.set("11/27/2026");
            assertThat(vm.checkDate(vm.date.get())).isPresent();
            assertThat(vm.save()).isFalse();
            vm.date.set("11/25/2026");
            vm.time.set("25:99");
            assertThat(vm.save()).isFalse();
            assertThat(o.saved().calls()).isEmpty();
            assertThat(o.cases().updates).hasValue(0);
        }
    }

    @Test
    void removingACallTakesItsTimelineEntryAndCanBeUndone() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            CallLogViewModel vm = new CallLogViewModel(o.workspace());
            vm.reviewerName.set("Dr. Reviewer");
            vm.save();
            var call = o.workspace().caseFile().calls().get(0);
            vm.remove(call);
            assertThat(o.workspace().caseFile().calls()).isEmpty();
            assertThat(o.workspace().caseFile().timeline())
                    .noneMatch(e -> e.id().equals(call.timelineEvent().id()));
            o.workspace().undo();
            assertThat(o.saved().calls()).hasSize(1);
        }
    }
}
