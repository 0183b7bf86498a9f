package org.overturn.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.DocumentStore;

/**
 * The bytes of the documents kept with a case: enclosures and the frozen copies of sent packets.
 * Each is stored with its SHA-256, and reading checks it, so a damaged copy is reported instead of
 * sent.
 */
public final class SqliteDocumentStore implements DocumentStore {

    private final Database db;
    private final Clock clock;

    public SqliteDocumentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public String put(long caseId, String id, Role role, String fileName, byte[] bytes) {
        String sha = Checksums.sha256(bytes);
        db.inTransaction(
                c -> {
                    insert(c, caseId, new Document(id, role, fileName, bytes), clock);
                    return null;
                });
        return sha;
    }

    /** Stores the document inside the caller's transaction. */
    static void insert(Connection c, long caseId, Document d, Clock clock) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT OR REPLACE INTO case_document (id, case_id, role, "
                                + "file_name, sha256, size, created_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.id());
            ps.setLong(2, caseId);
            ps.setString(3, d.role().id());
            ps.setString(4, d.fileName());
            ps.setString(5, Checksums.sha256(d.bytes()));
            ps.setLong(6, d.bytes().length);
            ps.setString(7, Instant.now(clock).toString());
            ps.setBytes(8, d.bytes());
            ps.executeUpdate();
        }
    }

    @Override
    public boolean exists(String id) {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("SELECT 1 FROM case_document WHERE id = ?")) {
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
                db.read(
                        c -> {
                            try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT bytes, sha256, file_name FROM case_document WHERE id = ?")) {
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
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("DELETE FROM case_document WHERE id = ?")) {
                        ps.setString(1, id);
                        return ps.executeUpdate() == 1;
                    }
                });
    }

    @Override
    public int count(long caseId) {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT count(*) FROM case_document WHERE case_id = ?")) {
                        ps.setLong(1, caseId);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                });
    }
}
