package org.overturn.persistence;

import java.util.List;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportFilter;

/**
 * The patterns by payer counted with SQL over the tables version 8 keeps with every case (no case
 * document is read), by {@link PayerReportQueries}. Reads no name, date of birth or member id.
 */
public final class SqlitePayerReport implements PayerReport {

    private final Database db;
    private final PayerReportQueries queries = new PayerReportQueries(FactsDialect.SQLITE);

    public SqlitePayerReport(Database db) {
        this.db = db;
    }

    @Override
    public List<PayerPatterns> patterns(ReportFilter filter) {
        return db.read(conn -> queries.patterns(conn, filter));
    }

    @Override
    public List<PayerMonth> months(ReportFilter filter) {
        return db.read(conn -> queries.months(conn, filter));
    }
}
