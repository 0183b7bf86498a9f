package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.files.OwnerOnly;

/**
 * Issue 13, item 7: no other local account can read the data folder, the database or its backups.
 */
class DataFolderPrivacyTest {

    @TempDir Path tmp;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void posixOnly() {
        assumeTrue(
                OwnerOnly.posix(),
                "POSIX permissions only; the Windows access list is set by the same code");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDataFolderItsDatabaseAndItsBackupsAreTheOwnersAlone() throws Exception {
        Path data = tmp.resolve("new/overturn");
        AppPaths paths = new AppPaths(data);

        CoreServices.open(paths, clock);

        assertThat(perms(data)).isEqualTo("rwx------");
        assertThat(perms(paths.database())).isEqualTo("rw-------");
        assertThat(perms(paths.backups())).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(paths.backups())) {
            assertThat(files.toList())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(perms(f)).isEqualTo("rw-------"));
        }
        for (String side : new String[] {"-wal", "-shm"}) {
            Path p = paths.database().resolveSibling(paths.database().getFileName() + side);
            if (Files.exists(p)) {
                assertThat(perms(p)).as(side).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void whileTheDatabaseIsInUseItsWriteAheadLogSharedMemoryAndLockFilesAreTheOwnersAlone()
            throws Exception {
        Path data = tmp.resolve("fresh");
        AppPaths paths = new AppPaths(data);
        CoreServices s = CoreServices.open(paths, clock);
        Path db = paths.database();

        try (Connection c = s.database().connect();
                Statement st = c.createStatement()) {
            // A write in progress: SQLite has made the log and the shared-memory file beside the
            // database.
            c.setAutoCommit(false);
            st.executeUpdate("INSERT INTO payer (name) VALUES ('Held open')");
            for (String side : new String[] {"-wal", "-shm"}) {
                Path p = db.resolveSibling(db.getFileName() + side);
                assertThat(p).as(side).exists();
                assertThat(perms(p)).as(side).isEqualTo("rw-------");
            }
            c.rollback();
        }
        assertThat(perms(db.resolveSibling("overturn.db.lock"))).isEqualTo("rw-------");
        assertThat(perms(paths.backups().resolve("overturn-backups.lock"))).isEqualTo("rw-------");
    }

    @Test
    void anInstallMadeBeforeWithOpenPermissionsIsFixedAtStartAndOtherFilesAreLeftAlone()
            throws Exception {
        Path data = tmp.resolve("old");
        AppPaths paths = new AppPaths(data);
        CoreServices.open(paths, clock);
        Path notOurs = Files.writeString(data.resolve("notes.txt"), "the user's own file");
        Files.setPosixFilePermissions(notOurs, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(
                paths.database(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(
                paths.backups(), PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> files = Files.list(paths.backups())) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }

        CoreServices.open(paths, clock);

        assertThat(perms(data)).isEqualTo("rwx------");
        assertThat(perms(paths.database())).isEqualTo("rw-------");
        assertThat(perms(paths.backups())).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(paths.backups())) {
            assertThat(files.toList()).allSatisfy(f -> assertThat(perms(f)).isEqualTo("rw-------"));
        }
        assertThat(perms(notOurs)).as("not Overturn's file").isEqualTo("rw-r--r--");
    }
}
