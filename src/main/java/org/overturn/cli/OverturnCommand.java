package org.overturn.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.overturn.core.AppInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the subcommands. */
@Command(
        name = "overturn",
        mixinStandardHelpOptions = true,
        versionProvider = OverturnCommand.Version.class,
        description =
                "Overturn: appeal behavioral-health level-of-care denials. No command opens the app.",
        subcommands = {
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
            StoreCommand.class
        })
public final class OverturnCommand implements Runnable {

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

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a command is required");
    }

    Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** Prints the version from the jar manifest (or the build's resource when run from classes). */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Overturn " + AppInfo.version()};
        }
    }
}
