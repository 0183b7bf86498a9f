package org.overturn.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.persistence.json.CaseJson;

/** The import contract on the local store: a SQLite file in a temporary folder. */
class CaseImportContractSqliteTest extends CaseImportContract {

    @TempDir Path dir;

    @Override
    protected void open() {
        Database db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
        payers = new SqlitePayerRepository(db);
        documents = new SqliteDocumentStore(db, clock);
    }
}
