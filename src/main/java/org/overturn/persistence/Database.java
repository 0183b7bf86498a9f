package org.overturn.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file: WAL journal, foreign keys on every connection, a busy timeout. Opening checks
 * the file before anything writes to it, so a damaged file is reported, never overwritten.
 */
public final class Database {

    /** How long a writer waits for another process's write to finish before giving up. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;
    private final SQLiteDataSource dataSource;
    // Held from opening until close(): while it is, no other process can replace the database.
    private volatile UsageLock.Lease lease;

    private Database(Path file) {
        this.file = file.toAbsolutePath();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: each autosave is fsynced, so a power cut loses at most the last second of typing.
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Every write transaction takes the write lock when it begins (BEGIN IMMEDIATE), so a
        // transaction that
        // read first never has to upgrade its lock and fail with SQLITE_BUSY_SNAPSHOT when another
        // process wrote
        // meanwhile: it waits its turn (the busy timeout) instead.
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        this.dataSource = new SQLiteDataSource(cfg);
        this.dataSource.setUrl("jdbc:sqlite:" + this.file);
    }

    /**
     * Opens (creating if absent) and migrates the database.
     *
     * @throws DatabaseCorruptException if the file exists but is not a sound SQLite database
     */
    public static Database open(Path file, BackupService backups) {
        SqliteNative.useCopyIn(file.toAbsolutePath().getParent().resolve("lib"));
        Database db = new Database(file);
        // One opener at a time checks and migrates: otherwise a second process starting at the same
        // moment could
        // find the file the first has just created, still empty, and take it for damage, or run a
        // step twice.
        exclusively(
                db.file,
                () -> {
                    checkPlainFile(db.file);
                    if (Files.exists(db.file)) {
                        db.checkOwnLog();
                        db.checkNotEmpty();
                        db.check();
                        db.checkOurs();
                    }
                    new SchemaMigrator(SchemaMigrator.builtInMigrations()).migrate(db, backups);
                    db.lease = UsageLock.share(db.file);
                    ForeignLog.stamp(db);
                });
        return db;
    }

    /**
     * A folder where the database should be is refused in plain words; a link that leads nowhere (a
     * disk not mounted, a folder moved) is refused too, rather than letting SQLite start a new,
     * empty database wherever the link points.
     */
    private static void checkPlainFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new DatabaseCorruptException(file, "it is a folder, not a database file", null);
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(file));
            } catch (IOException e) {
                target = "somewhere that can't be read";
            }
            throw new DatabaseException(
                    "The database "
                            + file
                            + " is a link to "
                            + target
                            + ", which does not exist "
                            + "(a disk not connected, or a folder moved?). Overturn will not start a new database there: "
                            + "reconnect the disk, or remove the link to start afresh.");
        }
    }

    /**
     * Runs {@code work} holding the lock file beside the database ({@code overturn.db.lock}, kept,
     * never deleted).
     */
    private static void exclusively(Path file, Runnable work) {
        exclusively(
                file,
                () -> {
                    work.run();
                    return null;
                });
    }

    private static <T> T exclusively(Path file, Supplier<T> work) {
        try {
            return ProcessLock.holding(file.resolveSibling(file.getFileName() + ".lock"), work);
        } catch (IOException e) {
            throw new DatabaseException(
                    "Could not lock the database " + file + " to open it: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a verified copy in place of this database, which this process has open (the app's
     * Restore). Refused while any other window or command has it open. The copy goes in through
     * SQLite's backup API as one transaction on the open database, so a crash leaves the old
     * content or the new, and an older copy's schema is then brought up to date as at opening.
     *
     * @return the safety copy of what was replaced (or the damaged file set aside whole); empty if
     *     there was none
     * @throws DatabaseInUseException when another window or command has the database open
     */
    public Optional<Path> restoreFrom(VerifiedCopy copy, BackupService backups) {
        Optional<Path> kept = replace(file, Optional.ofNullable(lease), copy, backups);
        exclusively(
                file,
                () ->
                        new SchemaMigrator(SchemaMigrator.builtInMigrations())
                                .migrate(this, backups));
        return kept;
    }

    /**
     * Puts a verified copy in place of the database file, which this process does not have open
     * (the command line's restore), as {@link #restoreFrom} does. A missing database is simply
     * created from the copy; a damaged one is set aside whole, never overwritten.
     */
    public static Optional<Path> restore(Path file, VerifiedCopy copy, BackupService backups) {
        Path abs = file.toAbsolutePath();
        Optional<Path> kept = replace(abs, Optional.empty(), copy, backups);
        open(abs, backups).close();
        return kept;
    }

    private static Optional<Path> replace(
            Path file, Optional<UsageLock.Lease> own, VerifiedCopy copy, BackupService backups) {
        return exclusively(
                file,
                () ->
                        UsageLock.alone(
                                file,
                                own,
                                () -> {
                                    if (!Files.exists(file)) {
                                        backups.restore(copy.file(), file);
                                        return Optional.<Path>empty();
                                    }
                                    Database current = new Database(file);
                                    try {
                                        current.checkNotEmpty();
                                        current.check();
                                        current.checkOurs();
                                    } catch (DatabaseCorruptException damaged) {
                                        return Optional.of(backups.restore(copy.file(), file));
                                    }
                                    Path safety = backups.beforeRestore(current);
                                    current.overwriteWith(copy.file());
                                    return Optional.of(safety);
                                }));
    }

    /**
     * SQLite's backup API the other way round: the copy's pages replace this database's in one
     * transaction.
     */
    private void overwriteWith(Path source) {
        try (Connection c = connect()) {
            int rc =
                    c.unwrap(SQLiteConnection.class)
                            .getDatabase()
                            .restore("main", source.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException(
                        "SQLite could not restore the copy ("
                                + SQLiteErrorCode.getErrorCode(rc)
                                + ")",
                        null,
                        rc);
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new DatabaseException(
                    "The backup could not be put in place: "
                            + (diskFull(e) ? "the disk is full" : e.getMessage())
                            + ". A safety copy of the database was taken first.",
                    e);
        }
    }

    /** This process is done with the database: another window or command may now replace it. */
    public void close() {
        UsageLock.Lease l = lease;
        if (l != null) {
            l.release();
        }
    }

    /** Opens without migrating; for tests of migrations and tools. */
    public static Database openRaw(Path file) {
        return new Database(file);
    }

    public Path file() {
        return file;
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    void check() {
        try (Connection c = connectReadOnlyCheck();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                // One line: SQLite lists each problem it finds (pages, trees, cells), up to a
                // hundred of them.
                int problems = 1;
                while (rs.next()) {
                    problems++;
                }
                throw new DatabaseCorruptException(
                        file,
                        "its pages are damaged: SQLite's own check finds "
                                + (problems == 1 ? "a problem" : problems + " problems"),
                        null);
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * Why the file could not be checked: a full disk (SQLite needs a little room beside the file
     * even to read it, for its shared-memory file) is not damage, and must not be offered a
     * restore; anything else is.
     */
    private DatabaseException unreadable(SQLException e) {
        int code =
                (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xFF;
        boolean io =
                code == SQLiteErrorCode.SQLITE_IOERR.code
                        || code == SQLiteErrorCode.SQLITE_FULL.code
                        || code == SQLiteErrorCode.SQLITE_CANTOPEN.code;
        if (io && almostFull()) {
            return new DatabaseException(
                    "The disk is full: Overturn cannot open its database "
                            + file
                            + " (it needs a "
                            + "little room beside it even to read). Free some space on "
                            + file.getRoot()
                            + " and try again; "
                            + "nothing was changed.",
                    e);
        }
        return new DatabaseCorruptException(file, SqliteWords.of(e), e);
    }

    private boolean almostFull() {
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace() < 1024L * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A write-ahead log from another database is refused before SQLite lays its pages over this
     * one.
     */
    private void checkOwnLog() {
        try {
            Optional<String> problem = ForeignLog.problem(file);
            if (problem.isPresent()) {
                throw new DatabaseCorruptException(file, problem.get(), null);
            }
        } catch (IOException e) {
            throw new DatabaseCorruptException(
                    file, "its write-ahead log cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * An existing file of 0 bytes is damage (a copy cut short, a disk that filled), not a new
     * database: rebuilding it empty would let the daily backups rotate out the last good copy. Only
     * a write-ahead log with content can still hold the data, and then SQLite's own check decides.
     */
    private void checkNotEmpty() {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.size(file) == 0 && (!Files.exists(wal) || Files.size(wal) == 0)) {
                throw new DatabaseCorruptException(file, "the file is empty: 0 bytes", null);
            }
        } catch (IOException e) {
            throw new DatabaseCorruptException(
                    file, "the file cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A sound SQLite file that Overturn never migrated but that holds tables is someone else's
     * database: it is refused, never extended with Overturn's tables. A file with no table at all
     * (a first start cut short before its first migration) holds nothing to lose and is taken as
     * new.
     */
    private void checkOurs() {
        try (Connection c = connectReadOnlyCheck();
                Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > 0) {
                return;
            }
            Optional<String> tables = otherTables(st);
            if (tables.isPresent()) {
                throw new DatabaseCorruptException(
                        file,
                        "it holds other tables (" + tables.get() + ") and no Overturn schema",
                        null);
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * The first tables of a database whose version is 0, if it has any: someone else's database,
     * not a new one.
     */
    static Optional<String> otherTables(Statement st) throws SQLException {
        try (ResultSet rs =
                st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                + "AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 3")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(rs.getString(1) + (rs.next() ? ", …" : ""));
        }
    }

    private Connection connectReadOnlyCheck() throws SQLException {
        // Read-only, and no journal-mode switch: a damaged file must not be touched by the check
        // itself.
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds.getConnection();
    }

    public int userVersion() {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new DatabaseException(
                    "Could not read the database version: " + SqliteWords.of(e), e);
        }
    }

    /** Work that must all happen or not at all. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                // When the disk fills, SQLite has already rolled back; the failure of this rollback
                // must not hide
                // the real reason.
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            }
        } catch (SQLException e) {
            if (diskFull(e)) {
                throw new DatabaseException(
                        "The disk is full: the change was not saved. Free some space on "
                                + file.getRoot()
                                + " and try again; nothing already saved was lost.",
                        e);
            }
            throw new DatabaseException("The database refused a change: " + SqliteWords.of(e), e);
        }
    }

    static boolean diskFull(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code;
    }

    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("The database could not be read: " + SqliteWords.of(e), e);
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
