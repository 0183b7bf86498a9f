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
import java.util.LinkedHashMap;
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
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.report.CaseFacts;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.StaleCaseException;
import org.overturn.persistence.CaseFactsTables;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.FactsDialect;
import org.overturn.persistence.NextDeadlines;
import org.overturn.persistence.json.CaseJson;

/**
 * Cases in the shared store on PostgreSQL (ADR 0019): each case is one {@code jsonb} document (the
 * same codec as the local store) with the Cases list's columns copied beside it at each save. Its
 * peer-to-peer calls are rows of {@code overturn.call_log} ({@link CallRows}), not part of the
 * document, so a save that changes only calls (a reviewer logging one) needs no right on the case.
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
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final SharedTransactions transactions;
    private final CaseJson json;
    private final Clock clock;
    private final NextDeadlines nextDeadlines = new NextDeadlines();

    /**
     * Per case id, what this store last read or wrote of it: the version, the document (without
     * calls) and the rows of the calls, by call id.
     */
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    private record Known(long version, CaseFile document, Map<String, CallRows.Row> calls) {}

    /** Lock space of the per-case lock that orders the writes of a case's calls and facts. */
    private static final int CASE_LOCK = 0x4f56_4331;

    public PostgresCaseStore(Connections connections, CaseJson json, Clock clock) {
        this.transactions = new SharedTransactions(connections, PostgresCaseStore::particular);
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
                    recordSource(conn, sourceSha256, stored.id().orElseThrow());
                    return stored;
                });
    }

    /**
     * Imports a case with its payer, its documents and the SHA-256 of its file, in one transaction:
     * all of it is stored or none. The payer is the directory's entry of the same name (ignoring
     * case and surrounding spaces); one the directory does not hold is added when the person is an
     * admin, and otherwise the whole import is refused with a sentence naming the payer, since only
     * admins keep the shared directory.
     */
    @Override
    public CaseFile importWithDocuments(
            CaseFile c,
            Optional<Payer> payer,
            Optional<String> sourceSha256,
            List<DocumentStore.Document> documents) {
        return inTransaction(
                "import a case",
                conn -> {
                    Optional<Long> payerId = Optional.empty();
                    if (payer.isPresent()) {
                        payerId = PostgresPayerStore.matchOrAdd(conn, json, payer.get()).id();
                    }
                    CaseFile stored =
                            insert(conn, c.withPlan(c.plan().withPayerId(payerId)).withoutId());
                    long id = stored.id().orElseThrow();
                    for (DocumentStore.Document d : documents) {
                        PostgresDocumentStore.insert(conn, id, d);
                    }
                    if (sourceSha256.isPresent()) {
                        recordSource(conn, sourceSha256.get(), id);
                    }
                    return stored;
                });
    }

    /** The file a case came from; the first case imported from a file keeps it. */
    private static void recordSource(Connection conn, String sha256, long caseId)
            throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.import_source (sha256, case_id) VALUES (?, ?) "
                                + "ON CONFLICT (sha256) DO NOTHING")) {
            ps.setString(1, sha256);
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    private CaseFile insert(Connection conn, CaseFile c) throws SQLException {
        CallRows.Split split = CallRows.split(c);
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.case_file (document, payer_id, patient_name, plan_type,"
                                + " level_of_care, status, denial_date, next_deadline_due, next_deadline_id,"
                                + " next_deadline_label) VALUES (?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id, version")) {
            bindListed(ps, c, split.document());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                long version = rs.getLong(2);
                Map<String, CallRows.Row> rows = new LinkedHashMap<>();
                for (CallRows.Call call : split.calls()) {
                    long row = CallRows.insert(conn, json, id, call);
                    rows.put(call.call().id(), new CallRows.Row(row, call.call(), call.event()));
                }
                writeFacts(conn, id, c);
                known.put(id, new Known(version, split.document().withId(id), rows));
                return c.withId(id);
            }
        }
    }

    /**
     * Rewrites what the case adds to the payer report (ADR 0016), in the transaction that saves it,
     * so the report never disagrees with the document.
     */
    private static void writeFacts(Connection conn, long id, CaseFile c) throws SQLException {
        CaseFactsTables.write(conn, id, CaseFacts.of(c), FactsDialect.POSTGRES);
    }

    /**
     * Saves a case over the version this store last read or wrote of it. The document (the case
     * without its calls) is written, as that version plus one, only when it differs from the one
     * read; the calls added, changed or removed since are written to their rows, each change only
     * over the row as it was read. A save that changes only calls (a reviewer logging one) leaves
     * the document and its version alone, so nobody else's open case goes stale. Calls logged by
     * others meanwhile are kept.
     *
     * @throws StaleCaseException when someone else saved or deleted it since, or changed or removed
     *     a call this save changes; nothing is saved and what was read stays remembered, so reading
     *     the case again is what allows saving over theirs
     */
    @Override
    public void update(CaseFile c) {
        long id =
                c.id().orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "case has no id; create it first"));
        Known from = known.get(id);
        if (from == null) {
            if (read(id).isEmpty()) {
                throw new DatabaseException("Case " + id + " no longer exists.");
            }
            throw new IllegalStateException(
                    "case " + id + " was not read through this store; read it before saving it");
        }
        CallRows.Split split = CallRows.split(c);
        boolean documentDiffers = !split.document().equals(from.document());
        List<CallRows.Call> added = new ArrayList<>();
        List<CallRows.Call> changed = new ArrayList<>();
        Map<String, CallRows.Row> removed = new LinkedHashMap<>(from.calls());
        for (CallRows.Call call : split.calls()) {
            CallRows.Row before = removed.remove(call.call().id());
            if (before == null) {
                added.add(call);
            } else if (!before.call().equals(call.call()) || !before.event().equals(call.event())) {
                changed.add(call);
            }
        }
        // A save that changes nothing writes the document as before (the listed columns and the
        // next deadline are written again, and the version check applies); only a save whose
        // changes are all calls leaves the document alone.
        boolean documentChanged =
                documentDiffers || (added.isEmpty() && changed.isEmpty() && removed.isEmpty());
        Map<String, CallRows.Row> rows;
        try {
            rows =
                    inTransaction(
                            documentChanged ? "change this case" : "log calls on this case",
                            conn -> {
                                lockCase(conn, id);
                                if (documentChanged) {
                                    if (updateDocument(conn, c, split.document(), from.version())
                                            == 0) {
                                        return null;
                                    }
                                } else if (!exists(conn, id)) {
                                    return null;
                                }
                                Map<String, CallRows.Row> now = new LinkedHashMap<>(from.calls());
                                for (CallRows.Row r : removed.values()) {
                                    if (!CallRows.delete(conn, json, r)) {
                                        throw new CallsChanged();
                                    }
                                    now.remove(r.call().id());
                                }
                                for (CallRows.Call call : changed) {
                                    CallRows.Row before = now.get(call.call().id());
                                    if (!CallRows.update(conn, json, before, call)) {
                                        throw new CallsChanged();
                                    }
                                    now.put(
                                            call.call().id(),
                                            new CallRows.Row(
                                                    before.rowId(), call.call(), call.event()));
                                }
                                for (CallRows.Call call : added) {
                                    long row = CallRows.insert(conn, json, id, call);
                                    now.put(
                                            call.call().id(),
                                            new CallRows.Row(row, call.call(), call.event()));
                                }
                                writeFacts(conn, id, readIn(conn, id).orElseThrow().file());
                                return now;
                            });
        } catch (OutOfDate | CallsChanged e) {
            throw new StaleCaseException(id, read(id).map(Loaded::file));
        }
        if (rows == null) {
            known.remove(id);
            throw new StaleCaseException(id, Optional.empty());
        }
        known.put(
                id,
                documentChanged
                        ? new Known(from.version() + 1, split.document(), rows)
                        : new Known(from.version(), from.document(), rows));
    }

    private int updateDocument(Connection conn, CaseFile c, CaseFile document, long from)
            throws SQLException {
        long id = c.id().orElseThrow();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "UPDATE overturn.case_file SET document = ?::jsonb, payer_id = ?,"
                                + " patient_name = ?, plan_type = ?, level_of_care = ?, status = ?,"
                                + " denial_date = ?, next_deadline_due = ?, next_deadline_id = ?,"
                                + " next_deadline_label = ?, version = ? WHERE id = ?")) {
            bindListed(ps, c, document);
            ps.setLong(11, from + 1);
            ps.setLong(12, id);
            return ps.executeUpdate();
        }
    }

    private static boolean exists(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement("SELECT 1 FROM overturn.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Orders the writers of one case: the facts are rewritten from the case's calls as stored, so
     * two people logging calls at once must not each count without the other's.
     */
    private static void lockCase(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, CASE_LOCK);
            ps.setInt(2, (int) (id ^ (id >>> 32)));
            ps.execute();
        }
    }

    /** The listed columns from the case, and the document without its calls. */
    private void bindListed(PreparedStatement ps, CaseFile c, CaseFile document)
            throws SQLException {
        ps.setString(1, json.toStored(document));
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

    /** The stored case with its calls, and what was read remembered for the next save. */
    @Override
    public Optional<CaseFile> find(long id) {
        Optional<Loaded> found = read(id);
        found.ifPresent(v -> known.put(id, v.known()));
        return found.map(Loaded::file);
    }

    /** A case as read: what a save must be made over, and the case the person sees. */
    private record Loaded(Known known, CaseFile file) {}

    private Optional<Loaded> read(long id) {
        return inTransaction(
                "read cases",
                conn -> {
                    // The document and its calls as of one moment.
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")) {
                        ps.execute();
                    }
                    return readIn(conn, id);
                });
    }

    private Optional<Loaded> readIn(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT version, document::text FROM overturn.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    CaseFile document = json.fromStored(id, rs.getString(2));
                    List<CallRows.Row> rows = CallRows.read(conn, json, id);
                    Map<String, CallRows.Row> byCall = new LinkedHashMap<>();
                    rows.forEach(r -> byCall.put(r.call().id(), r));
                    return Optional.of(
                            new Loaded(
                                    new Known(rs.getLong(1), document, byCall),
                                    CallRows.join(document, rows)));
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new DatabaseException(
                            "Case "
                                    + id
                                    + " is stored in a form this version of Overturn"
                                    + " cannot read. The other cases are not affected.",
                            e);
                }
            }
        }
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
        known.remove(id);
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

    /** A call this save changes was changed or removed by someone else since it was read. */
    private static final class CallsChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The database refused a save made from an older version. */
    private static final class OutOfDate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfDate(SQLException cause) {
            super(cause);
        }
    }

    /** A stale save, or a payer id the directory does not hold; null for the common refusals. */
    private static RuntimeException particular(SQLException e) {
        String state = e.getSQLState();
        if (OUT_OF_DATE.equals(state)) {
            return new OutOfDate(e);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            return new DatabaseException(
                    "The case names a payer that is not in the shared payer directory.", e);
        }
        return null;
    }

    private <T> T inTransaction(String wanted, SharedTransactions.Work<T> work) {
        return transactions.inTransaction(wanted, work);
    }
}
