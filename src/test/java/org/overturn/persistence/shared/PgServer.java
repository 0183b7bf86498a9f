package org.overturn.persistence.shared;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for the tests (issue 18: no mock database): {@code initdb} in
 * a temporary folder, started with {@code pg_ctl} on a free port of 127.0.0.1 with password
 * authentication, removed when closed. It uses the server programs Debian's {@code postgresql}
 * package installs ({@code .ci/run} installs it when missing); {@code OVERTURN_PG_BIN} may name
 * another folder. The server refuses to run as root, so under root the programs run as the {@code
 * postgres} user the package creates.
 */
public final class PgServer implements AutoCloseable {

    public static final String ADMIN = "overturn_test_owner";
    public static final String ADMIN_PASSWORD = "owner-secret-1";

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final boolean asPostgres;
    public final int port;

    private PgServer(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Starts a server, or skips the test (with why) when PostgreSQL is not installed here. */
    public static PgServer start() throws IOException, InterruptedException {
        return start(false);
    }

    /**
     * Starts a server that also speaks TLS, with a certificate for the name {@code localhost}
     * signed by a certificate authority of its own ({@link #caFile()}), made with {@code openssl}.
     */
    public static PgServer startWithTls() throws IOException, InterruptedException {
        return start(true);
    }

    /** The certificate authority that signed a TLS server's certificate. */
    public Path caFile() {
        return dir.resolve("ca.crt");
    }

    /** A certificate authority that signed nothing this server shows. */
    public Path strangerCaFile() {
        return dir.resolve("stranger.crt");
    }

    private static PgServer start(boolean tls) throws IOException, InterruptedException {
        Path bin = binaries();
        Assumptions.assumeTrue(
                bin != null,
                "PostgreSQL's server programs are not installed (apt-get install postgresql)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "overturn-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        PgServer s = new PgServer(bin, dir, freePort(), root);
        try {
            s.init();
            if (tls) {
                s.certificates();
            }
            s.run(
                    "pg_ctl",
                    "-D",
                    s.data.toString(),
                    "-l",
                    dir.resolve("log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + s.port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                    "start");
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void init() throws IOException, InterruptedException {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, ADMIN_PASSWORD + "\n");
        if (asPostgres) {
            run0("chown", "-R", "postgres:postgres", dir.toString());
        }
        run(
                "initdb",
                "-D",
                data.toString(),
                "-U",
                ADMIN,
                "--auth=scram-sha-256",
                "--pwfile=" + pw,
                "-E",
                "UTF8",
                "--no-locale");
    }

    private void certificates() throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        String d = dir.toString();
        run0(
                "openssl",
                "req",
                "-new",
                "-x509",
                "-days",
                "2",
                "-nodes",
                "-subj",
                "/CN=Overturn test CA",
                "-keyout",
                d + "/ca.key",
                "-out",
                d + "/ca.crt");
        run0(
                "openssl",
                "req",
                "-new",
                "-x509",
                "-days",
                "2",
                "-nodes",
                "-subj",
                "/CN=Stranger CA",
                "-keyout",
                d + "/stranger.key",
                "-out",
                d + "/stranger.crt");
        run0(
                "openssl",
                "req",
                "-new",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                d + "/server.key",
                "-out",
                d + "/server.csr");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=DNS:localhost\n");
        run0(
                "openssl",
                "x509",
                "-req",
                "-in",
                d + "/server.csr",
                "-CA",
                d + "/ca.crt",
                "-CAkey",
                d + "/ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                d + "/ext.cnf",
                "-out",
                d + "/server.crt");
        Files.copy(dir.resolve("server.crt"), data.resolve("server.crt"));
        Files.copy(dir.resolve("server.key"), data.resolve("server.key"));
        Files.setPosixFilePermissions(
                data.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        Files.writeString(
                data.resolve("postgresql.conf"),
                "\nssl = on\n",
                java.nio.file.StandardOpenOption.APPEND);
        if (asPostgres) {
            run0(
                    "chown",
                    "postgres:postgres",
                    data.resolve("server.crt").toString(),
                    data.resolve("server.key").toString(),
                    data.resolve("postgresql.conf").toString());
        }
    }

    private static Path binaries() {
        String env = System.getenv("OVERTURN_PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(
                            Comparator.comparing(
                                    b ->
                                            Integer.parseInt(
                                                    b.getParent()
                                                            .getFileName()
                                                            .toString()
                                                            .replaceAll("\\D", "0"))))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        run0(cmd.toArray(String[]::new));
    }

    private static void run0(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }

    public String uri(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection(jdbc(database), p);
    }

    public Connection owner(String database) throws SQLException {
        return connect(database, ADMIN, ADMIN_PASSWORD);
    }

    /** A fresh, empty database. */
    public String newDatabase(String name) throws SQLException {
        try (Connection c = owner("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** A login role that is a member of {@code group}, with a password. */
    public void user(String name, String password, String group) throws SQLException {
        try (Connection c = owner("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            s.execute("GRANT " + group + " TO " + name);
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | InterruptedException e) {
            // The folder goes anyway; a server left running dies with its files.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
