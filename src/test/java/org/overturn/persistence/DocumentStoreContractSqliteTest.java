package org.overturn.persistence;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.json.CaseJson;

/** The document store contract on the local store: a SQLite file in a temporary folder. */
class DocumentStoreContractSqliteTest extends DocumentStoreContract {

    @TempDir Path dir;

    private Database db;

    private Database database() {
        return Database.open(
                dir.resolve("overturn.db"), new BackupService(dir.resolve("backups"), clock));
    }

    @Override
    protected void open() {
        db = database();
        documents = new SqliteDocumentStore(db, clock);
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
    }

    @Override
    protected DocumentStore reopened() {
        return new SqliteDocumentStore(database(), clock);
    }

    @Override
    protected void damage(String id) {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("UPDATE case_document SET bytes = ? WHERE id = ?")) {
                        ps.setBytes(1, new byte[] {9, 9, 9});
                        ps.setString(2, id);
                        return ps.executeUpdate();
                    }
                });
    }
}
