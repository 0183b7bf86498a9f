package org.overturn.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;

/**
 * The patterns by payer counted with SQL over the tables version 8 keeps with every case (no case
 * document is read): one query for the cases, one per breakdown of the denials, one for the days to
 * a decision. Reads no name, date of birth or member id.
 */
public final class SqlitePayerReport implements PayerReport {

    /** Cases in the filter: by their first denial's day and their current level of care. */
    private static final String CASES_IN =
            " FROM case_file c JOIN case_outcome_fact o ON o.case_id = c.id"
                    + " WHERE (?1 IS NULL OR o.first_denied_on >= ?1)"
                    + " AND (?2 IS NULL OR o.first_denied_on <= ?2)"
                    + " AND (?3 IS NULL OR c.level_of_care = ?3)";

    /** Denials in the filter: by their own day and level of care. */
    private static final String DENIALS_IN =
            " FROM denial_fact d JOIN case_file c ON c.id = d.case_id"
                    + " WHERE (?1 IS NULL OR d.denied_on >= ?1)"
                    + " AND (?2 IS NULL OR d.denied_on <= ?2)"
                    + " AND (?3 IS NULL OR d.level_of_care = ?3)";

    private final Database db;

    public SqlitePayerReport(Database db) {
        this.db = db;
    }

    /** What is being added up for one payer (key: the payer's id, 0 for none). */
    private static final class Tally {
        int cases;
        int denials;
        final Map<String, Map<String, Integer>> breakdowns = new HashMap<>();
        int casesWithCall;
        int callsHonoured;
        int callsNotHonoured;
        final Map<Resolution, Integer> resolutions = new EnumMap<>(Resolution.class);
        final List<Integer> days = new ArrayList<>();
        long billedCents;
        long recoveredCents;
    }

    @Override
    public List<PayerPatterns> patterns(ReportFilter filter) {
        return db.read(conn -> patterns(conn, filter));
    }

    @Override
    public List<PayerMonth> months(ReportFilter filter) {
        return db.read(conn -> months(conn, filter));
    }

    private static List<PayerMonth> months(Connection conn, ReportFilter f) throws SQLException {
        Map<Long, String[]> payers = payers(conn);
        // payer id -> month -> {denials, decided, overturned}
        Map<Long, Map<String, int[]>> by = new HashMap<>();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), substr(d.denied_on, 1, 7), count(*)"
                                + DENIALS_IN
                                + " AND d.denied_on IS NOT NULL GROUP BY 1, 2")) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cell(by, rs.getLong(1), rs.getString(2))[0] = rs.getInt(3);
                }
            }
        }
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), substr(o.first_denied_on, 1, 7),"
                                + " sum(o.resolution <> '"
                                + Resolution.OPEN.id()
                                + "'), sum(o.resolution IN ('"
                                + Resolution.OVERTURNED_AT_P2P.id()
                                + "', '"
                                + Resolution.OVERTURNED_ON_APPEAL.id()
                                + "', '"
                                + Resolution.OVERTURNED_AT_EXTERNAL_REVIEW.id()
                                + "'))"
                                + CASES_IN
                                + " AND o.first_denied_on IS NOT NULL GROUP BY 1, 2")) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] c = cell(by, rs.getLong(1), rs.getString(2));
                    c[1] = rs.getInt(3);
                    c[2] = rs.getInt(4);
                }
            }
        }
        List<PayerMonth> out = new ArrayList<>();
        by.forEach(
                (payer, months) ->
                        months.forEach(
                                (month, c) ->
                                        out.add(
                                                new PayerMonth(
                                                        payers.getOrDefault(
                                                                        payer,
                                                                        new String[] {"", ""})[0],
                                                        YearMonth.parse(month),
                                                        c[0],
                                                        c[1],
                                                        c[2]))));
        out.sort(
                Comparator.comparing(PayerMonth::month)
                        .thenComparing(PayerMonth::payer, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static int[] cell(Map<Long, Map<String, int[]>> by, long payer, String month) {
        return by.computeIfAbsent(payer, k -> new TreeMap<>())
                .computeIfAbsent(month, k -> new int[3]);
    }

    private static List<PayerPatterns> patterns(Connection conn, ReportFilter f)
            throws SQLException {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        String resolutions =
                String.join(
                        ", ",
                        Arrays.stream(Resolution.values())
                                .map(r -> "sum(o.resolution = '" + r.id() + "')")
                                .toList());
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), count(*), sum(o.p2p_calls > 0),"
                                + " sum(o.p2p_honoured), sum(o.p2p_not_honoured),"
                                + " sum(o.billed_cents), sum(o.recovered_cents), "
                                + resolutions
                                + CASES_IN
                                + " GROUP BY 1")) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tally t = tallies.computeIfAbsent(rs.getLong(1), k -> new Tally());
                    t.cases = rs.getInt(2);
                    t.casesWithCall = rs.getInt(3);
                    t.callsHonoured = rs.getInt(4);
                    t.callsNotHonoured = rs.getInt(5);
                    t.billedCents = rs.getLong(6);
                    t.recoveredCents = rs.getLong(7);
                    int col = 8;
                    for (Resolution r : Resolution.values()) {
                        int n = rs.getInt(col++);
                        if (n > 0) {
                            t.resolutions.put(r, n);
                        }
                    }
                }
            }
        }
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), o.days_to_decision"
                                + CASES_IN
                                + " AND o.days_to_decision IS NOT NULL")) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.computeIfAbsent(rs.getLong(1), k -> new Tally()).days.add(rs.getInt(2));
                }
            }
        }
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), count(*)" + DENIALS_IN + " GROUP BY 1")) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.computeIfAbsent(rs.getLong(1), k -> new Tally()).denials = rs.getInt(2);
                }
            }
        }
        for (String column : List.of("level_of_care", "denial_type", "criteria_set", "reviewer")) {
            breakdown(
                    conn,
                    f,
                    tallies,
                    column,
                    "SELECT coalesce(c.payer_id, 0), d."
                            + column
                            + ", count(*)"
                            + DENIALS_IN
                            + " GROUP BY 1, 2");
        }
        breakdown(
                conn,
                f,
                tallies,
                "reason",
                "SELECT coalesce(c.payer_id, 0), r.reason, count(*)"
                        + " FROM denial_reason_fact r JOIN denial_fact d"
                        + " ON d.case_id = r.case_id AND d.seq = r.seq"
                        + DENIALS_IN.substring(DENIALS_IN.indexOf(" JOIN case_file"))
                        + " GROUP BY 1, 2");
        Map<Long, String[]> payers = payers(conn);
        List<PayerPatterns> out = new ArrayList<>();
        for (Map.Entry<Long, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (t.cases == 0 && t.denials == 0) {
                continue;
            }
            String[] p = payers.getOrDefault(e.getKey(), new String[] {"", ""});
            out.add(
                    new PayerPatterns(
                            p[0],
                            p[1],
                            t.cases,
                            t.denials,
                            t.breakdowns.getOrDefault("level_of_care", Map.of()),
                            t.breakdowns.getOrDefault("reason", Map.of()),
                            t.breakdowns.getOrDefault("criteria_set", Map.of()),
                            t.breakdowns.getOrDefault("denial_type", Map.of()),
                            t.breakdowns.getOrDefault("reviewer", Map.of()),
                            t.casesWithCall,
                            t.callsHonoured,
                            t.callsNotHonoured,
                            t.resolutions,
                            median(t.days),
                            t.billedCents,
                            t.recoveredCents));
        }
        out.sort(
                Comparator.comparingInt(PayerPatterns::denials)
                        .reversed()
                        .thenComparing(PayerPatterns::payer, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static void breakdown(
            Connection conn, ReportFilter f, Map<Long, Tally> tallies, String name, String sql)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(ps, f);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.computeIfAbsent(rs.getLong(1), k -> new Tally())
                            .breakdowns
                            .computeIfAbsent(name, k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                }
            }
        }
    }

    private static Map<Long, String[]> payers(Connection conn) throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps =
                        conn.prepareStatement(
                                "SELECT id, name, behavioral_health_manager FROM payer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, ReportFilter f) throws SQLException {
        text(ps, 1, f.from().map(Object::toString));
        text(ps, 2, f.to().map(Object::toString));
        text(ps, 3, f.level().map(HasId::id));
    }

    private static void text(PreparedStatement ps, int at, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            ps.setString(at, v.get());
        } else {
            ps.setNull(at, Types.VARCHAR);
        }
    }

    static Optional<Double> median(List<Integer> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return Optional.of(n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0);
    }
}
