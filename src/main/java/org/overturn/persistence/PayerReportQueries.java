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
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;

/**
 * The patterns by payer counted with SQL over the facts tables kept with every case (ADR 0016; no
 * case document is read): one query for the cases, one per breakdown of the denials, one for the
 * days to a decision. The same statements on both stores, in each one's {@link FactsDialect}, run
 * on a connection the store opens. Reads no name, date of birth or member id.
 */
public final class PayerReportQueries {

    private static final String[] NO_PAYER = {"", ""};

    private final FactsDialect dialect;

    /** Cases in the filter: by their first denial's day and their current level of care. */
    private final String casesIn;

    /** Denials in the filter: by their own day and level of care. */
    private final String denialsIn;

    public PayerReportQueries(FactsDialect dialect) {
        this.dialect = dialect;
        String day = dialect.dayParameter();
        this.casesIn =
                " FROM "
                        + dialect.table("case_file")
                        + " c JOIN "
                        + dialect.table("case_outcome_fact")
                        + " o ON o.case_id = c.id"
                        + filter("o.first_denied_on", "c.level_of_care", day);
        this.denialsIn =
                " FROM "
                        + dialect.table("denial_fact")
                        + " d JOIN "
                        + dialect.table("case_file")
                        + " c ON c.id = d.case_id"
                        + filter("d.denied_on", "d.level_of_care", day);
    }

    /** Each parameter is bound twice ({@link #bind}): once to test for none, once to compare. */
    private static String filter(String dayColumn, String levelColumn, String day) {
        return " WHERE ("
                + day
                + " IS NULL OR "
                + dayColumn
                + " >= "
                + day
                + ") AND ("
                + day
                + " IS NULL OR "
                + dayColumn
                + " <= "
                + day
                + ") AND (? IS NULL OR "
                + levelColumn
                + " = ?)";
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

    /** A count of the rows where {@code condition} holds, in SQL both stores read. */
    private static String countWhere(String condition) {
        return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** Month by month for each payer in the filter, oldest first. */
    public List<PayerMonth> months(Connection conn, ReportFilter f) throws SQLException {
        Map<Long, String[]> payers = payers(conn);
        // payer id -> month -> {denials, decided, overturned}
        Map<Long, Map<String, int[]>> by = new HashMap<>();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), "
                                + dialect.month("d.denied_on")
                                + ", count(*)"
                                + denialsIn
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
                        "SELECT coalesce(c.payer_id, 0), "
                                + dialect.month("o.first_denied_on")
                                + ", "
                                + countWhere("o.resolution <> '" + Resolution.OPEN.id() + "'")
                                + ", "
                                + countWhere(
                                        "o.resolution IN ('"
                                                + Resolution.OVERTURNED_AT_P2P.id()
                                                + "', '"
                                                + Resolution.OVERTURNED_ON_APPEAL.id()
                                                + "', '"
                                                + Resolution.OVERTURNED_AT_EXTERNAL_REVIEW.id()
                                                + "')")
                                + casesIn
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
        record Row(long payerId, PayerMonth month) {}
        List<Row> out = new ArrayList<>();
        by.forEach(
                (payer, months) ->
                        months.forEach(
                                (month, c) ->
                                        out.add(
                                                new Row(
                                                        payer,
                                                        new PayerMonth(
                                                                payers.getOrDefault(
                                                                                payer, NO_PAYER)[0],
                                                                YearMonth.parse(month),
                                                                c[0],
                                                                c[1],
                                                                c[2])))));
        // The payer's id last, so two payers of one name come in the same order from either store.
        out.sort(
                Comparator.comparing((Row r) -> r.month().month())
                        .thenComparing(r -> r.month().payer(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Row::payerId));
        return out.stream().map(Row::month).toList();
    }

    private static int[] cell(Map<Long, Map<String, int[]>> by, long payer, String month) {
        return by.computeIfAbsent(payer, k -> new TreeMap<>())
                .computeIfAbsent(month, k -> new int[3]);
    }

    /** One row per payer with a case in the filter, most denials first. */
    public List<PayerPatterns> patterns(Connection conn, ReportFilter f) throws SQLException {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        String resolutions =
                String.join(
                        ", ",
                        Arrays.stream(Resolution.values())
                                .map(r -> countWhere("o.resolution = '" + r.id() + "'"))
                                .toList());
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT coalesce(c.payer_id, 0), count(*), "
                                + countWhere("o.p2p_calls > 0")
                                + ", sum(o.p2p_honoured), sum(o.p2p_not_honoured),"
                                + " sum(o.billed_cents), sum(o.recovered_cents), "
                                + resolutions
                                + casesIn
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
                                + casesIn
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
                        "SELECT coalesce(c.payer_id, 0), count(*)" + denialsIn + " GROUP BY 1")) {
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
                            + denialsIn
                            + " GROUP BY 1, 2");
        }
        breakdown(
                conn,
                f,
                tallies,
                "reason",
                "SELECT coalesce(c.payer_id, 0), r.reason, count(*) FROM "
                        + dialect.table("denial_reason_fact")
                        + " r JOIN "
                        + dialect.table("denial_fact")
                        + " d ON d.case_id = r.case_id AND d.seq = r.seq"
                        + denialsIn.substring(denialsIn.indexOf(" JOIN "))
                        + " GROUP BY 1, 2");
        Map<Long, String[]> payers = payers(conn);
        record Row(long payerId, PayerPatterns patterns) {}
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Long, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (t.cases == 0 && t.denials == 0) {
                continue;
            }
            String[] p = payers.getOrDefault(e.getKey(), NO_PAYER);
            out.add(
                    new Row(
                            e.getKey(),
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
                                    t.recoveredCents)));
        }
        // The payer's id last, so two payers of one name come in the same order from either store.
        out.sort(
                Comparator.comparingInt((Row r) -> r.patterns().denials())
                        .reversed()
                        .thenComparing(r -> r.patterns().payer(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Row::payerId));
        return out.stream().map(Row::patterns).toList();
    }

    private void breakdown(
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

    private Map<Long, String[]> payers(Connection conn) throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(dialect.payers());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    private void bind(PreparedStatement ps, ReportFilter f) throws SQLException {
        dialect.day(ps, 1, f.from());
        dialect.day(ps, 2, f.from());
        dialect.day(ps, 3, f.to());
        dialect.day(ps, 4, f.to());
        Optional<String> level = f.level().map(HasId::id);
        for (int at : new int[] {5, 6}) {
            if (level.isPresent()) {
                ps.setString(at, level.get());
            } else {
                ps.setNull(at, Types.VARCHAR);
            }
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
