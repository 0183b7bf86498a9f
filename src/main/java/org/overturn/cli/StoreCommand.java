package org.overturn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.persistence.shared.SharedStoreSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code store init}: prepares a program's shared case store on PostgreSQL (issue 18, ADR 0019).
 * The app and the other commands do not open a shared store yet; this is its first part.
 */
@Command(
        name = "store",
        description = "A program's shared case store on PostgreSQL (15 or newer).",
        subcommands = {StoreCommand.Init.class})
public final class StoreCommand implements Runnable {

    @Override
    public void run() {
        throw new CliInputException("store needs a subcommand: store init --store postgresql://…");
    }

    @Command(
            name = "init",
            description =
                    "Create the shared store's tables, its roles (overturn_reviewer,"
                            + " overturn_clinician, overturn_admin), their grants and the audit on an"
                            + " empty database; run again, it changes nothing. Run it as the"
                            + " database's owner, with the right to create roles.")
    static final class Init implements Callable<Integer> {

        @Spec CommandSpec spec;

        @Option(
                names = "--store",
                paramLabel = "URI",
                defaultValue = "${env:OVERTURN_STORE}",
                description = "postgresql://[user@]host[:port]/database (default: OVERTURN_STORE).")
        String store;

        @Option(
                names = "--password-file",
                paramLabel = "F",
                description =
                        "A file only you can read (mode 0600) whose first line is the database"
                                + " password.")
        Path passwordFile;

        @Option(
                names = "--password-stdin",
                description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Option(
                names = "--ca-file",
                paramLabel = "F",
                description =
                        "The certificate authority (PEM) that signed the server's certificate"
                                + " (default: ~/.postgresql/root.crt).")
        Path caFile;

        @Option(
                names = "--allow-local-plain",
                description =
                        "Allow a server on this computer (localhost) without a checked TLS"
                                + " certificate. Any other server is reached only over TLS with its"
                                + " certificate and name checked.")
        boolean allowLocalPlain;

        @Override
        public Integer call() {
            if (store == null || store.isBlank()) {
                throw new CliInputException(
                        "store init needs --store postgresql://host/database (or OVERTURN_STORE)");
            }
            SharedStoreLocation at;
            try {
                at = SharedStoreLocation.parse(store);
            } catch (IllegalArgumentException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            if (allowLocalPlain && !at.local()) {
                throw new CliInputException(
                        "--allow-local-plain is for a server on this computer (localhost), not "
                                + at.host());
            }
            if (caFile != null && !Files.isReadable(caFile)) {
                throw new CliInputException("cannot read the certificate authority file " + caFile);
            }
            String password =
                    passwordFile != null
                            ? Passwords.fromPrivateFile(passwordFile)
                            : Passwords.required(null, passwordStdin, System.in, "store init");
            String user = at.user().orElse(System.getProperty("user.name"));
            SharedStoreSchema.Result r;
            try (Connection c =
                    DriverManager.getConnection(
                            at.jdbcUrl(),
                            at.properties(
                                    user,
                                    password,
                                    allowLocalPlain,
                                    Optional.ofNullable(caFile)))) {
                r = SharedStoreSchema.init(c);
            } catch (SQLException e) {
                throw new CliInputException(
                        "the shared store at " + at + " was not prepared: " + oneLine(e), e);
            }
            spec.commandLine()
                    .getOut()
                    .println(
                            r.before() == r.after()
                                    ? "The shared store at "
                                            + at
                                            + " was already at schema version "
                                            + r.after()
                                            + "; its roles and grants are as they should be."
                                    : "The shared store at "
                                            + at
                                            + " is ready: schema version "
                                            + r.after()
                                            + ", roles "
                                            + String.join(", ", SharedStoreSchema.ROLES)
                                            + ". Make each person's login role a member of one.");
            return ExitCodes.DONE;
        }

        private static String oneLine(SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }
}
