package org.overturn.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.store.PayerStore;

/** The payer store contract on the local store: a SQLite file in a temporary folder. */
class PayerStoreContractSqliteTest extends PayerStoreContract {

    @TempDir Path dir;

    private Database database() {
        return Database.open(
                dir.resolve("overturn.db"),
                new BackupService(dir.resolve("backups"), MutableClock.at("2026-11-26T10:00:00Z")));
    }

    @Override
    protected PayerStore open() {
        return new SqlitePayerRepository(database());
    }

    @Override
    protected PayerStore reopened() {
        return new SqlitePayerRepository(database());
    }
}
