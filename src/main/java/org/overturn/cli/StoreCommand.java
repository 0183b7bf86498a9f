package org.overturn.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.persistence.shared.SharedStoreSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code store init} prepares a program's shared case store on PostgreSQL, and {@code store copy}
 * copies this computer's cases into one (issue 18, ADR 0019).
 */
@Command(
        name = "store",
        description = "A program's shared case store on PostgreSQL (15 or newer).",
        subcommands = {StoreCommand.Init.class, StoreCopyCommand.class})
public final class StoreCommand implements Runnable {

    @ParentCommand OverturnCommand root;

    @Override
    public void run() {
        throw new CliInputException(
                "store needs a subcommand: store init --store postgresql://… or store copy --from local"
                        + " --to postgresql://…");
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

        @Mixin SharedStoreOptions shared;

        @Override
        public Integer call() {
            if (store == null || store.isBlank()) {
                throw new CliInputException(
                        "store init needs --store postgresql://host/database (or OVERTURN_STORE)");
            }
            SharedStoreLocation at = shared.location(store);
            String password = shared.password("store init");
            String user = at.user().orElse(System.getProperty("user.name"));
            SharedStoreSchema.Result r;
            try (Connection c =
                    DriverManager.getConnection(
                            at.jdbcUrl(),
                            at.properties(
                                    user, password, shared.allowLocalPlain, shared.caFile()))) {
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
