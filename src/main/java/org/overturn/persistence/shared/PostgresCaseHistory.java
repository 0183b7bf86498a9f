package org.overturn.persistence.shared;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseSections;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.DocumentStore;

/**
 * Who did what to a case in the shared store (issue 18, ADR 0019 point 4): the rows the database's
 * audit trigger wrote for the case, with the document's keys named as people know them. Every
 * Overturn role may read the audit, reviewers included.
 */
public final class PostgresCaseHistory implements CaseHistory {

    private static final System.Logger LOG = System.getLogger(PostgresCaseHistory.class.getName());

    private final SharedTransactions transactions;

    public PostgresCaseHistory(PostgresCaseStore.Connections connections) {
        this.transactions = new SharedTransactions(connections, e -> null);
    }

    @Override
    public boolean kept() {
        return true;
    }

    @Override
    public List<Entry> of(long caseId, int newest) {
        if (newest <= 0) {
            return List.of();
        }
        return transactions.inTransaction(
                "read the case's history", conn -> read(conn, caseId, newest));
    }

    private static List<Entry> read(Connection conn, long caseId, int newest) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT at, db_user, table_name, action, sections FROM overturn.audit"
                                + " WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?")) {
            ps.setLong(1, caseId);
            ps.setInt(2, newest);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array a = rs.getArray(5);
                    List<String> keys = Arrays.asList((String[]) a.getArray());
                    entry(
                                    rs.getObject(1, OffsetDateTime.class),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    keys)
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * One audit row as an entry; empty for a row of a table this version does not know, whose
     * meaning it cannot tell.
     */
    static Optional<Entry> entry(
            OffsetDateTime at, String login, String table, String action, List<String> keys) {
        int op =
                switch (action) {
                    case "INSERT" -> 0;
                    case "UPDATE" -> 1;
                    default -> 2;
                };
        return switch (table) {
            case "case_file" ->
                    Optional.of(
                            new Entry(
                                    at.toInstant(),
                                    login,
                                    List.of(Kind.CASE_ADDED, Kind.CASE_CHANGED, Kind.CASE_DELETED)
                                            .get(op),
                                    CaseSections.named(keys),
                                    Optional.empty()));
            case "case_document" ->
                    Optional.of(
                            new Entry(
                                    at.toInstant(),
                                    login,
                                    List.of(
                                                    Kind.DOCUMENT_ADDED,
                                                    Kind.DOCUMENT_REPLACED,
                                                    Kind.DOCUMENT_REMOVED)
                                            .get(op),
                                    List.of(),
                                    role(keys)));
            case "call_log" ->
                    Optional.of(
                            new Entry(
                                    at.toInstant(),
                                    login,
                                    List.of(Kind.CALL_LOGGED, Kind.CALL_CHANGED, Kind.CALL_REMOVED)
                                            .get(op),
                                    List.of(),
                                    Optional.empty()));
            default -> {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "audit row of an unknown table left out: {0}",
                        table);
                yield Optional.empty();
            }
        };
    }

    /** The trigger records a document's change as {@code documents:<role>}. */
    private static Optional<DocumentStore.Role> role(List<String> keys) {
        for (DocumentStore.Role r : DocumentStore.Role.values()) {
            if (keys.contains("documents:" + r.id())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
