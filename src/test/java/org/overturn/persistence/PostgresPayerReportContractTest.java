package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.store.CaseStore;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.PostgresPayerReport;
import org.overturn.persistence.shared.SharedStoreSchema;

/**
 * The payer report contract on the shared store, against a real throwaway PostgreSQL server: each
 * test has its own database made by {@code store init}'s schema. Cases are saved by a clinician
 * (the facts go with each save, so a clinician's grants must cover them), deleted by an admin, and
 * the report is read by a reviewer: every role may read it.
 */
@Tag("postgres")
class PostgresPayerReportContractTest extends PayerReportContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgServer server;

    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        // The group roles are the server's, made by the first init; the logins join them then.
        String first = server.newDatabase("report_roles");
        try (Connection c = server.owner(first)) {
            SharedStoreSchema.init(c);
        }
        server.user("report_admin", "admin-pw-1", "overturn_admin");
        server.user("report_clin", "clinician-pw-1", "overturn_clinician");
        server.user("report_rev", "reviewer-pw-1", "overturn_reviewer");
        try (Connection c = server.owner("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE report_nobody LOGIN PASSWORD 'nobody-pw-1'");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PostgresCaseStore.Connections as(String user, String password) {
        String database = db;
        return () -> server.connect(database, user, password);
    }

    @Override
    protected CaseStore openCases() throws Exception {
        db = server.newDatabase("report_" + DATABASES.incrementAndGet());
        try (Connection c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        return new PostgresCaseStore(as("report_clin", "clinician-pw-1"), new CaseJson(), clock);
    }

    @Override
    protected PayerReport openReport() {
        return new PostgresPayerReport(as("report_rev", "reviewer-pw-1"));
    }

    @Override
    protected long addPayer(Payer p) throws Exception {
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO overturn.payer (entry) VALUES (jsonb_build_object('name',"
                                        + " ?::text, 'behavioralHealthManager', ?::text)) RETURNING id")) {
            ps.setString(1, p.name());
            ps.setString(2, p.behavioralHealthManager());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    protected boolean delete(long id) {
        return new PostgresCaseStore(as("report_admin", "admin-pw-1"), new CaseJson(), clock)
                .delete(id);
    }

    private List<String> audited() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.owner(db);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT table_name || ' ' || action FROM overturn.audit ORDER BY id")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private int factRows() throws SQLException {
        try (Connection c = server.owner(db);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT (SELECT count(*) FROM overturn.denial_fact)"
                                        + " + (SELECT count(*) FROM overturn.denial_reason_fact)"
                                        + " + (SELECT count(*) FROM overturn.case_outcome_fact)")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void theAuditNamesEachSaveOfTheCaseAndNothingOfItsFacts() throws Exception {
        CaseFile c = cases.create(sample());
        cases.update(c.withStatus(CaseStatus.APPEAL_DRAFTED));
        assertThat(factRows()).as("the sample's denial, its two reasons, its outcome").isEqualTo(4);

        assertThat(delete(c.id().orElseThrow())).isTrue();

        assertThat(audited())
                .containsExactly("case_file INSERT", "case_file UPDATE", "case_file DELETE");
        assertThat(factRows()).as("gone with the case").isZero();
    }

    @Test
    void aReviewerMayReadTheFactsButNotUpdateThem() throws Exception {
        long id = cases.create(sample()).id().orElseThrow();
        try (Connection rev = server.connect(db, "report_rev", "reviewer-pw-1");
                Statement s = rev.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM overturn.denial_fact")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            // Since schema version 4 a reviewer rewrites a case's rows (DELETE and INSERT) in the
            // transaction that logs a call, since the calls count in the report; never UPDATE.
            for (String sql :
                    List.of(
                            "UPDATE overturn.denial_fact SET billed_cents = 0",
                            "UPDATE overturn.case_outcome_fact SET p2p_calls = 9")) {
                assertThatThrownBy(() -> s.executeUpdate(sql))
                        .as(sql)
                        .satisfies(
                                e ->
                                        assertThat(((SQLException) e).getSQLState())
                                                .isEqualTo("42501"));
            }
        }
        assertThat(factRows()).isEqualTo(4);
    }

    @Test
    void aLoginWithNoOverturnRoleIsToldSo() {
        cases.create(sample());
        PayerReport nobody = new PostgresPayerReport(as("report_nobody", "nobody-pw-1"));

        assertThatThrownBy(() -> nobody.patterns(ReportFilter.all()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no Overturn role");
    }

    private static CaseFile sample() {
        try {
            return new CaseJson()
                    .read(
                            org.overturn.core.SampleCases.text(
                                    org.overturn.core.SampleCases.ALL.get(0)))
                    .caseFile();
        } catch (org.overturn.persistence.json.CaseFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
