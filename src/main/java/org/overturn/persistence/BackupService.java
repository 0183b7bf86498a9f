package org.overturn.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Copies of the database, made with SQLite's online backup: one a day at start-up (the last seven kept) and one
 * before every migration. Restoring moves the damaged file aside; it is never overwritten.
 */
public final class BackupService {

    static final int DAILY_KEEP = 7;
    private static final String DAILY_PREFIX = "overturn-daily-";
    private static final String MIGRATION_PREFIX = "overturn-before-migration-";
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

    /** Takes today's backup unless one exists, then keeps only the latest seven daily copies. */
    public Optional<Path> dailyBackup(Database db) {
        LocalDate today = LocalDate.now(clock);
        Path target = folder.resolve(DAILY_PREFIX + today + ".db");
        if (Files.exists(target) || !Files.exists(db.file())) {
            return Optional.empty();
        }
        copy(db, target);
        prune();
        return Optional.of(target);
    }

    /** A backup on request, named by the moment it was taken. */
    public Path backupNow(Database db) {
        Path target = folder.resolve("overturn-manual-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        copy(db, target);
        return target;
    }

    void backupBeforeMigration(Database db, int fromVersion) {
        String name = MIGRATION_PREFIX + "v" + fromVersion + "-" + LocalDateTime.now(clock).format(STAMP) + ".db";
        copy(db, folder.resolve(name));
    }

    private void copy(Database db, Path target) {
        try {
            OwnerOnly.folder(folder);
            Path tmp = folder.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(tmp);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("backup to \"" + tmp.toAbsolutePath().toString().replace("\"", "\"\"") + "\"");
            }
            OwnerOnly.restrict(tmp);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new DatabaseException("Could not back up the database to " + target + ": " + e.getMessage(), e);
        }
    }

    private void prune() {
        List<Path> daily = list(DAILY_PREFIX);
        for (int i = 0; i < daily.size() - DAILY_KEEP; i++) {
            try {
                Files.deleteIfExists(daily.get(i));
            } catch (IOException e) {
                throw new DatabaseException("Could not remove the old backup " + daily.get(i), e);
            }
        }
    }

    /** All backups, oldest first. */
    public List<Path> all() {
        List<Path> out = new ArrayList<>(list(DAILY_PREFIX));
        out.addAll(list(MIGRATION_PREFIX));
        out.addAll(list("overturn-manual-"));
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
     * Puts a backup in place of a damaged database. The damaged file (and its WAL and shared-memory files) is
     * renamed, not overwritten, so nothing in it is lost.
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
            Files.copy(backup, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, databaseFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new DatabaseException("Could not restore " + backup + ": " + e.getMessage(), e);
        }
    }
}
