package org.overturn.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.StaleCaseException;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.NextDeadlines;
import org.overturn.persistence.json.CaseJson;

/**
 * Cases in the shared store on PostgreSQL (ADR 0019): each case is one {@code jsonb} document (the
 * same codec as the local store) with the Cases list's columns copied beside it at each save.
 *
 * <p>Saves are checked against the version read: the store remembers, per case, the version it last
 * read or wrote, and a save carries that version plus one. The database refuses any other (SQLSTATE
 * {@code OV409}), and the store then throws {@link StaleCaseException} with the case as stored now.
 * What a person may do is the database's grants; a refusal becomes a message naming their role.
 */
public final class PostgresCaseStore implements CaseStore {

    /** Opens a connection to the shared store as the person using the app; each call closes it. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final String OUT_OF_DATE = "OV409";
    private static final String PERMISSION_DENIED = "42501";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Connections connections;
    private final CaseJson json;
    private final Clock clock;
    private final NextDeadlines nextDeadlines = new NextDeadlines();

    /** Per case id, the version this store last read or wrote. */
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();

    public PostgresCaseStore(Connections connections, CaseJson json, Clock clock) {
        this.connections = connections;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new case (version 1) and returns it with its id. */
    @Override
    public CaseFile create(CaseFile c) {
        return inTransaction("add a case", conn -> insert(conn, c));
    }

    /** Stores several new cases in one transaction; all or none. */
    @Override
    public List<CaseFile> createAll(List<CaseFile> many) {
        return inTransaction(
                "add a case",
                conn -> {
                    List<CaseFile> out = new ArrayList<>(many.size());
                    for (CaseFile c : many) {
                        out.add(insert(conn, c));
                    }
                    return out;
                });
    }

    /**
     * Stores a new case and, in the same transaction, the SHA-256 of the file it came from: a case
     * is never stored without its source, so a retry after a kill finds it. When a stored case was
     * already imported from that file, the file stays recorded against the first.
     */
    public CaseFile createImported(CaseFile c, String sourceSha256) {
        return inTransaction(
                "add a case",
                conn -> {
                    CaseFile stored = insert(conn, c);
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "INSERT INTO overturn.import_source (sha256, case_id) VALUES (?, ?) "
                                            + "ON CONFLICT (sha256) DO NOTHING")) {
                        ps.setString(1, sourceSha256);
                        ps.setLong(2, stored.id().orElseThrow());
                        ps.executeUpdate();
                    }
                    return stored;
                });
    }

    private CaseFile insert(Connection conn, CaseFile c) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.case_file (document, payer_id, patient_name, plan_type,"
                                + " level_of_care, status, denial_date, next_deadline_due, next_deadline_id,"
                                + " next_deadline_label) VALUES (?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id, version")) {
            bindListed(ps, c);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                versions.put(id, rs.getLong(2));
                return c.withId(id);
            }
        }
    }

    /**
     * Saves a case over the version this store last read or wrote of it, as that version plus one.
     *
     * @throws StaleCaseException when someone else saved or deleted it since; nothing is saved and
     *     the remembered version stays, so reading the case again is what allows saving over theirs
     */
    @Override
    public void update(CaseFile c) {
        long id =
                c.id().orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "case has no id; create it first"));
        Long from = versions.get(id);
        if (from == null) {
            if (read(id).isEmpty()) {
                throw new DatabaseException("Case " + id + " no longer exists.");
            }
            throw new IllegalStateException(
                    "case " + id + " was not read through this store; read it before saving it");
        }
        int saved;
        try {
            saved =
                    inTransaction(
                            "change this case",
                            conn -> {
                                try (PreparedStatement ps =
                                        conn.prepareStatement(
                                                "UPDATE overturn.case_file SET document = ?::jsonb, payer_id = ?,"
                                                        + " patient_name = ?, plan_type = ?, level_of_care = ?, status = ?,"
                                                        + " denial_date = ?, next_deadline_due = ?, next_deadline_id = ?,"
                                                        + " next_deadline_label = ?, version = ? WHERE id = ?")) {
                                    bindListed(ps, c);
                                    ps.setLong(11, from + 1);
                                    ps.setLong(12, id);
                                    return ps.executeUpdate();
                                }
                            });
        } catch (OutOfDate e) {
            throw new StaleCaseException(id, read(id).map(Versioned::file));
        }
        if (saved == 0) {
            versions.remove(id);
            throw new StaleCaseException(id, Optional.empty());
        }
        versions.put(id, from + 1);
    }

    private void bindListed(PreparedStatement ps, CaseFile c) throws SQLException {
        ps.setString(1, json.toStored(c));
        if (c.plan().payerId().isPresent()) {
            ps.setLong(2, c.plan().payerId().get());
        } else {
            ps.setNull(2, Types.BIGINT);
        }
        ps.setString(3, c.patient().name());
        ps.setString(4, c.plan().planType().map(HasId::id).orElse(null));
        ps.setString(5, c.levelOfCare().map(HasId::id).orElse(null));
        ps.setString(6, c.status().id());
        Optional<LocalDate> denied = c.firstDenial().flatMap(Denial::effectiveDate);
        if (denied.isPresent()) {
            ps.setObject(7, denied.get());
        } else {
            ps.setNull(7, Types.DATE);
        }
        Optional<NextDeadline> next = nextDeadlines.of(c, LocalDateTime.now(clock));
        ps.setString(8, next.map(NextDeadline::dueText).orElse(null));
        ps.setString(9, next.map(NextDeadline::deadlineId).orElse(null));
        ps.setString(10, next.map(NextDeadline::label).orElse(null));
    }

    /** The stored case, and its version remembered for the next save. */
    @Override
    public Optional<CaseFile> find(long id) {
        Optional<Versioned> found = read(id);
        found.ifPresent(v -> versions.put(id, v.version()));
        return found.map(Versioned::file);
    }

    private record Versioned(long version, CaseFile file) {}

    private Optional<Versioned> read(long id) {
        return inTransaction(
                "read cases",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT version, document::text FROM overturn.case_file WHERE id = ?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                return Optional.empty();
                            }
                            try {
                                return Optional.of(
                                        new Versioned(
                                                rs.getLong(1),
                                                json.fromStored(id, rs.getString(2))));
                            } catch (IllegalStateException e) {
                                throw new DatabaseException(
                                        "Case "
                                                + id
                                                + " is stored in a form this version of Overturn"
                                                + " cannot read. The other cases are not affected.",
                                        e);
                            }
                        }
                    }
                });
    }

    /** Removes a case with everything filed under it (admins only); false when there was none. */
    @Override
    public boolean delete(long id) {
        boolean deleted =
                inTransaction(
                        "delete a case",
                        conn -> {
                            try (PreparedStatement ps =
                                    conn.prepareStatement(
                                            "DELETE FROM overturn.case_file WHERE id = ?")) {
                                ps.setLong(1, id);
                                return ps.executeUpdate() == 1;
                            }
                        });
        versions.remove(id);
        return deleted;
    }

    @Override
    public int count() {
        return inTransaction(
                "read cases",
                conn -> {
                    try (PreparedStatement ps =
                                    conn.prepareStatement(
                                            "SELECT count(*) FROM overturn.case_file");
                            ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    /**
     * The rows of the Cases screen, newest first, each with the next deadline stored at its last
     * save. The time of the last save is the server's, the same for everyone sharing the store.
     */
    @Override
    public List<CaseSummary> summaries() {
        return inTransaction(
                "read cases",
                conn -> {
                    List<CaseSummary> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    conn.prepareStatement(
                                            "SELECT c.id, c.patient_name, p.entry ->> 'name', c.plan_type,"
                                                    + " c.level_of_care, c.status, c.denial_date, c.updated_at,"
                                                    + " c.next_deadline_id, c.next_deadline_label, c.next_deadline_due"
                                                    + " FROM overturn.case_file c"
                                                    + " LEFT JOIN overturn.payer p ON p.id = c.payer_id"
                                                    + " ORDER BY c.id DESC");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new CaseSummary(
                                            rs.getLong(1),
                                            orEmpty(rs.getString(2)),
                                            orEmpty(rs.getString(3)),
                                            HasId.find(PlanType.class, rs.getString(4)),
                                            HasId.find(LevelOfCare.class, rs.getString(5)),
                                            HasId.find(CaseStatus.class, rs.getString(6))
                                                    .orElse(CaseStatus.DENIED),
                                            Optional.ofNullable(rs.getObject(7, LocalDate.class)),
                                            rs.getObject(8, OffsetDateTime.class).toInstant(),
                                            NextDeadline.parse(
                                                    rs.getString(9),
                                                    rs.getString(10),
                                                    rs.getString(11))));
                        }
                    }
                    return out;
                });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The case (still stored) imported from a file with this SHA-256, if any. */
    @Override
    public Optional<Long> importedFrom(String sha256) {
        return inTransaction(
                "read cases",
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT case_id FROM overturn.import_source WHERE sha256 = ?")) {
                        ps.setString(1, sha256);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                        }
                    }
                });
    }

    private interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    /** The database refused a save made from an older version. */
    private static final class OutOfDate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfDate(SQLException cause) {
            super(cause);
        }
    }

    /**
     * Runs {@code work} in one transaction on a connection of its own.
     *
     * @param wanted what the person was doing, for the message when their role may not
     */
    private <T> T inTransaction(String wanted, Work<T> work) {
        try (Connection conn = connections.open()) {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                if (e instanceof SQLException s) {
                    throw translate(conn, wanted, s);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(
                    "The shared case store could not be reached or failed: " + e.getMessage(), e);
        }
    }

    private static RuntimeException translate(Connection conn, String wanted, SQLException e) {
        String state = e.getSQLState();
        if (OUT_OF_DATE.equals(state)) {
            return new OutOfDate(e);
        }
        if (PERMISSION_DENIED.equals(state)) {
            return new DatabaseException(refusal(wanted, role(conn)), e);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            return new DatabaseException(
                    "The case names a payer that is not in the shared payer directory.", e);
        }
        return new DatabaseException("The shared case store refused this: " + e.getMessage(), e);
    }

    /**
     * The person's sentence when the database refused {@code wanted}: what their role allows and
     * what it does not.
     */
    static String refusal(String wanted, Optional<String> role) {
        if (role.isEmpty()) {
            return "Your login has no Overturn role on this database, so you may not "
                    + wanted
                    + ". Ask an admin to make you a reviewer, clinician or admin.";
        }
        String may =
                switch (role.get()) {
                    case "admin" -> "read, change and delete cases";
                    case "clinician" -> "read and change cases";
                    default -> "read cases and log calls";
                };
        return "You may " + may + " but not " + wanted + " (your role is " + role.get() + ").";
    }

    /** The strongest Overturn group role the logged-in person holds, without its prefix. */
    private static Optional<String> role(Connection conn) {
        try (PreparedStatement ps =
                        conn.prepareStatement(
                                "SELECT CASE WHEN pg_has_role('overturn_admin', 'MEMBER') THEN 'admin'"
                                        + " WHEN pg_has_role('overturn_clinician', 'MEMBER') THEN 'clinician'"
                                        + " WHEN pg_has_role('overturn_reviewer', 'MEMBER') THEN 'reviewer'"
                                        + " END");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getString(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
