package org.overturn.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/**
 * Cases in SQLite. Each case is one JSON document (the same codec as the case file), with the
 * listed columns copied beside it so the Cases screen reads 10,000 rows without parsing a document.
 */
public final class SqliteCaseRepository implements CaseStore {

    private final Database db;
    private final CaseJson json;
    private final Clock clock;
    private final NextDeadlines nextDeadlines = new NextDeadlines();

    public SqliteCaseRepository(Database db, CaseJson json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new case and returns it with its id. */
    public CaseFile create(CaseFile c) {
        return db.inTransaction(conn -> insert(conn, c));
    }

    /** Stores many new cases in one transaction (bulk import, benchmarks); all or none. */
    public List<CaseFile> createAll(List<CaseFile> many) {
        return db.inTransaction(
                conn -> {
                    List<CaseFile> out = new ArrayList<>(many.size());
                    for (CaseFile c : many) {
                        out.add(insert(conn, c));
                    }
                    return out;
                });
    }

    /**
     * Stores an imported case, matching its payer to the directory or adding it, all in one
     * transaction.
     */
    public CaseFile importCase(ImportedCase imported) {
        return importCase(imported, Optional.empty());
    }

    /**
     * Imports the case and, in the same transaction, the SHA-256 of the file it came from: a case
     * is never stored without its source, so a retry after a kill finds it.
     */
    public CaseFile importCase(ImportedCase imported, Optional<String> sourceSha256) {
        return importCase(imported.caseFile(), imported.payer(), sourceSha256);
    }

    /**
     * Imports the case with its payer (matched to the directory or added to it), its documents
     * (enclosures, frozen copies of what was sent) and the SHA-256 of the file it came from, all in
     * one transaction: a case bundle lands whole or not at all.
     */
    @Override
    public CaseFile importWithDocuments(
            CaseFile c,
            Optional<Payer> payer,
            Optional<String> sourceSha256,
            List<DocumentStore.Document> documents) {
        return db.inTransaction(
                conn -> {
                    CaseFile stored = insertImported(conn, c, payer);
                    long id = stored.id().orElseThrow();
                    for (DocumentStore.Document d : documents) {
                        SqliteDocumentStore.insert(conn, id, d, clock);
                    }
                    if (sourceSha256.isPresent()) {
                        try (PreparedStatement ps =
                                conn.prepareStatement(
                                        "INSERT INTO import_source (sha256, case_id, imported_at) VALUES (?, ?, ?)")) {
                            ps.setString(1, sourceSha256.get());
                            ps.setLong(2, id);
                            ps.setString(3, Instant.now(clock).toString());
                            ps.executeUpdate();
                        }
                    }
                    return stored;
                });
    }

    /** The case (still stored) first imported from a file with this SHA-256, if any. */
    public Optional<Long> importedFrom(String sha256) {
        return db.read(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT s.case_id FROM import_source s JOIN case_file c "
                                            + "ON c.id = s.case_id WHERE s.sha256 = ? ORDER BY s.rowid LIMIT 1")) {
                        ps.setString(1, sha256);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                        }
                    }
                });
    }

    private CaseFile insertImported(Connection conn, CaseFile c, Optional<Payer> payer)
            throws SQLException {
        Optional<Long> payerId = Optional.empty();
        if (payer.isPresent()) {
            Payer p = SqlitePayerRepository.matchOrAdd(conn, payer.get());
            payerId = p.id();
        }
        return insert(conn, c.withPlan(c.plan().withPayerId(payerId)).withoutId());
    }

    private CaseFile insert(Connection conn, CaseFile c) throws SQLException {
        String now = Instant.now(clock).toString();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO case_file (created_at, updated_at, payer_id, "
                                + "patient_name, plan_type, level_of_care, status, denial_date, doc, next_deadline_due, next_deadline_id, "
                                + "next_deadline_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, now);
            ps.setString(2, now);
            bindListed(ps, 3, c);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            CaseFactsTables.write(conn, id, CaseFacts.of(c));
            return c.withId(id);
        }
    }

    /** Saves every part of an existing case. */
    public void update(CaseFile c) {
        long id =
                c.id().orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "case has no id; create it first"));
        db.inTransaction(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "UPDATE case_file SET updated_at = ?, payer_id = ?, "
                                            + "patient_name = ?, plan_type = ?, level_of_care = ?, status = ?, denial_date = ?, doc = ?, "
                                            + "next_deadline_due = ?, next_deadline_id = ?, next_deadline_label = ? WHERE id = ?")) {
                        ps.setString(1, Instant.now(clock).toString());
                        bindListed(ps, 2, c);
                        ps.setLong(12, id);
                        if (ps.executeUpdate() != 1) {
                            throw new DatabaseException("Case " + id + " no longer exists.");
                        }
                    }
                    CaseFactsTables.write(conn, id, CaseFacts.of(c));
                    return null;
                });
    }

    private void bindListed(PreparedStatement ps, int first, CaseFile c) throws SQLException {
        if (c.plan().payerId().isPresent()) {
            ps.setLong(first, c.plan().payerId().get());
        } else {
            ps.setNull(first, Types.INTEGER);
        }
        ps.setString(first + 1, c.patient().name());
        ps.setString(first + 2, c.plan().planType().map(HasId::id).orElse(null));
        ps.setString(first + 3, c.levelOfCare().map(HasId::id).orElse(null));
        ps.setString(first + 4, c.status().id());
        ps.setString(
                first + 5,
                c.firstDenial()
                        .flatMap(Denial::effectiveDate)
                        .map(LocalDate::toString)
                        .orElse(null));
        ps.setString(first + 6, json.toStored(c));
        Optional<NextDeadline> next = nextDeadlines.of(c, LocalDateTime.now(clock));
        ps.setString(first + 7, next.map(NextDeadline::dueText).orElse(null));
        ps.setString(first + 8, next.map(NextDeadline::deadlineId).orElse(null));
        ps.setString(first + 9, next.map(NextDeadline::label).orElse(null));
    }

    public Optional<CaseFile> find(long id) {
        return db.read(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement("SELECT doc FROM case_file WHERE id = ?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                return Optional.empty();
                            }
                            try {
                                return Optional.of(json.fromStored(id, rs.getString(1)));
                            } catch (IllegalStateException e) {
                                // A document damaged on disk (SQLite checks pages, not what they
                                // hold).
                                throw new DatabaseException(
                                        "Case "
                                                + id
                                                + " is damaged: its stored document does not read. "
                                                + "The other cases are not affected; restore the latest backup to get it back.",
                                        e);
                            }
                        }
                    }
                });
    }

    public boolean delete(long id) {
        return db.inTransaction(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement("DELETE FROM case_file WHERE id = ?")) {
                        ps.setLong(1, id);
                        return ps.executeUpdate() == 1;
                    }
                });
    }

    public int count() {
        return db.read(
                conn -> {
                    try (PreparedStatement ps =
                                    conn.prepareStatement("SELECT count(*) FROM case_file");
                            ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    /** The Cases list's columns after the id, in the order {@link #summary} reads them. */
    private static final List<String> LIST_COLUMNS =
            List.of(
                    "c.patient_name",
                    "p.name",
                    "c.plan_type",
                    "c.level_of_care",
                    "c.status",
                    "c.denial_date",
                    "c.updated_at",
                    "c.next_deadline_id",
                    "c.next_deadline_label",
                    "c.next_deadline_due");

    /** Between the packed columns: the ASCII unit separator, which no real text holds. */
    private static final char SEPARATOR = '\u001f';

    private static final String FROM = " FROM case_file c LEFT JOIN payer p ON p.id = c.payer_id";

    /**
     * The Cases list's query. Every column it reads is in the {@code case_file_list} index (version
     * 7), so SQLite answers it from the index and reads no case document; and the texts come back
     * packed in one, as the driver's cost is per column read (10,000 rows: 29 -> 12 ms).
     */
    static final String SUMMARIES =
            "SELECT c.id, "
                    + String.join(
                            " || char(31) || ",
                            LIST_COLUMNS.stream().map(c -> "coalesce(" + c + ", '')").toList())
                    + FROM
                    + " ORDER BY c.id DESC";

    /** One row's columns apart, for the rare text that holds the separator itself. */
    private static final String SUMMARY_OF_ONE =
            "SELECT c.id, " + String.join(", ", LIST_COLUMNS) + FROM + " WHERE c.id = ?";

    /** The rows of the Cases screen, newest first, each with its stored next deadline. */
    public List<CaseSummary> summaries() {
        return db.read(
                conn -> {
                    List<CaseSummary> out = new ArrayList<>();
                    try (PreparedStatement ps = conn.prepareStatement(SUMMARIES);
                            ResultSet rs = ps.executeQuery()) {
                        String[] fields = new String[LIST_COLUMNS.size()];
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            out.add(
                                    unpack(rs.getString(2), fields)
                                            ? summary(id, fields)
                                            : summaryOfOne(conn, id));
                        }
                    }
                    return out;
                });
    }

    /** Splits a packed row into {@code fields}; false when a text held the separator. */
    static boolean unpack(String packed, String[] fields) {
        int from = 0;
        for (int i = 0; i < fields.length - 1; i++) {
            int to = packed.indexOf(SEPARATOR, from);
            if (to < 0) {
                return false;
            }
            fields[i] = packed.substring(from, to);
            from = to + 1;
        }
        if (packed.indexOf(SEPARATOR, from) >= 0) {
            return false;
        }
        fields[fields.length - 1] = packed.substring(from);
        return true;
    }

    private static CaseSummary summaryOfOne(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(SUMMARY_OF_ONE)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String[] fields = new String[LIST_COLUMNS.size()];
                for (int i = 0; i < fields.length; i++) {
                    String v = rs.getString(i + 2);
                    fields[i] = v == null ? "" : v;
                }
                return summary(id, fields);
            }
        }
    }

    /** A list row from its texts, an absent value read as "" (no stored value is ""). */
    private static CaseSummary summary(long id, String[] f) {
        return new CaseSummary(
                id,
                f[0],
                f[1],
                HasId.find(PlanType.class, f[2]),
                HasId.find(LevelOfCare.class, f[3]),
                HasId.find(CaseStatus.class, f[4]).orElse(CaseStatus.DENIED),
                f[5].isEmpty() ? Optional.empty() : Optional.of(IsoTimes.date(f[5])),
                IsoTimes.instant(f[6]),
                NextDeadline.parse(
                        f[7].isEmpty() ? null : f[7], f[8].isEmpty() ? null : f[8], f[9]));
    }
}
