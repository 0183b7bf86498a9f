package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseFixtures;
import org.overturn.files.OwnerOnly;
import org.overturn.persistence.json.CaseJson;

/**
 * Issue 13, item 9: an encrypted copy of the database, and a restore that checks the whole copy
 * before it replaces anything, keeps a safety copy of what it replaces, and never replaces a
 * database another window or command has open.
 */
class EncryptedBackupsTest {

    private static final String PASSWORD = "river stone 2026";

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    private Path data;
    private BackupService backups;
    private Database db;
    private SqliteCaseRepository cases;
    private EncryptedBackups encrypted;

    @BeforeEach
    void databaseWithTwoCases() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        backups = new BackupService(data.resolve("backups"), clock);
        db = Database.open(data.resolve("overturn.db"), backups);
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
        cases.create(CaseFixtures.fullCase("Łukasz Żółć"));
        cases.create(CaseFixtures.fullCase("Ada"));
        encrypted = new EncryptedBackups(backups);
    }

    @AfterEach
    void release() {
        db.close();
    }

    private List<CaseFile> all(SqliteCaseRepository repo) {
        return repo.summaries().stream().map(s -> repo.find(s.id()).orElseThrow()).toList();
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBackupRestoredIntoANewFolderHoldsTheSameCasesAndNoPlainCopyIsLeftBehind()
            throws Exception {
        List<CaseFile> before = all(cases);
        Path out = dir.resolve("usb/overturn-backup.overturn");
        Files.createDirectories(out.getParent());

        long start = System.nanoTime();
        EncryptedBackups.Written w = encrypted.write(db, out, PASSWORD, f -> {});
        long wrote = (System.nanoTime() - start) / 1_000_000;

        assertThat(w.cases()).isEqualTo(2);
        assertThat(w.bytes()).isEqualTo(Files.size(out));
        assertThat(filesIn(out.getParent())).containsExactly("overturn-backup.overturn");
        assertThat(Files.readAllBytes(out))
                .startsWith("OVERTURN-BACKUP\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1))
                .doesNotContain("Ada")
                .doesNotContain("SQLite format");
        assertThat(filesIn(backups.folder())).noneMatch(n -> n.contains("snapshot"));

        Path other = Files.createDirectories(dir.resolve("other"));
        BackupService otherBackups = new BackupService(other.resolve("backups"), clock);
        start = System.nanoTime();
        try (VerifiedCopy copy = encrypted.verify(out, Optional.of(PASSWORD), other, f -> {})) {
            assertThat(copy.cases()).isEqualTo(2);
            assertThat(Database.restore(other.resolve("overturn.db"), copy, otherBackups))
                    .isEmpty();
        }
        long restored = (System.nanoTime() - start) / 1_000_000;
        System.out.println(
                "EncryptedBackupsTest: two-case database backed up in "
                        + wrote
                        + " ms, restored in "
                        + restored
                        + " ms ("
                        + w.bytes()
                        + " bytes)");

        Database back = Database.open(other.resolve("overturn.db"), otherBackups);
        try {
            assertThat(all(new SqliteCaseRepository(back, new CaseJson(), clock)))
                    .isEqualTo(before);
        } finally {
            back.close();
        }
        assertThat(filesIn(other))
                .containsExactlyInAnyOrder("overturn.db", "overturn.db.inuse", "overturn.db.lock");
    }

    @Test
    void restoringOverTheOpenDatabaseKeepsASafetyCopyOfWhatItReplaced() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        CaseFile later = cases.create(CaseFixtures.fullCase("Added after the backup"));

        Optional<Path> kept;
        try (VerifiedCopy copy = encrypted.verify(out, Optional.of(PASSWORD), data, f -> {})) {
            kept = db.restoreFrom(copy, backups);
        }

        assertThat(cases.count()).isEqualTo(2);
        assertThat(cases.find(later.id().orElseThrow())).isEmpty();
        assertThat(kept)
                .hasValueSatisfying(
                        p -> {
                            assertThat(p.getParent()).isEqualTo(backups.folder());
                            assertThat(p.getFileName().toString())
                                    .startsWith("overturn-before-restore-");
                        });
        assertThat(DbFiles.query(kept.orElseThrow(), "SELECT count(*) FROM case_file"))
                .isEqualTo("3");
        assertThat(filesIn(data)).noneMatch(n -> n.contains("restoring"));
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsReplacedOrLeftBehind() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        cases.create(CaseFixtures.fullCase("Added after the backup"));
        List<String> files = filesIn(data);

        assertThatThrownBy(
                        () -> encrypted.verify(out, Optional.of("river stone 2025"), data, f -> {}))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessage("wrong password or damaged backup");

        assertThat(cases.count()).isEqualTo(3);
        assertThat(filesIn(data)).isEqualTo(files);
    }

    @Test
    void aBackupWithoutItsPasswordOrAFileThatIsNoBackupIsRefused() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a backup at all");

        assertThatThrownBy(() -> encrypted.verify(out, Optional.empty(), data, f -> {}))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("encrypted: give its password");
        assertThatThrownBy(() -> encrypted.verify(text, Optional.of(PASSWORD), data, f -> {}))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not an Overturn backup");
    }

    @Test
    void thePlainDailyBackupRestoresWithoutAPassword() throws Exception {
        Path daily = backups.dailyBackup(db).orElseThrow();
        cases.create(CaseFixtures.fullCase("Added after the backup"));

        try (VerifiedCopy copy = encrypted.verify(daily, Optional.empty(), data, f -> {})) {
            assertThat(copy.cases()).isEqualTo(2);
            db.restoreFrom(copy, backups);
        }

        assertThat(cases.count()).isEqualTo(2);
    }

    /**
     * A sound, authentic backup whose content is not a database this Overturn can take is refused
     * all the same.
     */
    @Test
    void
            aCopyThatIsNotAnOverturnDatabaseIsNewerOrHoldsAnUnreadableCaseIsRefusedBeforeAnythingIsReplaced()
                    throws Exception {
        Path foreign = sqlite("foreign.db", "CREATE TABLE invoices (id INTEGER)");
        Path empty = sqlite("empty.db", "PRAGMA user_version = 0");
        Path newer =
                sqlite(
                        "newer.db",
                        "CREATE TABLE case_file (id INTEGER)",
                        "PRAGMA user_version = 99");
        Path unreadable = data.resolve("unreadable.db");
        backups.dailyBackup(db);
        Files.copy(backups.all().get(0), unreadable);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unreadable);
                Statement st = c.createStatement()) {
            st.executeUpdate(
                    "UPDATE case_file SET doc = '{\"broken\": true}' WHERE id = (SELECT min(id) FROM case_file)");
        }
        Path notSqlite = Files.write(dir.resolve("garbage.db"), DbFiles.randomBytes(8192, 3));

        assertRefused(foreign, "not an Overturn database");
        assertRefused(empty, "holds no Overturn data");
        assertRefused(newer, "newer version of Overturn");
        assertRefused(unreadable, "does not read");
        assertRefused(notSqlite, "not an Overturn backup");
        assertThat(cases.count()).isEqualTo(2);
        assertThat(filesIn(data)).noneMatch(n -> n.contains("restoring"));
    }

    private Path sqlite(String name, String... sql) throws Exception {
        Path f = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
        return f;
    }

    /** Encrypted with the real format, so only the content is wrong. */
    private void assertRefused(Path plain, String why) throws Exception {
        Path sealed = dir.resolve(plain.getFileName() + ".overturn");
        try (var in = Files.newInputStream(plain);
                var out = Files.newOutputStream(sealed)) {
            BackupCipher.encrypt(in, out, PASSWORD);
        }
        assertThatThrownBy(() -> encrypted.verify(sealed, Optional.of(PASSWORD), data, f -> {}))
                .as(why)
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(why);
    }

    @Test
    void restoreIsRefusedWhileAnotherOpenerHasTheDatabaseAndGoesAheadOnceItHasClosed()
            throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        cases.create(CaseFixtures.fullCase("Added after the backup"));

        try (VerifiedCopy copy = encrypted.verify(out, Optional.of(PASSWORD), data, f -> {})) {
            assertThatThrownBy(() -> Database.restore(db.file(), copy, backups))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("in use");
            assertThat(cases.count()).isEqualTo(3);

            db.close();
            Database.restore(db.file(), copy, backups);
        }
        db = Database.open(data.resolve("overturn.db"), backups);
        assertThat(new SqliteCaseRepository(db, new CaseJson(), clock).count()).isEqualTo(2);
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheDatabaseOpen() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        cases.create(CaseFixtures.fullCase("Added after the backup"));
        db.close();
        Process other =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                HoldDatabaseOpen.class.getName(),
                                data.resolve("overturn.db").toString(),
                                backups.folder().toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        try {
            BufferedReader said =
                    new BufferedReader(
                            new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");

            try (VerifiedCopy copy = encrypted.verify(out, Optional.of(PASSWORD), data, f -> {})) {
                assertThatThrownBy(
                                () -> Database.restore(data.resolve("overturn.db"), copy, backups))
                        .isInstanceOf(DatabaseInUseException.class)
                        .hasMessageContaining("in use");
            }
        } finally {
            other.getOutputStream().close();
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        db = Database.open(data.resolve("overturn.db"), backups);
        assertThat(new SqliteCaseRepository(db, new CaseJson(), clock).count()).isEqualTo(3);
    }

    @Test
    void theBackupIsReadableByItsOwnerAlone() throws Exception {
        Assumptions.assumeTrue(OwnerOnly.posix());
        Path out = Files.writeString(dir.resolve("b.overturn"), "an older file, readable by all");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

        encrypted.write(db, out, PASSWORD, f -> {});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedDatabaseIsNotBackedUpAndTheEarlierBackupAtTheTargetStaysWhole() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        String good = DbFiles.sha256(out);
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.executeUpdate(
                    "UPDATE case_file SET doc = '{\"broken\": true}' WHERE id = (SELECT min(id) FROM case_file)");
        }
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> encrypted.write(db, out, PASSWORD, f -> {}))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("does not read");

        assertThat(DbFiles.sha256(out)).isEqualTo(good);
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("b.overturn", "data");
        assertThat(filesIn(backups.folder())).noneMatch(n -> n.contains("snapshot"));
    }

    @Test
    void theDatabaseItselfOrItsSideFilesAreNeverATarget() throws Exception {
        Path file = db.file();
        for (Path p :
                List.of(
                        file,
                        file.resolveSibling("overturn.db-wal"),
                        file.resolveSibling("overturn.db-shm"),
                        file.resolveSibling("overturn.db.lock"),
                        data.resolve("./overturn.db"))) {
            assertThat(EncryptedBackups.targetProblem(p, file))
                    .as(p.toString())
                    .hasValueSatisfying(m -> assertThat(m).contains("Overturn's own database"));
        }
        assertThat(EncryptedBackups.targetProblem(data.resolve("copy.overturn"), file)).isEmpty();
        assertThat(EncryptedBackups.targetProblem(data, file)).contains("it is a folder");
    }

    @Test
    void aNewBackupNeedsAPasswordOfAtLeastEightCharacters() {
        assertThat(EncryptedBackups.passwordProblem("")).contains("a password is required");
        assertThat(EncryptedBackups.passwordProblem("seven77"))
                .contains("the password must be at least 8 characters");
        assertThat(EncryptedBackups.passwordProblem("eight888")).isEmpty();
    }

    @Test
    void aDamagedDatabaseIsSetAsideWholeAndTheBackupTakesItsPlace() throws Exception {
        Path out = encrypted.write(db, dir.resolve("b.overturn"), PASSWORD, f -> {}).file();
        db.close();
        Files.write(db.file(), DbFiles.randomBytes(20_000, 11));
        String damaged = DbFiles.sha256(db.file());

        Optional<Path> kept;
        try (VerifiedCopy copy = encrypted.verify(out, Optional.of(PASSWORD), data, f -> {})) {
            kept = Database.restore(db.file(), copy, backups);
        }

        assertThat(kept)
                .hasValueSatisfying(
                        p ->
                                assertThat(p.getFileName().toString())
                                        .startsWith("overturn.db.damaged-"));
        assertThat(DbFiles.sha256(kept.orElseThrow())).isEqualTo(damaged);
        db = Database.open(data.resolve("overturn.db"), backups);
        assertThat(new SqliteCaseRepository(db, new CaseJson(), clock).count()).isEqualTo(2);
    }
}
