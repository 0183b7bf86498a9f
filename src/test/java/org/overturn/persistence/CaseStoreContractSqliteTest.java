package org.overturn.persistence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.domain.store.CaseStore;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/** The case store contract on the local store: a SQLite file in a temporary folder. */
class CaseStoreContractSqliteTest extends CaseStoreContract {

    @TempDir Path dir;

    private Database db;
    private SqliteCaseRepository repository;

    private Database database() {
        return Database.open(
                dir.resolve("overturn.db"), new BackupService(dir.resolve("backups"), clock));
    }

    @Override
    protected CaseStore open() {
        db = database();
        repository = new SqliteCaseRepository(db, new CaseJson(), clock);
        return repository;
    }

    @Override
    protected CaseStore reopened() {
        return new SqliteCaseRepository(database(), new CaseJson(), clock);
    }

    @Override
    protected long addPayer(String name) {
        return new SqlitePayerRepository(db).save(CaseFixtures.payer(name)).id().orElseThrow();
    }

    @Override
    protected CaseFile createImported(CaseFile c, String sha256) {
        return repository.importCase(new ImportedCase(c, Optional.empty()), Optional.of(sha256));
    }

    @Override
    protected Instant stampNow() {
        return clock.instant();
    }
}
