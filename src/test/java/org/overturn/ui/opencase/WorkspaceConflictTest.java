package org.overturn.ui.opencase;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.store.CaseHistory;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.SharedStore;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.persistence.shared.SharedStoreSchema;
import org.overturn.ui.common.AutoSaver;
import org.overturn.ui.common.Background;

/**
 * Two clinicians on one case in the shared store (issue 18): the second save is refused and held,
 * nothing typed is lost, and the person's choice (keep mine, take theirs, keep as a new case) is
 * carried out; a change made elsewhere shows at once when nothing here is unsaved. A real
 * PostgreSQL server, the real store; no FX toolkit.
 */
@Tag("postgres")
class WorkspaceConflictTest {

    private static PgServer server;
    private static int databases;

    private SharedStore aliceStore;
    private SharedStore bobStore;
    private SharedStore ritaStore;
    private PostgresCaseStore alice;
    private PostgresCaseStore bob;
    private PostgresCaseStore rita;
    private Background background;
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        String first = server.newDatabase("conflict_roles");
        try (Connection c = server.owner(first)) {
            SharedStoreSchema.init(c);
        }
        server.user("ws_alice", "alice-pw-1", "overturn_admin");
        server.user("ws_bob", "bob-pw-1", "overturn_clinician");
        server.user("ws_rita", "rita-pw-1", "overturn_reviewer");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void stores() throws Exception {
        String db = server.newDatabase("conflict_" + ++databases);
        try (Connection c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        SharedStoreLocation at = SharedStoreLocation.parse(server.uri(db));
        aliceStore = SharedStore.open(at, "ws_alice", "alice-pw-1", true, Optional.empty());
        bobStore = SharedStore.open(at, "ws_bob", "bob-pw-1", true, Optional.empty());
        ritaStore = SharedStore.open(at, "ws_rita", "rita-pw-1", true, Optional.empty());
        alice = new PostgresCaseStore(aliceStore.connections(), new CaseJson(), OpenCases.CLOCK);
        bob = new PostgresCaseStore(bobStore.connections(), new CaseJson(), OpenCases.CLOCK);
        rita = new PostgresCaseStore(ritaStore.connections(), new CaseJson(), OpenCases.CLOCK);
        background = new Background(Runnable::run);
    }

    @AfterEach
    void close() {
        background.close();
        aliceStore.close();
        bobStore.close();
        ritaStore.close();
    }

    /** Bob's workspace on the case, saving through his own store. */
    private WorkspaceViewModel bobOpens(long id) {
        return opens(bob, id);
    }

    private WorkspaceViewModel opens(PostgresCaseStore store, long id) {
        CaseSession session =
                new CaseSession(
                        background,
                        store,
                        new OpenCases.MemoryPayers(),
                        CaseHistory.NONE,
                        OpenCases.CLOCK,
                        5,
                        Runnable::run);
        return new WorkspaceViewModel(session, store.find(id).orElseThrow(), List.of());
    }

    private static CaseFile renamed(CaseFile c, String name) {
        Patient p = c.patient();
        return c.withPatient(
                new Patient(name, p.dateOfBirth(), p.memberId(), p.groupNumber(), p.state()));
    }

    @Test
    void theSecondSaveIsRefusedHeldAndKeptAndKeepMineSavesItOverTheirs() throws Exception {
        long id = alice.create(OpenCases.newCase()).id().orElseThrow();
        WorkspaceViewModel w = bobOpens(id);

        // Alice saves first; then Bob's edit reaches the store.
        CaseFile theirs = alice.find(id).orElseThrow().withStatus(CaseStatus.APPEAL_FILED);
        alice.update(theirs);
        w.edit(c -> renamed(c, "Bob's spelling"));
        waitUntil(() -> w.conflictProperty().get() != null);

        WorkspaceViewModel.Conflict conflict = w.conflictProperty().get();
        assertThat(conflict.sections()).containsExactly("Status", "Patient");
        assertThat(conflict.theirs().orElseThrow().status()).isEqualTo(CaseStatus.APPEAL_FILED);
        assertThat(w.saveStateProperty().get()).isEqualTo(AutoSaver.State.FAILED);
        assertThat(w.saveErrorProperty().get()).contains("saved by someone else");
        // Held, not retried: the stored case is still Alice's, and Bob's edit is still here.
        Thread.sleep(1_200);
        assertThat(alice.find(id).orElseThrow()).isEqualTo(theirs);
        assertThat(w.caseFile().patient().name()).isEqualTo("Bob's spelling");
        // An edit made meanwhile waits with it.
        w.edit(c -> renamed(c, "Bob's second spelling"));

        w.keepMine(failures::add);
        waitUntil(() -> w.saveStateProperty().get() == AutoSaver.State.SAVED);
        assertThat(failures).isEmpty();
        assertThat(w.conflictProperty().get()).isNull();
        CaseFile stored = alice.find(id).orElseThrow();
        assertThat(stored.patient().name()).isEqualTo("Bob's second spelling");
        assertThat(stored.status()).isEqualTo(OpenCases.newCase().status());
    }

    @Test
    void takeTheirsShowsTheirsAndUndoBringsMineBackAndSavesIt() throws Exception {
        long id = alice.create(OpenCases.newCase()).id().orElseThrow();
        WorkspaceViewModel w = bobOpens(id);
        CaseFile theirs = alice.find(id).orElseThrow().withStatus(CaseStatus.APPEAL_FILED);
        alice.update(theirs);
        w.edit(c -> renamed(c, "Bob's spelling"));
        waitUntil(() -> w.conflictProperty().get() != null);

        w.takeTheirs(failures::add);
        waitUntil(() -> w.conflictProperty().get() == null);
        assertThat(w.caseFile()).isEqualTo(theirs);
        assertThat(w.canUndoProperty().get()).isTrue();
        assertThat(alice.find(id).orElseThrow()).isEqualTo(theirs);

        w.undo();
        waitUntil(() -> w.saveStateProperty().get() == AutoSaver.State.SAVED);
        assertThat(failures).isEmpty();
        assertThat(alice.find(id).orElseThrow().patient().name()).isEqualTo("Bob's spelling");
    }

    @Test
    void aCaseDeletedElsewhereCanBeKeptAsANewCase() throws Exception {
        long id = alice.create(OpenCases.newCase()).id().orElseThrow();
        WorkspaceViewModel w = bobOpens(id);
        List<CaseFile> replaced = new CopyOnWriteArrayList<>();
        w.setReplacedHandler(replaced::add);
        assertThat(alice.delete(id)).isTrue();
        w.edit(c -> renamed(c, "Bob's spelling"));
        waitUntil(() -> w.conflictProperty().get() != null);
        assertThat(w.conflictProperty().get().theirs()).isEmpty();

        w.keepMine(failures::add);
        waitUntil(() -> !replaced.isEmpty());
        assertThat(failures).isEmpty();
        long newId = w.caseId();
        assertThat(newId).isNotEqualTo(id);
        assertThat(alice.find(newId).orElseThrow().patient().name()).isEqualTo("Bob's spelling");
        assertThat(alice.find(id)).isEmpty();
        // Saving goes on under the new number.
        w.edit(c -> c.withStatus(CaseStatus.APPEAL_FILED));
        w.flush();
        assertThat(alice.find(newId).orElseThrow().status()).isEqualTo(CaseStatus.APPEAL_FILED);
    }

    @Test
    void aChangeElsewhereShowsAtOnceWhenNothingHereIsUnsaved() throws Exception {
        long id = alice.create(OpenCases.newCase()).id().orElseThrow();
        WorkspaceViewModel w = bobOpens(id);
        CaseFile theirs = alice.find(id).orElseThrow().withStatus(CaseStatus.APPEAL_FILED);
        alice.update(theirs);

        w.changedElsewhere();
        waitUntil(() -> w.caseFile().equals(theirs));
        assertThat(w.conflictProperty().get()).isNull();
        // Bob's next save goes over the version he now has: no conflict.
        w.edit(c -> renamed(c, "Bob's spelling"));
        w.flush();
        assertThat(w.saveStateProperty().get()).isEqualTo(AutoSaver.State.SAVED);
        assertThat(alice.find(id).orElseThrow().status()).isEqualTo(CaseStatus.APPEAL_FILED);
    }

    @Test
    void theListenerHearsEachChangeFromAnotherLogin() throws Exception {
        List<Long> heard = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = bobStore.listen(heard::add)) {
            Thread.sleep(300); // LISTEN is in place
            long id = alice.create(OpenCases.newCase()).id().orElseThrow();
            alice.update(alice.find(id).orElseThrow().withStatus(CaseStatus.APPEAL_FILED));
            waitUntil(() -> heard.size() >= 2);
            assertThat(heard).containsOnly(id);
        }
    }

    @Test
    void aReviewerLogsACallFromTheCallLogWhileAClinicianEditsTheCaseAndBothAreKept()
            throws Exception {
        long id = alice.create(OpenCases.newCase()).id().orElseThrow();
        WorkspaceViewModel bobs = bobOpens(id);
        WorkspaceViewModel ritas = opens(rita, id);

        org.overturn.ui.p2p.CallLogViewModel log = new org.overturn.ui.p2p.CallLogViewModel(ritas);
        log.reviewerName.set("Dr. K. Alvarez");
        log.outcome.set(org.overturn.domain.calls.CallOutcome.UPHELD);
        assertThat(log.save()).isTrue();
        bobs.edit(c -> c.withStatus(CaseStatus.APPEAL_DRAFTED));
        waitUntil(
                () -> {
                    CaseFile now = alice.find(id).orElseThrow();
                    return now.status() == CaseStatus.APPEAL_DRAFTED && !now.calls().isEmpty();
                });
        waitUntil(
                () ->
                        ritas.saveStateProperty().get() == AutoSaver.State.SAVED
                                && bobs.saveStateProperty().get() == AutoSaver.State.SAVED);

        assertThat(ritas.saveErrorProperty().get()).isNullOrEmpty();
        assertThat(ritas.conflictProperty().get()).isNull();
        assertThat(bobs.conflictProperty().get()).isNull();
        CaseFile stored = alice.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.APPEAL_DRAFTED);
        assertThat(stored.calls())
                .singleElement()
                .satisfies(c -> assertThat(c.reviewerName()).isEqualTo("Dr. K. Alvarez"));
        assertThat(stored.timeline()).contains(stored.calls().get(0).timelineEvent());
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
