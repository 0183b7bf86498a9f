package org.overturn.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.store.CaseStore;
import org.overturn.persistence.json.CaseJson;

/** The payer report contract on the local store: a SQLite file in a temporary folder. */
class SqlitePayerReportContractTest extends PayerReportContract {

    @TempDir Path dir;

    private Database db;

    @Override
    protected CaseStore openCases() {
        db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        return new SqliteCaseRepository(db, new CaseJson(), clock);
    }

    @Override
    protected PayerReport openReport() {
        return new SqlitePayerReport(db);
    }

    @Override
    protected long addPayer(Payer p) {
        return new SqlitePayerRepository(db).save(p).id().orElseThrow();
    }
}
