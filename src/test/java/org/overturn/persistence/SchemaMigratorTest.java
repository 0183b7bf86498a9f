package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir Path dir;

    /** A test migration made of SQL statements. */
    record Step(int version, String description, List<String> sql) implements Migration {
        static Step of(int version, String... sql) {
            return new Step(version, "test step " + version, List.of(sql));
        }

        @Override
        public void apply(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                for (String s : sql) {
                    st.executeUpdate(s);
                }
            }
        }
    }

    private static final Step V1 = Step.of(1, "CREATE TABLE a (x TEXT)");
    private static final Step V2 =
            Step.of(2, "CREATE TABLE b (y TEXT)", "ALTER TABLE a ADD COLUMN z TEXT");

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");

    private Path file() {
        return dir.resolve("test.db");
    }

    private BackupService backups() {
        return new BackupService(dir.resolve("backups"), clock);
    }

    private static void exec(Database db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void aFailingStepLeavesThePreviousVersionAndNoPartialChange() throws Exception {
        Database db = Database.openRaw(file());
        new SchemaMigrator(List.of(V1)).migrate(db, backups());
        exec(db, "INSERT INTO a (x) VALUES ('kept')");
        Step broken =
                Step.of(
                        2,
                        "CREATE TABLE b (y TEXT)",
                        "INSERT INTO a (x) VALUES ('partial')",
                        "THIS IS NOT SQL");

        assertThatThrownBy(() -> new SchemaMigrator(List.of(V1, broken)).migrate(db, backups()))
                .isInstanceOf(DatabaseException.class);

        assertThat(db.userVersion()).isEqualTo(1);
        assertThat(DbFiles.tableExists(file(), "b")).isFalse();
        assertThat(DbFiles.query(file(), "SELECT group_concat(x) FROM a")).isEqualTo("kept");
    }

    @Test
    void aFailingStepAfterASuccessfulOneKeepsTheSuccessfulOne() throws Exception {
        Database db = Database.openRaw(file());
        Step broken = Step.of(2, "CREATE TABLE b (y TEXT)", "SELECT nonsense FROM nowhere");

        assertThatThrownBy(() -> new SchemaMigrator(List.of(V1, broken)).migrate(db, backups()))
                .isInstanceOf(DatabaseException.class);

        assertThat(db.userVersion()).isEqualTo(1);
        assertThat(DbFiles.tableExists(file(), "a")).isTrue();
        assertThat(DbFiles.tableExists(file(), "b")).isFalse();
    }

    @Test
    void aBackupOfTheOldVersionIsTakenBeforeMigratingAnExistingDatabase() throws Exception {
        Database db = Database.openRaw(file());
        new SchemaMigrator(List.of(V1)).migrate(db, backups());
        assertThat(backups().all()).as("a brand-new database has nothing to back up").isEmpty();
        exec(db, "INSERT INTO a (x) VALUES ('before v2')");

        new SchemaMigrator(List.of(V1, V2)).migrate(db, backups());

        assertThat(db.userVersion()).isEqualTo(2);
        List<Path> all = backups().all();
        assertThat(all).hasSize(1);
        Path backup = all.get(0);
        assertThat(backup.getFileName().toString()).startsWith("overturn-before-migration-v1-");
        assertThat(DbFiles.query(backup, "PRAGMA user_version")).isEqualTo("1");
        assertThat(DbFiles.query(backup, "SELECT x FROM a")).isEqualTo("before v2");
        assertThat(DbFiles.tableExists(backup, "b")).isFalse();
    }

    @Test
    void anUpToDateDatabaseIsLeftAloneWithoutABackup() throws Exception {
        Database db = Database.openRaw(file());
        SchemaMigrator m = new SchemaMigrator(List.of(V1, V2));
        m.migrate(db, backups());
        String before = DbFiles.sha256(file());

        m.migrate(db, backups());

        assertThat(backups().all()).isEmpty();
        assertThat(db.userVersion()).isEqualTo(2);
        assertThat(DbFiles.sha256(file())).isEqualTo(before);
    }

    @Test
    void aNewerDatabaseIsRefusedByTheMigrator() throws Exception {
        Database db = Database.openRaw(file());
        new SchemaMigrator(List.of(V1, V2)).migrate(db, backups());

        assertThatThrownBy(() -> new SchemaMigrator(List.of(V1)).migrate(db, backups()))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer version");
        assertThat(db.userVersion()).isEqualTo(2);
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        assertThatThrownBy(() -> new SchemaMigrator(List.of(V1, Step.of(3, "SELECT 1"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SchemaMigrator(List.of(V2)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new SchemaMigrator(List.of(V2, V1)).latestVersion()).isEqualTo(2);
    }

    @Test
    void everyBuiltInMigrationStepAppliesOnThePreviousVersion() throws Exception {
        SchemaMigrator m = new SchemaMigrator(SchemaMigrator.builtInMigrations());
        Database db = Database.openRaw(file());
        assertThat(m.latestVersion()).isGreaterThanOrEqualTo(1);

        for (int v = 1; v <= m.latestVersion(); v++) {
            m.migrateTo(db, v);
            assertThat(db.userVersion()).isEqualTo(v);
            assertThat(DbFiles.query(file(), "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(DbFiles.query(file(), "PRAGMA foreign_key_check")).isNull();
    }

    @Test
    void scriptStatementsAreSplitAtLineEndSemicolonsAndCommentsSkipped() {
        List<String> statements =
                SqlScriptMigration.statements(
                        """
                -- a comment; with a semicolon
                CREATE TABLE t (
                    a TEXT -- trailing comment
                );

                INSERT INTO t VALUES ('x;y');
                SELECT 1""");

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).startsWith("CREATE TABLE t (").endsWith(");");
        assertThat(statements.get(1)).isEqualTo("INSERT INTO t VALUES ('x;y');");
        assertThat(statements.get(2)).isEqualTo("SELECT 1");
    }
}
