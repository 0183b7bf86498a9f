package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTest {

    @TempDir Path dir;

    private BackupService backups() {
        return new BackupService(dir.resolve("backups"), MutableClock.at("2026-11-26T10:00:00Z"));
    }

    @Test
    void aFreshOpenCreatesTheFileAndMigratesToTheLatestVersion() throws Exception {
        Path file = dir.resolve("overturn.db");
        int latest = SchemaMigrator.builtInMigrations().size();

        Database db = Database.open(file, backups());

        assertThat(file).exists();
        assertThat(db.userVersion()).isEqualTo(latest);
        assertThat(DbFiles.query(file, "PRAGMA user_version")).isEqualTo(String.valueOf(latest));
        assertThat(DbFiles.tableExists(file, "case_file")).isTrue();
        assertThat(DbFiles.tableExists(file, "payer")).isTrue();
    }

    @Test
    void aFreshDatabaseNeedsNoBackupButReopeningDoesNotMigrateAgain() throws Exception {
        Path file = dir.resolve("overturn.db");
        Database.open(file, backups());
        String before = DbFiles.query(file, "SELECT group_concat(sql) FROM sqlite_master");

        Database again = Database.open(file, backups());

        assertThat(again.userVersion()).isEqualTo(SchemaMigrator.builtInMigrations().size());
        assertThat(DbFiles.query(file, "SELECT group_concat(sql) FROM sqlite_master"))
                .isEqualTo(before);
        assertThat(backups().all()).isEmpty();
    }

    @Test
    void everyConnectionUsesWalAndEnforcesForeignKeys() throws Exception {
        Database db = Database.open(dir.resolve("overturn.db"), backups());

        for (int i = 0; i < 3; i++) {
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                assertThat(one(st, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(one(st, "PRAGMA foreign_keys")).isEqualTo("1");
                assertThatThrownBy(
                                () ->
                                        st.executeUpdate(
                                                "INSERT INTO case_file (created_at, updated_at, payer_id, "
                                                        + "patient_name, status, doc) VALUES ('x', 'x', 4242, 'p', 'denied', '{}')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("FOREIGN KEY");
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedClearlyAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("overturn.db");
        Database.open(file, backups());
        int newer = SchemaMigrator.builtInMigrations().size() + 1;
        try (Connection c = Database.openRaw(file).connect();
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = " + newer);
        }
        String before = DbFiles.sha256(file);

        assertThatThrownBy(() -> Database.open(file, backups()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer version of Overturn")
                .hasMessageContaining("schema " + newer)
                .hasMessageContaining("knows up to " + SchemaMigrator.builtInMigrations().size());
        assertThat(DbFiles.query(file, "PRAGMA user_version")).isEqualTo(String.valueOf(newer));
        assertThat(DbFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsDamageRefusedAndKeptNeverRebuiltAsANewDatabase() throws Exception {
        Path file = dir.resolve("overturn.db");
        Files.createFile(file);

        assertThatThrownBy(() -> Database.open(file, backups()))
                .isInstanceOf(DatabaseCorruptException.class)
                .hasMessageContaining("empty");
        assertThat(Files.size(file)).as("kept as it was").isZero();
        assertThat(backups().all()).isEmpty();
    }

    @Test
    void aDatabaseHoldingSomeoneElsesTablesIsRefusedAndNeverExtended() throws Exception {
        Path file = dir.resolve("overturn.db");
        try (Connection c = Database.openRaw(file).connect();
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.executeUpdate("INSERT INTO invoices (total) VALUES (12.5)");
        }
        String before = DbFiles.sha256(file);

        assertThatThrownBy(() -> Database.open(file, backups()))
                .isInstanceOf(DatabaseCorruptException.class)
                .hasMessageContaining("not an Overturn database");
        assertThat(DbFiles.sha256(file)).isEqualTo(before);
        assertThat(DbFiles.tableExists(file, "case_file")).isFalse();
    }

    @Test
    void aNewFileLeftWithoutAnyTableIsTakenAsANewDatabase() throws Exception {
        // A first start killed after SQLite wrote the header but before the first migration:
        // nothing to lose.
        Path file = dir.resolve("overturn.db");
        try (Connection c = Database.openRaw(file).connect();
                Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
        }
        assertThat(Files.size(file)).isPositive();

        Database db = Database.open(file, backups());

        assertThat(db.userVersion()).isEqualTo(SchemaMigrator.builtInMigrations().size());
    }

    @Test
    void aFullDiskSaysSoInOneLineAndIsNotMaskedByTheRollbackThatFollows() throws Exception {
        Database db = Database.open(dir.resolve("overturn.db"), backups());

        // SQLite rolls a transaction back itself when the disk fills; the rollback after it then
        // finds none.
        assertThatThrownBy(
                        () ->
                                db.inTransaction(
                                        c -> {
                                            try (Statement st = c.createStatement()) {
                                                st.executeUpdate(
                                                        "INSERT INTO payer (name) VALUES ('p')");
                                                st.execute("ROLLBACK");
                                            }
                                            throw new SQLiteException(
                                                    "[SQLITE_FULL] database or disk is full",
                                                    SQLiteErrorCode.SQLITE_FULL);
                                        }))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("The disk is full")
                .hasMessageNotContaining("rollback")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(DbFiles.query(db.file(), "SELECT count(*) FROM payer")).isEqualTo("0");
    }

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                Arguments.of("random bytes", DbFiles.randomBytes(16_384, 42)),
                Arguments.of(
                        "a text file",
                        "Dear payer,\nthis is a letter, not a database.\n"
                                .repeat(50)
                                .getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "a truncated SQLite header",
                        "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void aFileThatIsNotASoundDatabaseIsReportedAndNeverWritten(String what, byte[] content)
            throws Exception {
        Path file = dir.resolve("overturn.db");
        Files.write(file, content);
        String before = DbFiles.sha256(file);

        assertThatThrownBy(() -> Database.open(file, backups()))
                .isInstanceOf(DatabaseCorruptException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged or is not an Overturn database")
                .satisfies(
                        e ->
                                assertThat(((DatabaseCorruptException) e).file())
                                        .isEqualTo(file.toAbsolutePath()));
        assertThat(DbFiles.sha256(file)).isEqualTo(before);
        assertThat(backups().all()).isEmpty();
    }

    @Test
    void aDatabaseWithGarbledPagesIsReportedAndNeverWritten() throws Exception {
        Path file = dir.resolve("overturn.db");
        Database db = Database.open(file, backups());
        db.inTransaction(
                c -> {
                    try (Statement st = c.createStatement()) {
                        for (int i = 0; i < 300; i++) {
                            st.executeUpdate(
                                    "INSERT INTO payer (name, appeals_address) VALUES ('payer "
                                            + i
                                            + "', '"
                                            + "x".repeat(200)
                                            + "')");
                        }
                    }
                    return null;
                });
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        byte[] garbage = DbFiles.randomBytes(bytes.length - 4096, 7);
        System.arraycopy(garbage, 0, bytes, 4096, garbage.length);
        Files.write(file, bytes);
        String before = DbFiles.sha256(file);

        assertThatThrownBy(() -> Database.open(file, backups()))
                .isInstanceOf(DatabaseCorruptException.class);
        assertThat(DbFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void aFailedTransactionChangesNothing() throws Exception {
        Database db = Database.open(dir.resolve("overturn.db"), backups());

        assertThatThrownBy(
                        () ->
                                db.inTransaction(
                                        c -> {
                                            try (Statement st = c.createStatement()) {
                                                st.executeUpdate(
                                                        "INSERT INTO payer (name) VALUES ('First')");
                                                st.executeUpdate(
                                                        "INSERT INTO payer (name) VALUES ('first')");
                                            }
                                            return null;
                                        }))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("UNIQUE");
        assertThat(DbFiles.query(db.file(), "SELECT count(*) FROM payer")).isEqualTo("0");
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
