package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 15: starting runs no program found on {@code $PATH} and unpacks nothing into the
 * shared temporary folder; SQLite's library is loaded from the data folder's checked copy.
 */
class SqliteNativeTest {

    @TempDir Path dir;

    @Test
    void theBundledBuildIsChosenForTheCommonPlatformsAndTheDriverDecidesElsewhere() {
        assertThat(SqliteNative.resource("Linux", "amd64", false))
                .contains("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        assertThat(SqliteNative.resource("Linux", "aarch64", false))
                .contains("org/sqlite/native/Linux/aarch64/libsqlitejdbc.so");
        assertThat(SqliteNative.resource("Mac OS X", "aarch64", false))
                .contains("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib");
        assertThat(SqliteNative.resource("Windows 11", "amd64", false))
                .contains("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll");
        assertThat(SqliteNative.resource("Linux", "amd64", true)).isEmpty();
        assertThat(SqliteNative.resource("Linux", "ppc64le", false)).isEmpty();
        assertThat(SqliteNative.resource("FreeBSD", "amd64", false)).isEmpty();
    }

    @Test
    void aDamagedCopyIsWrittenAgainAndAGoodOneKept() throws IOException {
        String res = SqliteNative.resource("Linux", "amd64", false).orElseThrow();
        Path lib = SqliteNative.copy(res, dir.resolve("lib"));
        byte[] good = Files.readAllBytes(lib);
        long stamp = Files.getLastModifiedTime(lib).toMillis();
        assertThat(SqliteNative.copy(res, dir.resolve("lib"))).isEqualTo(lib);
        assertThat(Files.getLastModifiedTime(lib).toMillis()).isEqualTo(stamp);

        Files.write(lib, new byte[] {1, 2, 3});
        assertThat(SqliteNative.copy(res, dir.resolve("lib"))).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(good);

        // Damage that keeps the size (one byte changed in the middle) is found too.
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x20;
        Files.write(lib, flipped);
        assertThat(SqliteNative.copy(res, dir.resolve("lib"))).isEqualTo(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(good);
    }

    @Test
    void theCopysFolderIsNamedByTheDriversEntryAndItsChecksumIsTheLibrarys() throws IOException {
        String res = SqliteNative.resource("Linux", "amd64", false).orElseThrow();
        SqliteNative.Fingerprint f = SqliteNative.fingerprint(res);
        Path lib = SqliteNative.copy(res, dir.resolve("lib"));
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(lib));
        assertThat(crc.getValue()).isEqualTo(f.crc());
        assertThat(Files.size(lib)).isEqualTo(f.size());
        assertThat(lib.getParent().getFileName().toString())
                .isEqualTo(String.format("sqlite-%08x-%d", f.crc(), f.size()));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRunCallsNoUnameAndLeavesNothingInTmp() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.log");
        Path uname = bin.resolve("uname");
        Files.writeString(
                uname,
                "#!/bin/sh\necho \"uname $*\" >> '" + calls + "'\nexec /usr/bin/uname \"$@\"\n");
        Files.setPosixFilePermissions(uname, PosixFilePermissions.fromString("rwx------"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = dir.resolve("data");

        assertThat(run(bin, tmp, data)).isZero();

        assertThat(calls).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("sqlite"));
        }
        List<Path> libs;
        try (var s = Files.walk(data.resolve("lib"))) {
            libs = s.filter(Files::isRegularFile).toList();
        }
        assertThat(libs)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.getFileName().toString()).isEqualTo("libsqlitejdbc.so");
                            assertThat(
                                            PosixFilePermissions.toString(
                                                    Files.getPosixFilePermissions(p)))
                                    .isEqualTo("rw-------");
                        });
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(data.resolve("lib"))))
                .isEqualTo("rwx------");

        // A copy someone damaged is replaced from the driver's before it is loaded.
        Files.write(libs.get(0), "not a library".getBytes(StandardCharsets.UTF_8));
        assertThat(run(bin, tmp, data)).isZero();
        assertThat(Files.size(libs.get(0))).isGreaterThan(100_000);
        assertThat(calls).doesNotExist();
    }

    private static int run(Path bin, Path tmp, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb =
                new ProcessBuilder(
                        java,
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.overturn.Launcher",
                        "--data-dir",
                        data.toString(),
                        "case",
                        "list");
        pb.environment()
                .put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("No cases yet");
        return p.exitValue();
    }
}
