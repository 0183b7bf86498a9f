package org.overturn.persistence.shared;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.DatabaseException;

/**
 * The documents kept with each case in the shared store on PostgreSQL (ADR 0019): enclosures and
 * the frozen copies of sent packets, as {@code bytea} in {@code overturn.case_document}, each with
 * its SHA-256. Reading checks it, as the local store does, so a damaged copy is reported instead of
 * sent. Clinicians and admins may add and remove documents; reviewers read them.
 */
public final class PostgresDocumentStore implements DocumentStore {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final SharedTransactions transactions;

    public PostgresDocumentStore(PostgresCaseStore.Connections connections) {
        this.transactions =
                new SharedTransactions(
                        connections,
                        e ->
                                FOREIGN_KEY_VIOLATION.equals(e.getSQLState())
                                        ? new DatabaseException(
                                                "The case this document belongs to is no longer"
                                                        + " in the shared store.",
                                                e)
                                        : null);
    }

    @Override
    public String put(long caseId, String id, Role role, String fileName, byte[] bytes) {
        Document d = new Document(id, role, fileName, bytes);
        transactions.inTransaction(
                "add a document to a case",
                conn -> {
                    insert(conn, caseId, d);
                    return null;
                });
        return Checksums.sha256(bytes);
    }

    /**
     * Stores the document inside the caller's transaction, replacing one with the same id (which
     * then belongs to this case), as the local store does.
     */
    static void insert(Connection conn, long caseId, Document d) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.case_document (id, case_id, role, file_name, sha256,"
                                + " content) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                + " case_id = excluded.case_id, role = excluded.role,"
                                + " file_name = excluded.file_name, sha256 = excluded.sha256,"
                                + " content = excluded.content, created_at = now(),"
                                + " created_by = session_user")) {
            ps.setString(1, d.id());
            ps.setLong(2, caseId);
            ps.setString(3, d.role().id());
            ps.setString(4, d.fileName());
            ps.setString(5, Checksums.sha256(d.bytes()));
            ps.setBytes(6, d.bytes());
            ps.executeUpdate();
        }
    }

    @Override
    public boolean exists(String id) {
        return transactions.inTransaction(
                "read cases",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT 1 FROM overturn.case_document WHERE id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next();
                        }
                    }
                });
    }

    @Override
    public Optional<byte[]> get(String id) throws IOException {
        Optional<Stored> row =
                transactions.inTransaction(
                        "read cases",
                        conn -> {
                            try (PreparedStatement ps =
                                    conn.prepareStatement(
                                            "SELECT content, sha256, file_name"
                                                    + " FROM overturn.case_document WHERE id = ?")) {
                                ps.setString(1, id);
                                try (ResultSet rs = ps.executeQuery()) {
                                    return rs.next()
                                            ? Optional.of(
                                                    new Stored(
                                                            rs.getBytes(1),
                                                            rs.getString(2),
                                                            rs.getString(3)))
                                            : Optional.<Stored>empty();
                                }
                            }
                        });
        return row.isEmpty() ? Optional.empty() : Optional.of(row.get().verified());
    }

    @Override
    public boolean delete(String id) {
        return transactions.inTransaction(
                "remove a document from a case",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "DELETE FROM overturn.case_document WHERE id = ?")) {
                        ps.setString(1, id);
                        return ps.executeUpdate() == 1;
                    }
                });
    }

    @Override
    public int count(long caseId) {
        return transactions.inTransaction(
                "read cases",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT count(*) FROM overturn.case_document WHERE case_id = ?")) {
                        ps.setLong(1, caseId);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                });
    }
}
