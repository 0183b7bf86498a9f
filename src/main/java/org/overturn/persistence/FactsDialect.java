package org.overturn.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the two stores differ in the payer report's facts tables (ADR 0016, ADR 0019): where the
 * tables are, how a day is kept, and where a payer's name is. The rows written and the counts made
 * are the same code for both; only these words differ.
 */
public enum FactsDialect {

    /** The local store: tables in the main schema, a day as ISO text, payers as columns. */
    SQLITE("", "?", "SELECT id, name, behavioral_health_manager FROM payer", "substr(%s, 1, 7)"),

    /**
     * The shared store: tables in the {@code overturn} schema, a day as {@code date}, a payer as a
     * JSON entry.
     */
    POSTGRES(
            "overturn.",
            "CAST(? AS date)",
            "SELECT id, coalesce(entry ->> 'name', ''),"
                    + " coalesce(entry ->> 'behavioralHealthManager', '') FROM overturn.payer",
            "to_char(%s, 'YYYY-MM')");

    private final String schema;
    private final String dayParameter;
    private final String payers;
    private final String month;

    FactsDialect(String schema, String dayParameter, String payers, String month) {
        this.schema = schema;
        this.dayParameter = dayParameter;
        this.payers = payers;
        this.month = month;
    }

    /** A table's name as a statement names it. */
    public String table(String name) {
        return schema + name;
    }

    /** A parameter that is compared with a day column. */
    String dayParameter() {
        return dayParameter;
    }

    /** Selects each payer's id, name and behavioral-health manager. */
    String payers() {
        return payers;
    }

    /** The year and month of a day column, as {@code 2026-01}. */
    String month(String column) {
        return month.formatted(column);
    }

    /** Binds a day, or its absence, the way this store keeps days. */
    void day(PreparedStatement ps, int at, Optional<LocalDate> d) throws SQLException {
        if (this == SQLITE) {
            if (d.isPresent()) {
                ps.setString(at, d.get().toString());
            } else {
                ps.setNull(at, Types.VARCHAR);
            }
        } else if (d.isPresent()) {
            ps.setObject(at, d.get());
        } else {
            ps.setNull(at, Types.DATE);
        }
    }
}
