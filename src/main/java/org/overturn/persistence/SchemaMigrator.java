package org.overturn.persistence;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * Brings the schema up to date, one numbered step at a time. Each step and its {@code PRAGMA
 * user_version} run in one transaction, so a failed step leaves the previous version intact. A
 * backup is taken before the first step that changes an existing database.
 */
public final class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    private final List<Migration> migrations;

    public SchemaMigrator(List<Migration> migrations) {
        this.migrations =
                migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalStateException(
                        "migrations must be numbered 1, 2, 3 … without gaps");
            }
        }
    }

    /** Every migration the app ships, in order. */
    public static List<Migration> builtInMigrations() {
        return List.of(
                new SqlScriptMigration(1, "/org/overturn/db/migration/V001__initial.sql"),
                new NextDeadlineMigration(),
                new SqlScriptMigration(
                        3, "/org/overturn/db/migration/V003__enclosures_and_profile.sql"),
                new NextDeadlineRefresh(),
                new SqlScriptMigration(5, "/org/overturn/db/migration/V005__import_source.sql"),
                new SqlScriptMigration(6, "/org/overturn/db/migration/V006__audit.sql"),
                new SqlScriptMigration(7, "/org/overturn/db/migration/V007__case_list_index.sql"),
                new CaseFactsMigration());
    }

    public int latestVersion() {
        return migrations.size();
    }

    public void migrate(Database db, BackupService backups) {
        int current = db.userVersion();
        if (current > latestVersion()) {
            throw new DatabaseException(
                    "The database "
                            + db.file()
                            + " was written by a newer version of Overturn "
                            + "(schema "
                            + current
                            + "; this version knows up to "
                            + latestVersion()
                            + "). "
                            + "Install the newer version, or restore a backup.");
        }
        if (current == latestVersion()) {
            return;
        }
        if (current > 0 && backups != null && Files.exists(db.file())) {
            backups.backupBeforeMigration(db, current);
        }
        for (Migration m : migrations.subList(current, migrations.size())) {
            LOG.log(
                    Level.INFO,
                    "Migrating database to version {0}: {1}",
                    m.version(),
                    m.description());
            apply(db, m);
        }
    }

    /** For tests: migrates up to and including {@code version}. */
    public void migrateTo(Database db, int version) {
        int current = db.userVersion();
        for (Migration m : migrations.subList(current, version)) {
            apply(db, m);
        }
    }

    /**
     * One step and its version number, in one transaction: a failed step leaves the previous
     * version intact. The transaction holds the write lock from its start, and the version is read
     * again under it, so when two processes start at once on a new database the second finds the
     * step done and skips it.
     */
    private static void apply(Database db, Migration m) {
        db.inTransaction(
                c -> {
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                        if (rs.next() && rs.getInt(1) >= m.version()) {
                            return null;
                        }
                    }
                    m.apply(c);
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate("PRAGMA user_version = " + m.version());
                    }
                    return null;
                });
    }
}
