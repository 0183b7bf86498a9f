package org.overturn.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseSections;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.CaseHistory.Entry;
import org.overturn.domain.store.CaseHistory.Kind;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.json.CaseJson;

/**
 * Who did what to a case, from the shared store's audit (issue 18): two logins edit a case, and
 * each entry names the login and the sections changed, never a value; a reviewer reads them too. A
 * real PostgreSQL server.
 */
@Tag("postgres")
class PostgresCaseHistoryTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET_NAME = "Zebulon Quartermaine";
    private static final String SECRET_NOTE = "told the plan about the overdose in March";

    private static PgServer server;
    private static int databases;

    private SharedStore aliceStore;
    private SharedStore bobStore;
    private SharedStore ritaStore;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        String first = server.newDatabase("history_roles");
        try (Connection c = server.owner(first)) {
            SharedStoreSchema.init(c);
        }
        server.user("hist_alice", "alice-pw-1", "overturn_clinician");
        server.user("hist_bob", "bob-pw-1", "overturn_clinician");
        server.user("hist_rita", "rita-pw-1", "overturn_reviewer");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void stores() throws Exception {
        String db = server.newDatabase("history_" + ++databases);
        try (Connection c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        SharedStoreLocation at = SharedStoreLocation.parse(server.uri(db));
        aliceStore = SharedStore.open(at, "hist_alice", "alice-pw-1", true, Optional.empty());
        bobStore = SharedStore.open(at, "hist_bob", "bob-pw-1", true, Optional.empty());
        ritaStore = SharedStore.open(at, "hist_rita", "rita-pw-1", true, Optional.empty());
    }

    @AfterEach
    void close() {
        aliceStore.close();
        bobStore.close();
        ritaStore.close();
    }

    private static PostgresCaseStore cases(SharedStore s) {
        return new PostgresCaseStore(s.connections(), new CaseJson(), CLOCK);
    }

    private static CaseFile newCase() {
        return CaseFile.newCase(
                new Patient(
                        "Test Patient", Optional.of(LocalDate.of(1990, 1, 5)), "M-1", "G-1", "NY"));
    }

    @Test
    void eachEntryNamesTheLoginAndTheSectionsNewestFirstAndAReviewerReadsThem() throws Exception {
        PostgresCaseStore alice = cases(aliceStore);
        PostgresCaseStore bob = cases(bobStore);
        long id = alice.create(newCase()).id().orElseThrow();
        long other = alice.create(newCase()).id().orElseThrow();

        CaseFile b = bob.find(id).orElseThrow();
        bob.update(b.withStatus(CaseStatus.APPEAL_FILED));

        CaseFile a = alice.find(id).orElseThrow();
        Patient p = a.patient();
        alice.update(
                a.withPatient(
                                new Patient(
                                        SECRET_NAME,
                                        p.dateOfBirth(),
                                        p.memberId(),
                                        p.groupNumber(),
                                        p.state()))
                        .withEvent(
                                TimelineEvent.of(
                                        LocalDate.of(2026, 11, 20),
                                        EventKind.NOTE,
                                        "Called the plan",
                                        SECRET_NOTE)));
        PostgresDocumentStore bobDocs = new PostgresDocumentStore(bobStore.connections());
        bobDocs.put(
                id,
                "doc-1",
                DocumentStore.Role.ENCLOSURE,
                "letter.pdf",
                "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII));
        bobDocs.delete("doc-1");
        // A change to another case is not this case's history.
        CaseFile o = alice.find(other).orElseThrow();
        alice.update(o.withStatus(CaseStatus.CLOSED));

        CaseHistory history = new PostgresCaseHistory(ritaStore.connections());
        assertThat(history.kept()).isTrue();
        List<Entry> entries = history.of(id, 100);

        assertThat(entries)
                .extracting(Entry::kind)
                .containsExactly(
                        Kind.DOCUMENT_REMOVED,
                        Kind.DOCUMENT_ADDED,
                        Kind.CASE_CHANGED,
                        Kind.CASE_CHANGED,
                        Kind.CASE_ADDED);
        assertThat(entries)
                .extracting(Entry::login)
                .containsExactly("hist_bob", "hist_bob", "hist_alice", "hist_bob", "hist_alice");
        assertThat(entries.get(0).document()).contains(DocumentStore.Role.ENCLOSURE);
        assertThat(entries.get(1).document()).contains(DocumentStore.Role.ENCLOSURE);
        assertThat(entries.get(2).sections()).containsExactly("Patient", "Timeline");
        assertThat(entries.get(3).sections()).containsExactly("Status");
        // The new case's parts, by name, in the workspace's order.
        assertThat(entries.get(4).sections()).isNotEmpty().contains("Status", "Patient");
        for (Entry e : entries) {
            assertThat(e.at()).isBeforeOrEqualTo(Instant.now().plusSeconds(60));
            for (String s : e.sections()) {
                assertThat(
                                CaseSections.keys().stream()
                                        .map(k -> CaseSections.named(k).orElseThrow()))
                        .as("a section's name, never a value")
                        .contains(s);
            }
        }
        assertThat(entries.toString()).doesNotContain(SECRET_NAME, SECRET_NOTE, "Called the plan");
        // Newest first, in the order the database recorded them.
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i - 1).at()).isAfterOrEqualTo(entries.get(i).at());
        }

        assertThat(history.of(id, 2)).containsExactlyElementsOf(entries.subList(0, 2));
        assertThat(new PostgresCaseHistory(aliceStore.connections()).of(id, 100))
                .isEqualTo(entries);
        assertThat(history.of(other, 100))
                .extracting(Entry::kind)
                .containsExactly(Kind.CASE_CHANGED, Kind.CASE_ADDED);
        assertThat(history.of(other + 100, 100)).isEmpty();
    }

    @Test
    void aRowOfATableThisVersionDoesNotKnowIsLeftOutAndAnUnknownKeyKeptAsItIs() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-26T15:00:00Z");
        assertThat(PostgresCaseHistory.entry(at, "x", "submission", "INSERT", List.of())).isEmpty();
        assertThat(
                        PostgresCaseHistory.entry(
                                        at,
                                        "x",
                                        "case_file",
                                        "UPDATE",
                                        List.of("somethingNewer", "status"))
                                .orElseThrow()
                                .sections())
                .containsExactly("Status", "somethingNewer");
        assertThat(
                        PostgresCaseHistory.entry(at, "x", "call_log", "INSERT", List.of("calls"))
                                .orElseThrow()
                                .kind())
                .isEqualTo(Kind.CALL_LOGGED);
        assertThat(
                        PostgresCaseHistory.entry(
                                        at,
                                        "x",
                                        "case_document",
                                        "DELETE",
                                        List.of("documents:submission"))
                                .orElseThrow()
                                .document())
                .contains(DocumentStore.Role.SUBMISSION);
    }
}
