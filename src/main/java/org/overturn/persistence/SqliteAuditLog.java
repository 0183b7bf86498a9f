package org.overturn.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.overturn.domain.audit.AuditEntry;

/**
 * The {@code audit} table: appended to, read newest first, never changed (its triggers refuse
 * updates and deletes).
 */
public final class SqliteAuditLog {

    private final Database db;

    public SqliteAuditLog(Database db) {
        this.db = db;
    }

    /** Appends one line in its own transaction; returns its id. */
    public long append(AuditEntry e) {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO audit (at, os_user, case_id, action, sha256) VALUES (?, ?, ?, ?, ?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, e.at().toString());
                        ps.setString(2, e.osUser());
                        if (e.caseId().isPresent()) {
                            ps.setLong(3, e.caseId().getAsLong());
                        } else {
                            ps.setNull(3, Types.INTEGER);
                        }
                        ps.setString(4, e.action());
                        ps.setString(5, e.sha256().orElse(null));
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            return keys.next() ? keys.getLong(1) : 0L;
                        }
                    }
                });
    }

    /** The newest {@code limit} lines, newest first. */
    public List<AuditEntry> recent(int limit) {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, at, os_user, case_id, action, sha256 FROM audit ORDER BY id DESC LIMIT ?")) {
                        ps.setInt(1, Math.max(0, limit));
                        try (ResultSet rs = ps.executeQuery()) {
                            List<AuditEntry> out = new ArrayList<>();
                            while (rs.next()) {
                                long caseId = rs.getLong(4);
                                OptionalLong cid =
                                        rs.wasNull()
                                                ? OptionalLong.empty()
                                                : OptionalLong.of(caseId);
                                out.add(
                                        new AuditEntry(
                                                rs.getLong(1),
                                                Instant.parse(rs.getString(2)),
                                                rs.getString(3),
                                                cid,
                                                rs.getString(5),
                                                Optional.ofNullable(rs.getString(6))));
                            }
                            return out;
                        }
                    }
                });
    }
}
