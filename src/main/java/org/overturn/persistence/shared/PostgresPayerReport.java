package org.overturn.persistence.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportFilter;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.FactsDialect;
import org.overturn.persistence.PayerReportQueries;

/**
 * The patterns by payer in the shared store (ADR 0016, ADR 0019): the same statements as the local
 * store's report over the facts tables of schema version 3, which {@link PostgresCaseStore} writes
 * with each save. Every Overturn role may read them; no case document is read and no patient is
 * named.
 *
 * <p>A report is several queries, so each runs in one read-only transaction at {@code REPEATABLE
 * READ}: a save committed meanwhile is either in every figure or in none.
 */
public final class PostgresPayerReport implements PayerReport {

    private final PostgresCaseStore.Connections connections;
    private final PayerReportQueries queries = new PayerReportQueries(FactsDialect.POSTGRES);

    public PostgresPayerReport(PostgresCaseStore.Connections connections) {
        this.connections = connections;
    }

    @Override
    public List<PayerPatterns> patterns(ReportFilter filter) {
        return read(conn -> queries.patterns(conn, filter));
    }

    @Override
    public List<PayerMonth> months(ReportFilter filter) {
        return read(conn -> queries.months(conn, filter));
    }

    private interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection conn = connections.open()) {
            conn.setAutoCommit(false);
            conn.setReadOnly(true);
            conn.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new DatabaseException(
                        "Your login has no Overturn role on this database, so you may not read"
                                + " the patterns by payer. Ask an admin to make you a reviewer,"
                                + " clinician or admin.",
                        e);
            }
            if ("42P01".equals(e.getSQLState())) {
                throw new DatabaseException(
                        "The shared store has no patterns by payer yet (its schema is older than"
                                + " version 3). Ask its owner to run: overturn store init.",
                        e);
            }
            throw new DatabaseException(
                    "The shared case store could not be reached or failed: " + e.getMessage(), e);
        }
    }
}
