package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.SharedStoreSchema;

/** {@code store init} against a real PostgreSQL server, and each way it refuses in one line. */
@Tag("postgres")
class StoreCommandTest {

    private static PgServer server;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path passwordFile(String password, String mode) throws Exception {
        Path f = dir.resolve("pw-" + mode);
        Files.writeString(f, password + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    private String owner(String database) {
        return "postgresql://" + PgServer.ADMIN + "@127.0.0.1:" + server.port + "/" + database;
    }

    @Test
    void initPreparesAnEmptyDatabaseAndSaysSoAndAgainChangesNothing() throws Exception {
        String db = server.newDatabase("cli_init");
        Path pw = passwordFile(PgServer.ADMIN_PASSWORD, "rw-------");
        CliRun.Result first =
                CliRun.run(
                        "store",
                        "init",
                        "--store",
                        owner(db),
                        "--password-file",
                        pw.toString(),
                        "--allow-local-plain");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip())
                .isEqualTo(
                        "The shared store at "
                                + owner(db)
                                + " is ready: schema version "
                                + SharedStoreSchema.VERSION
                                + ", roles overturn_reviewer,"
                                + " overturn_clinician, overturn_admin. Make each person's login"
                                + " role a member of one.");
        CliRun.Result again =
                CliRun.run(
                        "store",
                        "init",
                        "--store",
                        owner(db),
                        "--password-file",
                        pw.toString(),
                        "--allow-local-plain");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("was already at schema version " + SharedStoreSchema.VERSION);
        try (Connection c = server.owner(db)) {
            assertThat(SharedStoreSchema.version(c)).isEqualTo(SharedStoreSchema.VERSION);
        }
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path pw = passwordFile(PgServer.ADMIN_PASSWORD, "rw-r--r--");
        CliRun.Result r =
                CliRun.run(
                        "store",
                        "init",
                        "--store",
                        owner("postgres"),
                        "--password-file",
                        pw.toString(),
                        "--allow-local-plain");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "overturn: the password file "
                                + pw
                                + " can be read by other users: make it yours alone (chmod 600 "
                                + pw
                                + ")");
    }

    @Test
    void withoutTheLocalAllowanceTheConnectionDemandsTlsWithACheckedCertificate() throws Exception {
        // The test server has no TLS: the default (verify-full) refuses to talk to it.
        Path pw = passwordFile(PgServer.ADMIN_PASSWORD, "rw-------");
        CliRun.Result r =
                CliRun.run(
                        "store",
                        "init",
                        "--store",
                        owner("postgres"),
                        "--password-file",
                        pw.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err())
                .startsWith(
                        "overturn: the shared store at "
                                + owner("postgres")
                                + " was not prepared: ")
                .contains("SSL");
    }

    @Test
    void badAddressesAndAnUnreachableServerAreOneLineEach() throws Exception {
        Path pw = passwordFile("whatever-1", "rw-------");
        String[][] cases = {
            {
                "postgresql://db.example.org/overturn",
                "--allow-local-plain",
                "--allow-local-plain is for a server on this computer (localhost), not db.example.org"
            },
            {
                "postgresql://me:secret@db.example.org/overturn",
                null,
                "a password is never put in the store address: give it with --password-file or"
                        + " --password-stdin"
            },
            {
                "mysql://db.example.org/overturn",
                null,
                "a shared store's address starts postgresql:// (for example"
                        + " postgresql://server.example.org/overturn)"
            },
            {
                "postgresql://db.example.org/",
                null,
                "the store address names no database (…/DATABASE, letters, digits, _ . -)"
            },
        };
        for (String[] c : cases) {
            CliRun.Result r =
                    c[1] == null
                            ? CliRun.run(
                                    "store",
                                    "init",
                                    "--store",
                                    c[0],
                                    "--password-file",
                                    pw.toString())
                            : CliRun.run(
                                    "store",
                                    "init",
                                    "--store",
                                    c[0],
                                    "--password-file",
                                    pw.toString(),
                                    c[1]);
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.err().strip()).as(c[0]).isEqualTo("overturn: " + c[2]);
        }
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRun.Result r =
                CliRun.run(
                        "store",
                        "init",
                        "--store",
                        "postgresql://127.0.0.1:" + closed + "/overturn",
                        "--password-file",
                        pw.toString(),
                        "--allow-local-plain");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err())
                .startsWith(
                        "overturn: the shared store at postgresql://127.0.0.1:"
                                + closed
                                + "/overturn was not prepared: ");
    }

    @Test
    void overTlsTheServersCertificateAndNameAreChecked() throws Exception {
        try (PgServer tls = PgServer.startWithTls()) {
            String db = tls.newDatabase("cli_tls");
            Path pw = passwordFile(PgServer.ADMIN_PASSWORD, "rw-------");
            String byName = "postgresql://" + PgServer.ADMIN + "@localhost:" + tls.port + "/" + db;
            CliRun.Result ok =
                    CliRun.run(
                            "store",
                            "init",
                            "--store",
                            byName,
                            "--password-file",
                            pw.toString(),
                            "--ca-file",
                            tls.caFile().toString());
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("is ready: schema version " + SharedStoreSchema.VERSION);

            CliRun.Result stranger =
                    CliRun.run(
                            "store",
                            "init",
                            "--store",
                            byName,
                            "--password-file",
                            pw.toString(),
                            "--ca-file",
                            tls.strangerCaFile().toString());
            assertThat(stranger.code()).isEqualTo(2);
            assertThat(stranger.err().lines().count()).isEqualTo(1);

            // The certificate names localhost, not the address: refused too.
            String byAddress =
                    "postgresql://" + PgServer.ADMIN + "@127.0.0.1:" + tls.port + "/" + db;
            CliRun.Result wrongName =
                    CliRun.run(
                            "store",
                            "init",
                            "--store",
                            byAddress,
                            "--password-file",
                            pw.toString(),
                            "--ca-file",
                            tls.caFile().toString());
            assertThat(wrongName.code()).isEqualTo(2);
            assertThat(wrongName.err()).contains("was not prepared: ");
        }
    }
}
