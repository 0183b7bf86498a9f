package org.overturn.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The shared store's schema on a real PostgreSQL server (issue 18): what the database itself
 * enforces, whatever program connects. Roles are the server's, so each test uses its own database
 * and its own users.
 */
@Tag("postgres")
class SharedStoreSchemaTest {

    private static PgServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String initialized(String name) throws SQLException {
        server.newDatabase(name);
        try (Connection c = server.owner(name)) {
            SharedStoreSchema.init(c);
        }
        return name;
    }

    private static long insertCase(Connection c, String json) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement(
                        "INSERT INTO overturn.case_file (document) VALUES (?::jsonb) RETURNING id")) {
            p.setString(1, json);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Saves {@code json} as the version after {@code from}; the count of rows saved. */
    private static int save(Connection c, long id, long from, String json) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement(
                        "UPDATE overturn.case_file SET document = ?::jsonb, version = ? WHERE id = ?")) {
            p.setString(1, json);
            p.setLong(2, from + 1);
            p.setLong(3, id);
            return p.executeUpdate();
        }
    }

    private record AuditRow(
            String user, long caseId, String table, String action, List<String> sections) {}

    private static List<AuditRow> audit(Connection c) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT db_user, case_id, table_name, action, sections FROM overturn.audit ORDER BY id")) {
            while (r.next()) {
                Array a = r.getArray(5);
                rows.add(
                        new AuditRow(
                                r.getString(1),
                                r.getLong(2),
                                r.getString(3),
                                r.getString(4),
                                List.of((String[]) a.getArray())));
            }
        }
        return rows;
    }

    @Test
    void initCreatesTheSchemaOnAnEmptyDatabaseAndASecondInitChangesNothing() throws Exception {
        String db = server.newDatabase("init_twice");
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c)).isEqualTo(new SharedStoreSchema.Result(0, 4));
            assertThat(SharedStoreSchema.init(c)).isEqualTo(new SharedStoreSchema.Result(4, 4));
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT count(*) FROM pg_roles WHERE rolname IN ('overturn_reviewer',"
                                            + " 'overturn_clinician', 'overturn_admin')")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(3);
            }
            assertThat(audit(c)).isEmpty();
        }
    }

    @Test
    void theDatabaseStopsAReviewerFromEditingACaseButNotFromLoggingACall() throws Exception {
        String db = initialized("grants");
        server.user("rev_grants", "reviewer-pw-1", "overturn_reviewer");
        server.user("clin_grants", "clinician-pw-1", "overturn_clinician");
        long id;
        try (Connection clin = server.connect(db, "clin_grants", "clinician-pw-1")) {
            id = insertCase(clin, "{\"patient\": {\"name\": \"A\"}}");
        }
        try (Connection rev = server.connect(db, "rev_grants", "reviewer-pw-1")) {
            try (Statement s = rev.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM overturn.case_file")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            assertThatThrownBy(() -> save(rev, id, 1, "{\"patient\": {\"name\": \"B\"}}"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(
                            e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> insertCase(rev, "{}"))
                    .satisfies(
                            e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            try (PreparedStatement p =
                    rev.prepareStatement(
                            "INSERT INTO overturn.call_log (case_id, entry) VALUES (?, '{}'::jsonb)")) {
                p.setLong(1, id);
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            assertThat(audit(rev))
                    .extracting(AuditRow::user, AuditRow::table, AuditRow::action)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "clin_grants", "case_file", "INSERT"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "rev_grants", "call_log", "INSERT"));
        }
    }

    @Test
    void aSaveOverANewerVersionIsRefusedAndTheAuditNamesWhoChangedWhichSections() throws Exception {
        String db = initialized("two_users");
        server.user("clin_a", "clinician-a-1", "overturn_clinician");
        server.user("clin_b", "clinician-b-1", "overturn_clinician");
        try (Connection a = server.connect(db, "clin_a", "clinician-a-1");
                Connection b = server.connect(db, "clin_b", "clinician-b-1")) {
            long id =
                    insertCase(
                            a,
                            "{\"patient\": {\"name\": \"Jane Roe\"}, \"denials\": [], \"notes\": \"x\"}");
            // Both opened version 1; A saves first.
            assertThat(
                            save(
                                    a,
                                    id,
                                    1,
                                    "{\"patient\": {\"name\": \"Jane Q. Roe\"}, \"denials\": [], \"notes\": \"x\"}"))
                    .isEqualTo(1);
            assertThatThrownBy(
                            () ->
                                    save(
                                            b,
                                            id,
                                            1,
                                            "{\"patient\": {\"name\": \"Jane Roe\"}, \"denials\": [1]}"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(
                            e -> {
                                SQLException s = (SQLException) e;
                                assertThat(s.getSQLState()).isEqualTo("OV409");
                                assertThat(s.getMessage())
                                        .contains(
                                                "case "
                                                        + id
                                                        + " was saved by someone else: version 2 is"
                                                        + " stored, this save was made from version 1");
                            });
            // B reloads version 2 and saves from it.
            assertThat(
                            save(
                                    b,
                                    id,
                                    2,
                                    "{\"patient\": {\"name\": \"Jane Q. Roe\"}, \"denials\": [1]}"))
                    .isEqualTo(1);
            List<AuditRow> rows = audit(a);
            assertThat(rows)
                    .containsExactly(
                            new AuditRow(
                                    "clin_a",
                                    id,
                                    "case_file",
                                    "INSERT",
                                    List.of("denials", "notes", "patient")),
                            new AuditRow("clin_a", id, "case_file", "UPDATE", List.of("patient")),
                            new AuditRow(
                                    "clin_b",
                                    id,
                                    "case_file",
                                    "UPDATE",
                                    List.of("denials", "notes")));
            try (Statement s = a.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT version, created_by, updated_by FROM overturn.case_file WHERE id = "
                                            + id)) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(3);
                assertThat(r.getString(2)).isEqualTo("clin_a");
                assertThat(r.getString(3)).isEqualTo("clin_b");
            }
            // The audit keeps names of sections, never what they held.
            try (Statement s = a.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT count(*) FROM overturn.audit WHERE sections::text LIKE '%Roe%'")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }

    @Test
    void nobodyMayChangeOrDeleteTheAudit() throws Exception {
        String db = initialized("audit_kept");
        server.user("clin_audit", "clinician-pw-2", "overturn_clinician");
        server.user("admin_audit", "admin-pw-2", "overturn_admin");
        try (Connection clin = server.connect(db, "clin_audit", "clinician-pw-2");
                Connection admin = server.connect(db, "admin_audit", "admin-pw-2")) {
            insertCase(clin, "{\"patient\": {}}");
            for (Connection c : List.of(clin, admin)) {
                for (String sql :
                        List.of(
                                "UPDATE overturn.audit SET db_user = 'someone'",
                                "DELETE FROM overturn.audit",
                                "INSERT INTO overturn.audit (db_user, table_name, action) VALUES ('x', 'case_file', 'INSERT')")) {
                    assertThatThrownBy(() -> c.createStatement().executeUpdate(sql))
                            .as(sql)
                            .satisfies(
                                    e ->
                                            assertThat(((SQLException) e).getSQLState())
                                                    .isEqualTo("42501"));
                }
            }
            assertThat(audit(admin)).hasSize(1);
        }
    }

    @Test
    void everyChangeToACaseIsAnnouncedToTheOpenScreens() throws Exception {
        String db = initialized("announced");
        server.user("rev_listen", "reviewer-pw-3", "overturn_reviewer");
        server.user("clin_notify", "clinician-pw-3", "overturn_clinician");
        try (Connection listener = server.connect(db, "rev_listen", "reviewer-pw-3");
                Connection clin = server.connect(db, "clin_notify", "clinician-pw-3")) {
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN overturn_case");
            }
            long id = insertCase(clin, "{\"patient\": {}}");
            save(clin, id, 1, "{\"patient\": {\"name\": \"C\"}}");
            PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(10_000);
            assertThat(got).extracting(PGNotification::getName).containsOnly("overturn_case");
            assertThat(got)
                    .extracting(PGNotification::getParameter)
                    .containsExactly(Long.toString(id), Long.toString(id));
        }
    }

    @Test
    void anAdminMayDeleteAPayerThatCasesNameAndTheCasesKeepTheirVersion() throws Exception {
        String db = initialized("payer_gone");
        server.user("admin_payers", "admin-pw-4", "overturn_admin");
        try (Connection admin = server.connect(db, "admin_payers", "admin-pw-4")) {
            long payer;
            try (Statement s = admin.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "INSERT INTO overturn.payer (entry) VALUES ('{\"name\": \"P\"}')"
                                            + " RETURNING id")) {
                r.next();
                payer = r.getLong(1);
            }
            long id = insertCase(admin, "{\"patient\": {}}");
            try (Statement s = admin.createStatement()) {
                // Naming the payer is a save of the case: version 2.
                assertThat(
                                s.executeUpdate(
                                        "UPDATE overturn.case_file SET payer_id = "
                                                + payer
                                                + ", version = 2 WHERE id = "
                                                + id))
                        .isEqualTo(1);
                assertThat(s.executeUpdate("DELETE FROM overturn.payer WHERE id = " + payer))
                        .isEqualTo(1);
            }
            try (Statement s = admin.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT payer_id, version FROM overturn.case_file WHERE id = "
                                            + id)) {
                r.next();
                assertThat(r.getObject(1)).isNull();
                assertThat(r.getLong(2)).isEqualTo(2);
            }
        }
    }

    @Test
    void aStoreAtAnEarlierVersionIsBroughtUpToDateWithItsCasesKept() throws Exception {
        String db = server.newDatabase("upgrade");
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c, 1)).isEqualTo(new SharedStoreSchema.Result(0, 1));
        }
        server.user("clin_upgrade", "clinician-pw-5", "overturn_clinician");
        org.overturn.persistence.json.CaseJson json = new org.overturn.persistence.json.CaseJson();
        org.overturn.domain.casefile.CaseFile sample =
                json.read(
                                org.overturn.core.SampleCases.text(
                                        org.overturn.core.SampleCases.ALL.get(0)))
                        .caseFile();
        long id;
        try (Connection clin = server.connect(db, "clin_upgrade", "clinician-pw-5")) {
            id = insertCase(clin, json.toStored(sample));
        }
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c))
                    .isEqualTo(new SharedStoreSchema.Result(1, SharedStoreSchema.VERSION));
        }
        PostgresCaseStore store =
                new PostgresCaseStore(
                        () -> server.connect(db, "clin_upgrade", "clinician-pw-5"),
                        json,
                        java.time.Clock.systemUTC());
        org.overturn.domain.casefile.CaseFile kept = store.find(id).orElseThrow();
        assertThat(kept).isEqualTo(sample.withId(id));
        // Counted by payer before it is saved again: init wrote its facts.
        assertThat(
                        new PostgresPayerReport(
                                        () -> server.connect(db, "clin_upgrade", "clinician-pw-5"))
                                .patterns(org.overturn.domain.report.ReportFilter.all()))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.cases()).isEqualTo(1);
                            assertThat(p.byLevel()).isEqualTo(java.util.Map.of("iop-mh", 1));
                        });
        // Saved once under the new version, the case has its list columns.
        store.update(kept);
        assertThat(store.summaries())
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.id()).isEqualTo(id);
                            assertThat(row.patientName()).isEqualTo(sample.patient().name());
                        });
    }

    @Test
    void initCountsByPayerTheCasesStoredBeforeVersion3AndASecondInitChangesNothing()
            throws Exception {
        String db = server.newDatabase("upgrade_facts");
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c, 2)).isEqualTo(new SharedStoreSchema.Result(0, 2));
        }
        server.user("clin_facts", "clinician-pw-6", "overturn_clinician");
        org.overturn.persistence.json.CaseJson json = new org.overturn.persistence.json.CaseJson();
        List<org.overturn.domain.casefile.CaseFile> samples = new ArrayList<>();
        for (org.overturn.core.SampleCases.Sample s : org.overturn.core.SampleCases.ALL) {
            samples.add(json.read(org.overturn.core.SampleCases.text(s)).caseFile());
        }
        List<Long> ids = new ArrayList<>();
        try (Connection clin = server.connect(db, "clin_facts", "clinician-pw-6")) {
            // Saved as a version-2 program saves: the document and the listed columns.
            for (org.overturn.domain.casefile.CaseFile c : samples) {
                try (PreparedStatement p =
                        clin.prepareStatement(
                                "INSERT INTO overturn.case_file (document, level_of_care) VALUES"
                                        + " (?::jsonb, ?) RETURNING id")) {
                    p.setString(1, json.toStored(c));
                    p.setString(2, c.levelOfCare().orElseThrow().id());
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        ids.add(r.getLong(1));
                    }
                }
            }
            // One the program can't read is left out, not a reason to refuse the upgrade.
            insertCase(clin, "{\"patient\": {\"name\": \"Unreadable\"}, \"denials\": 7}");
        }
        List<AuditRow> before;
        try (Connection c = server.owner(db)) {
            before = audit(c);
            assertThat(SharedStoreSchema.init(c, 3)).isEqualTo(new SharedStoreSchema.Result(2, 3));
            assertThat(audit(c)).as("the facts are not an audited change").isEqualTo(before);
        }

        // The same figures as the same cases saved through the store at version 3.
        String fresh = initialized("upgrade_facts_fresh");
        new PostgresCaseStore(
                        () -> server.connect(fresh, "clin_facts", "clinician-pw-6"),
                        json,
                        java.time.Clock.systemUTC())
                .createAll(samples);
        PostgresPayerReport upgraded =
                new PostgresPayerReport(() -> server.connect(db, "clin_facts", "clinician-pw-6"));
        PostgresPayerReport saved =
                new PostgresPayerReport(
                        () -> server.connect(fresh, "clin_facts", "clinician-pw-6"));
        org.overturn.domain.report.ReportFilter all = org.overturn.domain.report.ReportFilter.all();
        assertThat(upgraded.patterns(all)).isEqualTo(saved.patterns(all));
        assertThat(upgraded.months(all)).isEqualTo(saved.months(all));
        assertThat(upgraded.patterns(all))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.cases()).isEqualTo(samples.size());
                            assertThat(p.denials()).isEqualTo(samples.size());
                        });

        try (Connection c = server.owner(db)) {
            String counts =
                    "SELECT (SELECT count(*) FROM overturn.denial_fact) || '/'"
                            + " || (SELECT count(*) FROM overturn.denial_reason_fact) || '/'"
                            + " || (SELECT count(*) FROM overturn.case_outcome_fact)";
            String once;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(counts)) {
                r.next();
                once = r.getString(1);
            }
            assertThat(once).isEqualTo("5/10/5");
            assertThat(SharedStoreSchema.init(c, 3)).isEqualTo(new SharedStoreSchema.Result(3, 3));
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(counts)) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(once);
            }
        }
    }

    @Test
    void initMovesTheCallsOfCasesStoredBeforeVersion4IntoTheCallLogAndASecondInitChangesNothing()
            throws Exception {
        String db = server.newDatabase("upgrade_calls");
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c, 3)).isEqualTo(new SharedStoreSchema.Result(0, 3));
        }
        server.user("clin_calls", "clinician-pw-7", "overturn_clinician");
        server.user("rev_calls", "reviewer-pw-7", "overturn_reviewer");
        org.overturn.persistence.json.CaseJson json = new org.overturn.persistence.json.CaseJson();
        List<org.overturn.domain.casefile.CaseFile> samples = new ArrayList<>();
        for (org.overturn.core.SampleCases.Sample s : org.overturn.core.SampleCases.ALL) {
            samples.add(json.read(org.overturn.core.SampleCases.text(s)).caseFile());
        }
        // One more call, logged with its timeline entry as the app logs one (a sample has one
        // without).
        org.overturn.domain.calls.CallLog added =
                org.overturn.domain.calls.CallLog.at(
                        java.time.LocalDateTime.parse("2026-12-01T10:00:00"));
        samples.set(4, samples.get(4).withCall(added));
        List<Long> ids = new ArrayList<>();
        try (Connection clin = server.connect(db, "clin_calls", "clinician-pw-7")) {
            // Saved as a version-3 program saves: the calls inside the document.
            for (org.overturn.domain.casefile.CaseFile c : samples) {
                ids.add(insertCase(clin, json.toStored(c)));
            }
        }
        String state =
                "SELECT (SELECT count(*) FROM overturn.call_log) || '/'"
                        + " || (SELECT sum(version) FROM overturn.case_file) || '/'"
                        + " || (SELECT count(*) FROM overturn.audit)";
        String once;
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.init(c)).isEqualTo(new SharedStoreSchema.Result(3, 4));
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT count(*) FROM overturn.case_file"
                                            + " WHERE jsonb_array_length(document -> 'calls') > 0"
                                            + " OR document::text LIKE '%\"call-%'")) {
                r.next();
                assertThat(r.getInt(1)).as("no document keeps a call").isZero();
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(state)) {
                r.next();
                once = r.getString(1);
            }
            // Every call moved; each case that had one is at its next version.
            int calls = samples.stream().mapToInt(x -> x.calls().size()).sum();
            long changed = samples.stream().filter(x -> !x.calls().isEmpty()).count();
            assertThat(calls).isGreaterThanOrEqualTo(2);
            assertThat(once).startsWith(calls + "/" + (samples.size() + changed) + "/");
            assertThat(SharedStoreSchema.init(c)).isEqualTo(new SharedStoreSchema.Result(4, 4));
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(state)) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(once);
            }
        }
        PostgresCaseStore reviewer =
                new PostgresCaseStore(
                        () -> server.connect(db, "rev_calls", "reviewer-pw-7"),
                        json,
                        java.time.Clock.systemUTC());
        for (int i = 0; i < samples.size(); i++) {
            assertThat(reviewer.find(ids.get(i))).contains(samples.get(i).withId(ids.get(i)));
        }
        // The moved calls are the reviewer's to keep.
        org.overturn.domain.casefile.CaseFile read = reviewer.find(ids.get(4)).orElseThrow();
        // Removed as the call log screen removes one: the call and its timeline entry.
        String gone = "call-" + added.id();
        reviewer.update(
                read.withCalls(
                                read.calls().stream()
                                        .filter(x -> !x.id().equals(added.id()))
                                        .toList())
                        .withTimeline(
                                read.timeline().stream()
                                        .filter(e -> !e.id().equals(gone))
                                        .toList()));
        assertThat(reviewer.find(ids.get(4)).orElseThrow().calls())
                .hasSize(read.calls().size() - 1)
                .doesNotContain(added);
    }
}
