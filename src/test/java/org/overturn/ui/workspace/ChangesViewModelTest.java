package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.CaseHistory.Entry;
import org.overturn.domain.store.CaseHistory.Kind;
import org.overturn.domain.store.DocumentStore;
import org.overturn.ui.common.Background;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.OpenCases;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Timeline's changes by people (issue 18), without the FX toolkit: rows in the person's zone
 * with the sections by name, read only while shown and again when the case changes; nothing on the
 * local store.
 */
class ChangesViewModelTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant AT = Instant.parse("2026-11-26T15:04:00Z");

    /** A shared store's history in memory, counting its reads. */
    private static final class Recorded implements CaseHistory {
        final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger reads = new AtomicInteger();
        volatile RuntimeException failure;

        @Override
        public boolean kept() {
            return true;
        }

        @Override
        public List<Entry> of(long caseId, int newest) {
            reads.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            synchronized (entries) {
                return List.copyOf(entries.subList(0, Math.min(newest, entries.size())));
            }
        }
    }

    private final Background background = new Background(Runnable::run);
    private WorkspaceViewModel workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.flush();
        }
        background.close();
    }

    private ChangesViewModel open(CaseHistory history) {
        OpenCases.MemoryCases cases = new OpenCases.MemoryCases();
        CaseSession session =
                new CaseSession(
                        background,
                        cases,
                        new OpenCases.MemoryPayers(),
                        history,
                        OpenCases.CLOCK,
                        5,
                        Runnable::run);
        workspace = new WorkspaceViewModel(session, cases.create(OpenCases.newCase()), List.of());
        return new ChangesViewModel(workspace);
    }

    private static Entry changed(String login, String... sections) {
        return new Entry(AT, login, Kind.CASE_CHANGED, List.of(sections), Optional.empty());
    }

    @Test
    void aRowShowsTheTimeInThePersonsZoneTheLoginAndTheSectionsByName() {
        ChangesViewModel.Row r =
                ChangesViewModel.row(changed("alice", "Status", "Patient"), NEW_YORK);
        assertThat(r)
                .isEqualTo(
                        new ChangesViewModel.Row(
                                "11/26/2026 10:04", "alice", "Changed Status, Patient"));
        assertThat(ChangesViewModel.row(changed("bob"), ZoneId.of("UTC")).when())
                .isEqualTo("11/26/2026 15:04");
    }

    @Test
    void eachKindOfChangeIsSaidInWords() {
        assertThat(ChangesViewModel.what(changed("a")))
                .isEqualTo("Saved the case (no section changed)");
        assertThat(
                        ChangesViewModel.what(
                                new Entry(
                                        AT,
                                        "a",
                                        Kind.CASE_ADDED,
                                        List.of("Status"),
                                        Optional.empty())))
                .isEqualTo("Added the case");
        assertThat(
                        ChangesViewModel.what(
                                new Entry(AT, "a", Kind.CASE_DELETED, List.of(), Optional.empty())))
                .isEqualTo("Deleted the case");
        assertThat(
                        ChangesViewModel.what(
                                new Entry(
                                        AT,
                                        "a",
                                        Kind.DOCUMENT_ADDED,
                                        List.of(),
                                        Optional.of(DocumentStore.Role.ENCLOSURE))))
                .isEqualTo("Added an enclosure");
        assertThat(
                        ChangesViewModel.what(
                                new Entry(
                                        AT,
                                        "a",
                                        Kind.DOCUMENT_REMOVED,
                                        List.of(),
                                        Optional.of(DocumentStore.Role.SUBMISSION))))
                .isEqualTo("Removed the copy of a packet sent");
        for (Kind k : Kind.values()) {
            assertThat(ChangesViewModel.what(new Entry(AT, "a", k, List.of(), Optional.empty())))
                    .as(k.name())
                    .isNotBlank();
        }
    }

    @Test
    void theLocalStoreOffersNoChangesAndReadsNothing() {
        ChangesViewModel vm = open(CaseHistory.NONE);
        assertThat(vm.available()).isFalse();
        vm.showingProperty().set(true);
        vm.reload();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void readWhenShownAndAgainWhenTheCaseChangesButNotWhileHidden() throws Exception {
        Recorded history = new Recorded();
        history.entries.add(changed("alice", "Status"));
        ChangesViewModel vm = open(history);
        assertThat(vm.available()).isTrue();
        Thread.sleep(100);
        assertThat(history.reads.get()).as("nothing read while not shown").isZero();

        vm.showingProperty().set(true);
        waitUntil(() -> vm.rows().size() == 1);
        assertThat(vm.rows().get(0).who()).isEqualTo("alice");
        assertThat(vm.placeholderProperty().get())
                .isEqualTo("Nobody has changed this case in the shared store yet.");

        // A save here: the audit has a new row, and the section shows it.
        history.entries.add(0, changed("bob", "Status"));
        workspace.edit(c -> c.withStatus(CaseStatus.APPEAL_FILED));
        workspace.flush();
        waitUntil(() -> vm.rows().size() == 2);
        assertThat(vm.rows().get(0).who()).isEqualTo("bob");

        // The save and the case's change each ask for a read; let the one queued behind the other
        // finish before hiding the view.
        int settled;
        do {
            settled = history.reads.get();
            Thread.sleep(150);
        } while (history.reads.get() != settled);
        vm.showingProperty().set(false);
        int before = history.reads.get();
        workspace.edit(c -> c.withStatus(CaseStatus.CLOSED));
        workspace.flush();
        Thread.sleep(100);
        assertThat(history.reads.get()).isEqualTo(before);
    }

    @Test
    void aFailedReadSaysWhyAndOnlyTheNewestAreShown() throws Exception {
        Recorded history = new Recorded();
        history.failure = new IllegalStateException("the server went away");
        ChangesViewModel vm = open(history);
        vm.showingProperty().set(true);
        waitUntil(() -> vm.placeholderProperty().get().contains("the server went away"));
        assertThat(vm.rows()).isEmpty();

        history.failure = null;
        for (int i = 0; i < ChangesViewModel.SHOWN + 3; i++) {
            history.entries.add(changed("login" + i, "Status"));
        }
        vm.reload();
        waitUntil(() -> vm.rows().size() == ChangesViewModel.SHOWN);
        assertThat(vm.summaryProperty().get()).isEqualTo("The newest 500 changes.");
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
