package org.overturn.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.overturn.core.AppInfo;
import org.overturn.core.CoreServices;
import org.overturn.core.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the subcommands. */
@Command(
        name = "overturn",
        mixinStandardHelpOptions = true,
        versionProvider = OverturnCommand.Version.class,
        description =
                "Overturn: appeal behavioral-health level-of-care denials. No command opens the app.")
public final class OverturnCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Not in the annotation: picocli reads every
     * option of every command it is given, by reflection, which for all of them took about 210 ms
     * of a cold one-page export (about 150 ms with the export command alone). A run is given only
     * the commands its arguments name ({@link #subcommandsFor}).
     */
    static final List<Class<?>> SUBCOMMANDS =
            List.of(
                    CaseCommand.class,
                    ProfileCommand.class,
                    ScoreCommand.class,
                    DeadlinesCommand.class,
                    SnapshotCommand.class,
                    ExportCommand.class,
                    ActivityCommand.class,
                    ReportCommand.class,
                    BackupCommand.class,
                    RestoreCommand.class,
                    StoreCommand.class);

    /**
     * The subcommands these arguments can run: those named by any argument (a value that happens to
     * be a command's name only adds that command), or all of them when none is named, so help, a
     * mistyped command and its suggestions read as they would with every command.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        List<String> given = Arrays.asList(args);
        List<Class<?>> named =
                SUBCOMMANDS.stream()
                        .filter(c -> given.contains(c.getAnnotation(Command.class).name()))
                        .toList();
        return named.isEmpty() ? SUBCOMMANDS : named;
    }

    Path dataDir;

    /**
     * An empty value would mean the current folder: refused, so health information never lands
     * there unasked.
     */
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data folder (wins over OVERTURN_HOME and the platform default).")
    void dataDir(String value) {
        if (value == null || value.isBlank()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--data-dir needs a folder, not an empty value");
        }
        this.dataDir = Path.of(value);
    }

    @Option(
            names = "--store",
            paramLabel = "URI",
            defaultValue = "${env:OVERTURN_STORE}",
            description =
                    "Where the cases are: local (the data folder's database, the default) or a"
                            + " program's shared store, postgresql://[user@]host[:port]/database"
                            + " (default: OVERTURN_STORE).")
    String store;

    @Option(
            names = "--store-password-file",
            paramLabel = "F",
            defaultValue = "${env:OVERTURN_STORE_PASSWORD_FILE}",
            description =
                    "For a shared store: a file only you can read (mode 0600) whose first line is"
                            + " your database password. Without it, the password is asked once,"
                            + " at the terminal.")
    Path storePasswordFile;

    @Option(
            names = "--store-ca-file",
            paramLabel = "F",
            defaultValue = "${env:OVERTURN_STORE_CA_FILE}",
            description =
                    "For a shared store: the certificate authority (PEM) that signed the server's"
                            + " certificate (default: ~/.postgresql/root.crt).")
    Path storeCaFile;

    @Option(
            names = "--store-allow-local-plain",
            description =
                    "For a shared store on this computer (localhost) only: allow it without a"
                            + " checked TLS certificate.")
    boolean storeAllowLocalPlain;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a command is required");
    }

    Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The store the options name.
     *
     * @throws CliInputException with one line when the options don't make one
     */
    StoreLocation store() {
        if (storeCaFile != null && !Files.isReadable(storeCaFile)) {
            throw new CliInputException(
                    "cannot read the certificate authority file " + storeCaFile);
        }
        try {
            return StoreLocation.parse(
                    store, storeAllowLocalPlain, Optional.ofNullable(storeCaFile));
        } catch (IllegalArgumentException e) {
            throw new CliInputException("--store: " + e.getMessage(), e);
        }
    }

    /** The shared store's password: from the private file named, else asked at the terminal. */
    CoreServices.StorePassword storePassword() {
        return (at, user) -> {
            if (storePasswordFile != null) {
                return Passwords.fromPrivateFile(storePasswordFile);
            }
            Console console = System.console();
            if (console == null) {
                throw new CliInputException(
                        "the shared store "
                                + at
                                + " needs "
                                + user
                                + "'s password: give --store-password-file F (a file only you"
                                + " can read) or OVERTURN_STORE_PASSWORD_FILE");
            }
            char[] typed = console.readPassword("Password for %s at %s: ", user, at);
            if (typed == null || typed.length == 0) {
                throw new CliInputException("no password given for the shared store " + at);
            }
            return new String(typed);
        };
    }

    /** Prints the version from the jar manifest (or the build's resource when run from classes). */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Overturn " + AppInfo.version()};
        }
    }
}
