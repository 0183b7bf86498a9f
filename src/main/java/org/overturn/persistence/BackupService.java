package org.overturn.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.overturn.files.DurableFiles;
import org.overturn.files.OwnerOnly;

/**
 * Copies of the database, made with SQLite's online backup: one a day at start-up (the last seven
 * kept) and one before every migration. Restoring moves the damaged file aside; it is never
 * overwritten.
 */
public final class BackupService {

    static final int DAILY_KEEP = 7;
    static final int WEEKLY_KEEP = 4;
    static final int MONTHLY_KEEP = 6;
    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());
    private static final String DAILY_PREFIX = "overturn-daily-";
    private static final String MIGRATION_PREFIX = "overturn-before-migration-";
    private static final String RESTORE_PREFIX = "overturn-before-restore-";
    private static final String SNAPSHOT_PREFIX = "overturn-snapshot-";
    private static final String LOCK_FILE = "overturn-backups.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;

    public BackupService(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Today's backup, checked by SQLite alone (see {@link #dailyBackup(Database,
     * java.util.function.Supplier)}).
     */
    public Optional<Path> dailyBackup(Database db) {
        return dailyBackup(db, Optional::empty);
    }

    /**
     * Takes today's backup unless one exists, then keeps the latest seven daily copies, the newest
     * of each of the last four weeks and of each of the last six months. A database that fails
     * SQLite's integrity check, or whose documents {@code documentsProblem} says do not read, is
     * not copied: damage never spreads into the backups, and nothing is pruned, so the last good
     * copies stay. A backup that can't be taken never blocks the start.
     *
     * @param documentsProblem why the stored documents do not read, or empty when they all do
     */
    public Optional<Path> dailyBackup(Database db, Supplier<Optional<String>> documentsProblem) {
        LocalDate today = LocalDate.now(clock);
        Path target = folder.resolve(DAILY_PREFIX + today + ".db");
        if (Files.exists(target) || !Files.exists(db.file())) {
            return Optional.empty();
        }
        try {
            // Starts at the same moment take turns: the first takes the day's copy, the others then
            // find it there.
            return oneAtATime(
                    () ->
                            Files.exists(target)
                                    ? Optional.<Path>empty()
                                    : takeDaily(db, target, documentsProblem));
        } catch (DatabaseException e) {
            LOG.log(System.Logger.Level.WARNING, "No backup taken today: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Path> takeDaily(
            Database db, Path target, Supplier<Optional<String>> documentsProblem) {
        Optional<String> problem = integrityProblem(db).or(documentsProblem);
        if (problem.isPresent()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "No backup taken today, to keep the good ones: {0}",
                    problem.get());
            return Optional.empty();
        }
        try {
            copyAlone(db, target);
        } catch (DatabaseException e) {
            LOG.log(System.Logger.Level.WARNING, "No backup taken today: {0}", e.getMessage());
            return Optional.empty();
        }
        prune();
        return Optional.of(target);
    }

    private static Optional<String> integrityProblem(Database db) {
        try (Connection c = db.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            return "ok".equalsIgnoreCase(result)
                    ? Optional.empty()
                    : Optional.of("the database fails its integrity check (" + result + ")");
        } catch (SQLException e) {
            return Optional.of("the database fails its integrity check (" + e.getMessage() + ")");
        }
    }

    /** A backup on request, named by the moment it was taken. */
    public Path backupNow(Database db) {
        Path target =
                folder.resolve("overturn-manual-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        copy(db, target);
        return target;
    }

    /**
     * The safety copy a restore takes of the database it is about to replace; never overwrites an
     * earlier one.
     */
    Path beforeRestore(Database db) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = folder.resolve(RESTORE_PREFIX + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(RESTORE_PREFIX + stamp + "-" + n + ".db");
        }
        copy(db, target);
        return target;
    }

    /**
     * A consistent plain copy of the database for an encrypted backup, in this (owner-only) folder;
     * the caller deletes it once it is encrypted. As for the daily backup, a database that fails
     * SQLite's integrity check or holds a case document that does not read is refused, so damage
     * never goes into a backup.
     *
     * @throws BackupRefusedException when the database is damaged
     */
    Path snapshot(Database db, Supplier<Optional<String>> documentsProblem) {
        Optional<String> problem = integrityProblem(db).or(documentsProblem);
        if (problem.isPresent()) {
            throw new BackupRefusedException(
                    "No backup was written: "
                            + problem.get()
                            + ", and a backup must not carry the damage");
        }
        removeStaleSnapshots();
        Path target = folder.resolve(SNAPSHOT_PREFIX + UUID.randomUUID() + ".db");
        copy(db, target);
        return target;
    }

    /**
     * Plain copies a backup left when it was killed before it could delete them (an hour gives a
     * running one time).
     */
    private void removeStaleSnapshots() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        long hourAgo = clock.millis() - 3_600_000L;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, SNAPSHOT_PREFIX + "*")) {
            for (Path p : ds) {
                if (modified(p) < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not remove an old plain copy in {0}: {1}",
                    folder,
                    e.getMessage());
        }
    }

    void backupBeforeMigration(Database db, int fromVersion) {
        String name =
                MIGRATION_PREFIX
                        + "v"
                        + fromVersion
                        + "-"
                        + LocalDateTime.now(clock).format(STAMP)
                        + ".db";
        copy(db, folder.resolve(name));
    }

    /**
     * Runs {@code work} holding the backups' lock file, so two processes never write the same part
     * file.
     */
    private <T> T oneAtATime(Supplier<T> work) {
        try {
            OwnerOnly.folder(folder);
            return ProcessLock.holding(folder.resolve(LOCK_FILE), work);
        } catch (IOException e) {
            throw new DatabaseException(
                    "Could not lock the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void copy(Database db, Path target) {
        oneAtATime(
                () -> {
                    copyAlone(db, target);
                    return null;
                });
    }

    private void copyAlone(Database db, Path target) {
        Path tmp = folder.resolve(target.getFileName() + ".part");
        try {
            OwnerOnly.folder(folder);
            Files.deleteIfExists(tmp);
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                st.executeUpdate(
                        "backup to \""
                                + tmp.toAbsolutePath().toString().replace("\"", "\"\"")
                                + "\"");
            }
            OwnerOnly.restrict(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.forceFolder(folder);
        } catch (IOException | SQLException e) {
            // Never leave half a copy behind (a full disk would otherwise leave a partial .part
            // file).
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new DatabaseException(
                    "Could not back up the database to "
                            + target
                            + ": "
                            + (e instanceof SQLException s && Database.diskFull(s)
                                    ? "the disk is full"
                                    : e.getMessage()),
                    e);
        }
    }

    /**
     * Keeps the newest seven daily copies, plus the newest of each of the last four ISO weeks and
     * six months.
     */
    private void prune() {
        List<Path> daily = new ArrayList<>(list(DAILY_PREFIX));
        Collections.reverse(daily);
        Set<Path> keep = new HashSet<>(daily.subList(0, Math.min(DAILY_KEEP, daily.size())));
        Set<String> weeks = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        WeekFields iso = WeekFields.ISO;
        for (Path p : daily) {
            Optional<LocalDate> d = dateOf(p);
            if (d.isEmpty()) {
                keep.add(p);
                continue;
            }
            String week =
                    d.get().get(iso.weekBasedYear())
                            + "-W"
                            + d.get().get(iso.weekOfWeekBasedYear());
            if (!weeks.contains(week) && weeks.size() < WEEKLY_KEEP) {
                weeks.add(week);
                keep.add(p);
            }
            String month = YearMonth.from(d.get()).toString();
            if (!months.contains(month) && months.size() < MONTHLY_KEEP) {
                months.add(month);
                keep.add(p);
            }
        }
        for (Path p : daily) {
            if (!keep.contains(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not remove the old backup {0}", p);
                }
            }
        }
    }

    private static Optional<LocalDate> dateOf(Path p) {
        String name = p.getFileName().toString();
        try {
            return Optional.of(
                    LocalDate.parse(
                            name.substring(DAILY_PREFIX.length(), name.length() - ".db".length())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** All backups, oldest first. */
    public List<Path> all() {
        List<Path> out = new ArrayList<>(list(DAILY_PREFIX));
        out.addAll(list(MIGRATION_PREFIX));
        out.addAll(list("overturn-manual-"));
        out.addAll(list(RESTORE_PREFIX));
        out.sort(Comparator.comparing(BackupService::modified));
        return out;
    }

    public Optional<Path> latest() {
        List<Path> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<Path> list(String prefix) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, prefix + "*.db")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            throw new DatabaseException("Could not list the backups in " + folder, e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Puts a backup in place of a damaged database. The damaged file (and its WAL and shared-memory
     * files) is renamed, not overwritten, so nothing in it is lost.
     *
     * @return where the damaged file was moved
     */
    public Path restore(Path backup, Path databaseFile) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".damaged-" + stamp);
        try {
            if (Files.exists(databaseFile)) {
                Files.move(databaseFile, aside);
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Path tmp = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.forceFolder(databaseFile.toAbsolutePath().getParent());
            return aside;
        } catch (IOException e) {
            throw new DatabaseException("Could not restore " + backup + ": " + e.getMessage(), e);
        }
    }
}
