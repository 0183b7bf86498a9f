package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.SharedStoreSchema;

/**
 * Every command on a program's shared store ({@code --store postgresql://…}), against a real
 * PostgreSQL server: two computers see the same cases, the local store stays as it was, and each
 * refusal is one line.
 */
@Tag("postgres")
class SharedStoreCliTest {

    private static final String SAMPLE = "src/main/resources/org/overturn/samples/";

    private static PgServer server;
    private static String db;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PgServer.start();
        db = server.newDatabase("cli_shared");
        try (var c = server.owner(db)) {
            SharedStoreSchema.init(c);
        }
        server.user("cli_admin", "admin-pw-1", "overturn_admin");
        server.user("cli_clinician", "clinician-pw-1", "overturn_clinician");
        server.user("cli_reviewer", "reviewer-pw-1", "overturn_reviewer");
        // Only an admin adds payers to the program's directory: the first case of a payer is an
        // admin's import; the other people's cases name payers already there.
        Path setup = Files.createTempDirectory("shared-cli");
        Path pw = setup.resolve("pw");
        Files.writeString(pw, "admin-pw-1\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        CliRun.Result r =
                on(
                        "postgresql://cli_admin@127.0.0.1:" + server.port + "/" + db,
                        pw,
                        setup.resolve("admin"),
                        "case",
                        "import",
                        SAMPLE + "mh-iop-concurrent-erisa.json");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path passwordFile(String name, String password) throws Exception {
        Path f = dir.resolve("pw-" + name);
        Files.writeString(f, password + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private String store(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + server.port + "/" + database;
    }

    /** A command on the shared store as {@code user}, from the data folder {@code computer}. */
    private CliRun.Result as(String user, String password, Path computer, String... command)
            throws Exception {
        return on(store(user, db), passwordFile(user, password), computer, command);
    }

    private static CliRun.Result on(String store, Path pw, Path computer, String... command) {
        List<String> args = new ArrayList<>();
        args.addAll(
                List.of(
                        "--data-dir",
                        computer.toString(),
                        "--store",
                        store,
                        "--store-password-file",
                        pw.toString(),
                        "--store-allow-local-plain"));
        args.addAll(List.of(command));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void twoComputersSeeTheSameCasesAndTheLocalStoreIsUntouched() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        CliRun.Result imported =
                as(
                        "cli_clinician",
                        "clinician-pw-1",
                        first,
                        "case",
                        "import",
                        SAMPLE + "mh-iop-concurrent-erisa-insured.json");
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip().lines().reduce((a, b) -> b).orElseThrow();

        CliRun.Result listed = as("cli_clinician", "clinician-pw-1", second, "case", "list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(id);

        CliRun.Result shown = as("cli_reviewer", "reviewer-pw-1", second, "case", "show", id);
        assertThat(shown.code()).as(shown.err()).isZero();

        Path sheet = dir.resolve("p2p.pdf");
        CliRun.Result exported =
                as(
                        "cli_clinician",
                        "clinician-pw-1",
                        second,
                        "export",
                        "p2p",
                        id,
                        "--out",
                        sheet.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.size(sheet)).isPositive();

        // The payer report counts the program's cases, from either computer.
        CliRun.Result report =
                as("cli_reviewer", "reviewer-pw-1", first, "report", "payers", "--json");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Cascade Mutual Health (sample)");
        CliRun.Result localReport =
                CliRun.run("--data-dir", first.toString(), "report", "payers", "--json");
        assertThat(localReport.code()).as(localReport.err()).isZero();
        assertThat(localReport.out()).doesNotContain("Cascade Mutual Health (sample)");

        // The first computer's own database got nothing.
        CliRun.Result local = CliRun.run("--data-dir", first.toString(), "case", "list");
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(local.out()).doesNotContain(id + " ");
    }

    @Test
    void aReviewerMayReadButTheServerRefusesTheirImportInOneLine() throws Exception {
        CliRun.Result r =
                as(
                        "cli_reviewer",
                        "reviewer-pw-1",
                        dir.resolve("r"),
                        "case",
                        "import",
                        SAMPLE + "mh-iop-erisa-external-review.json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("your role is reviewer");
    }

    @Test
    void aWrongPasswordIsOneLineAndOpensNothing() throws Exception {
        CliRun.Result r = as("cli_clinician", "not-the-password", dir.resolve("w"), "case", "list");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "overturn: The shared store at "
                                + store("cli_clinician", db)
                                + " refused the login: wrong user name or password.");
    }

    @Test
    void aDatabaseNotYetPreparedSaysWhoMustRunStoreInit() throws Exception {
        String empty = server.newDatabase("cli_not_ready");
        Path pw = passwordFile("owner", PgServer.ADMIN_PASSWORD);
        CliRun.Result r = on(store(PgServer.ADMIN, empty), pw, dir.resolve("n"), "case", "list");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "overturn: The database at "
                                + store(PgServer.ADMIN, empty)
                                + " is not an Overturn shared store yet: its owner runs overturn"
                                + " store init --store "
                                + store(PgServer.ADMIN, empty)
                                + " first.");
    }

    @Test
    void anUnreachableServerIsOneLine() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String at = "postgresql://cli_clinician@127.0.0.1:" + closed + "/overturn";
        CliRun.Result r = on(at, passwordFile("x", "whatever-1"), dir.resolve("u"), "case", "list");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("overturn: The shared store at " + at + " cannot be reached: ");
    }

    @Test
    void backupAndRestoreRefuseASharedStoreBeforeDoingAnything() throws Exception {
        Path computer = dir.resolve("b");
        Path out = dir.resolve("backup.overturn-backup");
        Path pw = passwordFile("backup", "a long backup password 1");
        CliRun.Result backup =
                as(
                        "cli_clinician",
                        "clinician-pw-1",
                        computer,
                        "backup",
                        "--out",
                        out.toString(),
                        "--password-file",
                        pw.toString());
        assertThat(backup.code()).isEqualTo(2);
        assertThat(backup.err().strip())
                .isEqualTo(
                        "overturn: backup works on this computer's own database; the shared store "
                                + store("cli_clinician", db)
                                + " is backed up on its server (for example with pg_dump)");
        assertThat(out).doesNotExist();
        CliRun.Result restore =
                as(
                        "cli_clinician",
                        "clinician-pw-1",
                        computer,
                        "restore",
                        "--from",
                        out.toString(),
                        "--password-file",
                        pw.toString());
        assertThat(restore.code()).isEqualTo(2);
        assertThat(restore.err()).contains("restore works on this computer's own database");
    }

    @Test
    void theTlsOptionsAreRefusedForTheLocalStore() {
        CliRun.Result r =
                CliRun.run(
                        "--data-dir",
                        dir.resolve("l").toString(),
                        "--store",
                        "local",
                        "--store-allow-local-plain",
                        "case",
                        "list");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "overturn: --store: the TLS options are for a shared store (--store"
                                + " postgresql://…)");
    }
}
