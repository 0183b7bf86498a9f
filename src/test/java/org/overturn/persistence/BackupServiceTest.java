package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-01T08:00:00Z");
    private BackupService backups;
    private Database db;

    @BeforeEach
    void openDatabase() throws Exception {
        backups = new BackupService(dir.resolve("backups"), clock);
        db = Database.open(dir.resolve("overturn.db"), backups);
        addPayer("Before backup");
    }

    private void addPayer(String name) throws Exception {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO payer (name) VALUES ('" + name + "')");
        }
    }

    private List<String> dailyNames() {
        return backups.all().stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("overturn-daily-"))
                .sorted()
                .toList();
    }

    @Test
    void atMostOneDailyBackupIsTakenADay() {
        assertThat(backups.dailyBackup(db))
                .hasValueSatisfying(
                        p ->
                                assertThat(p.getFileName())
                                        .hasToString("overturn-daily-2026-11-01.db"));
        clock.advance(Duration.ofHours(15));

        assertThat(backups.dailyBackup(db)).isEmpty();
        assertThat(dailyNames()).containsExactly("overturn-daily-2026-11-01.db");

        clock.advance(Duration.ofHours(1));
        assertThat(backups.dailyBackup(db)).isPresent();
        assertThat(dailyNames()).hasSize(2);
    }

    @Test
    void theLastSevenDailyBackupsAreKeptAndTheNewestOfEachRecentWeek() {
        for (int day = 0; day < 10; day++) {
            backups.dailyBackup(db);
            clock.advance(Duration.ofDays(1));
        }

        // Sunday 1 November closes the ISO week of 26 October: kept as that week's copy.
        List<String> expected = new ArrayList<>(List.of("overturn-daily-2026-11-01.db"));
        expected.addAll(
                IntStream.rangeClosed(4, 10)
                        .mapToObj(d -> String.format("overturn-daily-2026-11-%02d.db", d))
                        .toList());
        assertThat(dailyNames()).containsExactlyElementsOf(expected);
    }

    @Test
    void overTwoHundredDaysSevenDailyFourWeeklyAndSixMonthlyCopiesAreKept() {
        clock.set(Instant.parse("2026-01-01T08:00:00Z"));
        for (int day = 0; day < 200; day++) {
            backups.dailyBackup(db);
            clock.advance(Duration.ofDays(1));
        }

        // The last day is Sunday 19 July 2026. Daily: 13-19 July. Weekly (ISO weeks): 19, 12 and 5
        // July, 28 June.
        // Monthly: 19 July, 30 June, 31 May, 30 April, 31 March, 28 February.
        assertThat(dailyNames())
                .containsExactly(
                        "overturn-daily-2026-02-28.db",
                        "overturn-daily-2026-03-31.db",
                        "overturn-daily-2026-04-30.db",
                        "overturn-daily-2026-05-31.db",
                        "overturn-daily-2026-06-28.db",
                        "overturn-daily-2026-06-30.db",
                        "overturn-daily-2026-07-05.db",
                        "overturn-daily-2026-07-12.db",
                        "overturn-daily-2026-07-13.db",
                        "overturn-daily-2026-07-14.db",
                        "overturn-daily-2026-07-15.db",
                        "overturn-daily-2026-07-16.db",
                        "overturn-daily-2026-07-17.db",
                        "overturn-daily-2026-07-18.db",
                        "overturn-daily-2026-07-19.db");
    }

    @Test
    void aDatabaseWhoseDocumentsDoNotReadIsNotCopiedOverTheGoodBackups() throws Exception {
        backups.dailyBackup(db);
        clock.advance(Duration.ofDays(1));

        Optional<Path> taken =
                backups.dailyBackup(db, () -> Optional.of("case 3 has an unreadable document"));

        assertThat(taken).isEmpty();
        assertThat(dailyNames()).containsExactly("overturn-daily-2026-11-01.db");
    }

    @Test
    void aDatabaseThatFailsItsIntegrityCheckIsNotCopied() throws Exception {
        for (int i = 0; i < 300; i++) {
            addPayer("payer " + i + " " + "x".repeat(200));
        }
        Path file = db.file();
        // Garble a page in the middle of the file, as a failing disk would.
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            f.seek(f.length() / 2);
            f.write(new byte[4096]);
        }

        assertThat(backups.dailyBackup(db)).isEmpty();
        assertThat(dailyNames()).isEmpty();
    }

    @Test
    void pruningLeavesMigrationAndManualBackupsAlone() {
        backups.backupBeforeMigration(db, 1);
        backups.backupNow(db);
        for (int day = 0; day < 9; day++) {
            backups.dailyBackup(db);
            clock.advance(Duration.ofDays(1));
        }

        // 3-9 November daily, and Sunday 1 November as its week's copy.
        assertThat(dailyNames()).hasSize(8);
        assertThat(backups.all()).hasSize(10);
    }

    @Test
    void aBackupIsACompleteCopyOfTheDatabase() throws Exception {
        Path copy = backups.dailyBackup(db).orElseThrow();
        addPayer("After backup");

        assertThat(DbFiles.query(copy, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(DbFiles.query(copy, "PRAGMA user_version"))
                .isEqualTo(String.valueOf(SchemaMigrator.builtInMigrations().size()));
        assertThat(DbFiles.query(copy, "SELECT group_concat(name) FROM payer"))
                .isEqualTo("Before backup");
        assertThat(backups.folder().resolve(copy.getFileName() + ".part")).doesNotExist();
    }

    @Test
    void noDailyBackupIsTakenOfADatabaseThatDoesNotExist() {
        Database missing = Database.openRaw(dir.resolve("nothing-here.db"));

        assertThat(backups.dailyBackup(missing)).isEmpty();
        assertThat(dir.resolve("nothing-here.db")).doesNotExist();
    }

    @Test
    void restoreMovesTheDamagedFileAsideAndPutsTheBackupInPlace() throws Exception {
        Path backup = backups.backupNow(db);
        Path file = db.file();
        Files.write(file, DbFiles.randomBytes(8192, 3));
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Files.writeString(wal, "damaged wal");
        String damaged = DbFiles.sha256(file);
        clock.advance(Duration.ofMinutes(5));

        Path aside = backups.restore(backup, file);

        assertThat(aside.getFileName().toString()).isEqualTo("overturn.db.damaged-20261101-080500");
        assertThat(DbFiles.sha256(aside))
                .as("the damaged file is kept, unchanged")
                .isEqualTo(damaged);
        assertThat(aside.resolveSibling(aside.getFileName() + "-wal")).hasContent("damaged wal");
        assertThat(wal).doesNotExist();
        assertThat(DbFiles.sha256(file)).isEqualTo(DbFiles.sha256(backup));
        Database reopened = Database.open(file, backups);
        assertThat(DbFiles.query(reopened.file(), "SELECT name FROM payer"))
                .isEqualTo("Before backup");
    }

    @Test
    void aSecondRestoreInTheSameSecondNeverOverwritesTheFirstDamagedCopy() throws Exception {
        Path backup = backups.backupNow(db);
        Path file = db.file();
        Files.writeString(file, "damaged once");
        Path aside = backups.restore(backup, file);
        Files.writeString(file, "damaged twice");

        assertThatThrownBy(() -> backups.restore(backup, file))
                .isInstanceOf(DatabaseException.class);
        assertThat(aside).hasContent("damaged once");
        assertThat(file).hasContent("damaged twice");
    }

    private List<String> parts() throws Exception {
        try (Stream<Path> files = Files.list(backups.folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part"))
                    .toList();
        }
    }

    @Test
    void aCopyThatFailsRemovesItsPartFile() throws Exception {
        // The copy is made, then can't be renamed into place: a folder with something in it stands
        // at the name.
        Path blocking = backups.folder().resolve("overturn-manual-20261101-080000.db");
        Files.createDirectories(blocking.resolve("inside"));

        assertThatThrownBy(() -> backups.backupNow(db))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Could not back up");
        assertThat(parts()).isEmpty();
        assertThat(blocking.resolve("inside")).isDirectory();
    }

    @Test
    void startsRacingForTheDayBackupNeitherFailNorSpoilIt() throws Exception {
        for (int i = 0; i < 400; i++) {
            addPayer("payer " + i + " " + "x".repeat(2000));
        }
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Logger log = Logger.getLogger(BackupService.class.getName());
        Handler handler =
                new Handler() {
                    @Override
                    public void publish(LogRecord r) {
                        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                            warnings.add(
                                    String.valueOf(
                                            r.getParameters() == null
                                                    ? r.getMessage()
                                                    : Arrays.toString(r.getParameters())));
                        }
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        log.addHandler(handler);
        try {
            for (int round = 0; round < 8; round++) {
                CyclicBarrier start = new CyclicBarrier(6);
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    // Each with its own service, as separate processes starting at the same moment
                    // have.
                    BackupService own = new BackupService(dir.resolve("backups"), clock);
                    Thread th =
                            new Thread(
                                    () -> {
                                        try {
                                            start.await();
                                            own.dailyBackup(db);
                                        } catch (Exception e) {
                                            warnings.add(e.toString());
                                        }
                                    });
                    threads.add(th);
                    th.start();
                }
                for (Thread th : threads) {
                    th.join();
                }
                assertThat(dailyNames()).hasSize(1);
                Path taken = backups.folder().resolve(dailyNames().get(0));
                assertThat(DbFiles.query(taken, "PRAGMA integrity_check")).isEqualTo("ok");
                assertThat(DbFiles.query(taken, "SELECT count(*) FROM payer")).isEqualTo("401");
                assertThat(parts()).isEmpty();
                Files.delete(taken);
            }
        } finally {
            log.removeHandler(handler);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void latestIsTheMostRecentBackup() throws Exception {
        assertThat(backups.latest()).isEmpty();
        backups.dailyBackup(db);
        clock.advance(Duration.ofHours(1));
        Path manual = backups.backupNow(db);
        Files.setLastModifiedTime(manual, FileTime.fromMillis(System.currentTimeMillis() + 10_000));

        assertThat(backups.latest()).contains(manual);
    }
}
