package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 8: failures reach a log file in the data folder; a week is kept; no patient
 * details in it.
 */
class AppLogTest {

    @TempDir Path dir;

    @Test
    void aFailureIsWrittenWithItsKindAndStackButNotItsMessage() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);
        Path folder = AppLog.install(dir, clock).orElseThrow();

        System.Logger log = System.getLogger("org.overturn.test.AppLogTest");
        Exception cause = new IOException("disk of Jane Doe, DOB 01/02/1980");
        log.log(
                System.Logger.Level.ERROR,
                "saving case 12 failed",
                new IllegalStateException("Jane Doe", cause));

        Path file = folder.resolve("overturn-2026-12-04.log");
        String text = Files.readString(file);
        assertThat(text)
                .contains("ERROR org.overturn.test.AppLogTest: saving case 12 failed")
                .contains("java.lang.IllegalStateException")
                .contains("caused by java.io.IOException")
                .contains(
                        "at org.overturn.core.AppLogTest.aFailureIsWrittenWithItsKindAndStackButNotItsMessage")
                .doesNotContain("Jane Doe")
                .doesNotContain("1980");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theLogIsTheOwnersAlone() throws IOException {
        Path folder = AppLog.install(dir, Clock.systemDefaultZone()).orElseThrow();
        System.getLogger("org.overturn.test.AppLogTest")
                .log(System.Logger.Level.WARNING, "case 3: a warning");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files)
                    .isNotEmpty()
                    .allSatisfy(
                            f ->
                                    assertThat(
                                                    PosixFilePermissions.toString(
                                                            Files.getPosixFilePermissions(f)))
                                            .isEqualTo("rw-------"));
        }
    }

    @Test
    void aWeekOfFilesIsKeptAndOlderOnesRemoved() throws IOException {
        Path folder = Files.createDirectories(dir.resolve(AppLog.FOLDER));
        LocalDate today = LocalDate.of(2026, 12, 4);
        for (int back = 0; back <= 9; back++) {
            Files.writeString(AppLog.fileFor(folder, today.minusDays(back)), "x");
        }
        Files.writeString(folder.resolve("overturn-notes.log"), "someone else's");
        Files.writeString(folder.resolve("readme.txt"), "kept");

        AppLog.removeOld(folder, today);

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(
                            "overturn-2026-11-28.log",
                            "overturn-2026-11-29.log",
                            "overturn-2026-11-30.log",
                            "overturn-2026-12-01.log",
                            "overturn-2026-12-02.log",
                            "overturn-2026-12-03.log",
                            "overturn-2026-12-04.log",
                            "overturn-notes.log",
                            "readme.txt");
        }
    }

    @Test
    void messagesWithParametersAreFilledIn() {
        LogRecord r = new LogRecord(Level.INFO, "Migrating database to version {0}: {1}");
        r.setParameters(new Object[] {14, "next deadline"});
        r.setLoggerName("org.overturn.persistence.SchemaMigrator");
        assertThat(AppLog.format(r, LocalDateTime.of(2026, 12, 4, 9, 0)))
                .startsWith(
                        "2026-12-04T09:00:00 INFO org.overturn.persistence.SchemaMigrator: "
                                + "Migrating database to version 14: next deadline");
    }
}
