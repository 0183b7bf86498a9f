package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.DocumentStore.Role;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.shared.PostgresCaseStore;
import org.overturn.persistence.shared.PostgresDocumentStore;

/**
 * The document store contract on the shared store, against a real throwaway PostgreSQL server: each
 * test has its own database. The contract's stores log in as a clinician, who may add and remove
 * documents; a reviewer may only read them.
 */
@Tag("postgres")
class DocumentStoreContractPostgresTest extends DocumentStoreContract {

    private static SharedStoreServer server;

    private String db;

    @BeforeAll
    static void start() throws Exception {
        server = SharedStoreServer.start("documents");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected void open() throws Exception {
        db = server.newDatabase();
        documents = as(SharedStoreServer.CLINICIAN);
        // Deleting a case is an admin's right.
        cases =
                new PostgresCaseStore(
                        server.as(db, SharedStoreServer.ADMIN), new CaseJson(), clock);
    }

    private PostgresDocumentStore as(String login) {
        return new PostgresDocumentStore(server.as(db, login));
    }

    @Override
    protected DocumentStore reopened() {
        return as(SharedStoreServer.CLINICIAN);
    }

    /** The owner flips the first byte of the stored content; its checksum stays as it was. */
    @Override
    protected void damage(String id) throws Exception {
        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "UPDATE overturn.case_document"
                                        + " SET content = set_byte(content, 0, 255 - get_byte(content, 0))"
                                        + " WHERE id = ?")) {
            ps.setString(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aReviewerMayReadADocumentButMayNotPutOrDeleteOne() throws Exception {
        long caseId = cases.create(CaseFile.newCase(Patient.named("E F"))).id().orElseThrow();
        documents.put(caseId, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {1, 2});
        PostgresDocumentStore reviewer = as(SharedStoreServer.REVIEWER);

        assertThat(reviewer.get("d1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
        assertThat(reviewer.count(caseId)).isEqualTo(1);
        assertThatThrownBy(
                        () -> reviewer.put(caseId, "d2", Role.ENCLOSURE, "y.pdf", new byte[] {3}))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not add a document to a case (your"
                                + " role is reviewer).");
        assertThatThrownBy(
                        () -> reviewer.put(caseId, "d1", Role.ENCLOSURE, "x.pdf", new byte[] {9}))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("your role is reviewer");
        assertThatThrownBy(() -> reviewer.delete("d1"))
                .isInstanceOf(DatabaseException.class)
                .hasMessage(
                        "You may read cases and log calls but not remove a document from a case"
                                + " (your role is reviewer).");

        assertThat(documents.exists("d2")).isFalse();
        assertThat(documents.get("d1"))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2));
    }

    @Test
    void theAuditNamesWhoAddedADocumentAndItsRoleNeverItsBytes() throws Exception {
        long caseId = cases.create(CaseFile.newCase(Patient.named("E F"))).id().orElseThrow();

        documents.put(caseId, "d1", Role.SUBMISSION, "sent.pdf", new byte[] {1, 2});

        try (Connection c = server.owner(db);
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT db_user, action, sections::text FROM overturn.audit"
                                        + " WHERE table_name = 'case_document' AND case_id = ?")) {
            ps.setLong(1, caseId);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(SharedStoreServer.CLINICIAN);
                assertThat(rs.getString(2)).isEqualTo("INSERT");
                assertThat(rs.getString(3)).isEqualTo("{documents:submission}");
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
