package org.overturn.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.SampleCases;
import org.overturn.files.OwnerOnly;

/**
 * Issue 13, "keep it proven": a fresh data folder made by a real process whose umask lets everyone
 * read what it creates (umask 000) is still the owner's alone, and so is what a process killed
 * mid-import leaves (its write-ahead log and shared-memory file): folders 0700, files 0600.
 * DataFolderPrivacyTest proves the same in-process.
 */
@Tag("reliability")
@Timeout(120)
class FreshFolderPermissionsTest {

    @TempDir Path dir;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void aFreshFolderMadeUnderAnOpenUmaskIsTheOwnersAloneEvenWhenAnImportIsKilled()
            throws Exception {
        assumeTrue(OwnerOnly.posix(), "POSIX permissions only");
        Path data = dir.resolve("fresh");
        Path scratch = Files.createDirectories(dir.resolve("tmp"));
        Path caseFile =
                Files.writeString(
                        dir.resolve("case.json"), SampleCases.text(SampleCases.ALL.get(0)));
        String loop =
                ChildJvm.command(
                                scratch,
                                CliLoop.class.getName(),
                                data.toString(),
                                caseFile.toString(),
                                dir.resolve("packet.pdf").toString(),
                                "import-only")
                        .stream()
                        .map(FreshFolderPermissionsTest::quote)
                        .collect(Collectors.joining(" "));
        Process p =
                new ProcessBuilder("/bin/sh", "-c", "umask 000; exec " + loop)
                        .redirectErrorStream(true)
                        .start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger imported = new AtomicInteger();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader in =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    p.getInputStream(), StandardCharsets.UTF_8))) {
                                for (String line; (line = in.readLine()) != null; ) {
                                    lines.add(line);
                                    if (line.matches("\\d+")) {
                                        imported.incrementAndGet();
                                    }
                                }
                            } catch (IOException closedByTheKill) {
                                // the stream ends with the process
                            }
                        });
        reader.start();
        // Once a few cases are in, killed the moment its write-ahead log and index are there: the
        // database is open, a case being
        // written, and what SQLite keeps beside it stays behind.
        // The log and its shared-memory index come and go as connections close, so both are looked
        // for together.
        Path wal = data.resolve("overturn.db-wal");
        Path shm = data.resolve("overturn.db-shm");
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until
                && p.isAlive()
                && (imported.get() < 3 || !Files.exists(wal) || !Files.exists(shm))) {
            Thread.onSpinWait();
        }
        p.destroyForcibly();
        p.waitFor();
        reader.join();

        Map<String, String> found = new TreeMap<>();
        found.put("fresh/", perms(data));
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(f -> !f.equals(data)).toList()) {
                found.put(data.relativize(f) + (Files.isDirectory(f) ? "/" : ""), perms(f));
            }
        }
        System.out.println("Fresh folder under umask 000, killed mid-import: " + found);
        assertThat(lines).as("the child's output").contains("@import");
        assertThat(found)
                .containsKeys(
                        "fresh/",
                        "overturn.db",
                        "overturn.db-wal",
                        "overturn.db-shm",
                        "overturn.db.lock",
                        "backups/");
        assertThat(found)
                .allSatisfy(
                        (name, perm) ->
                                assertThat(perm)
                                        .as(name)
                                        .isEqualTo(name.endsWith("/") ? "rwx------" : "rw-------"));
    }
}
