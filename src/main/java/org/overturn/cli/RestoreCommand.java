package org.overturn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.AppPaths;
import org.overturn.core.AuditTrail;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.persistence.BackupRefusedException;
import org.overturn.persistence.BackupService;
import org.overturn.persistence.Database;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.DatabaseInUseException;
import org.overturn.persistence.EncryptedBackups;
import org.overturn.persistence.VerifiedCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore --from FILE --password-file F}: the backup is decrypted into the data folder and
 * checked in full before anything is replaced; the database it replaces is kept in the backups
 * folder. Refused while the app or another command has the database open.
 */
@Command(
        name = "restore",
        description =
                "Replace the database with a backup (an encrypted one, or a plain daily "
                        + "backup), once the whole backup has been checked. The database it replaces is kept in the backups folder. "
                        + "Close Overturn first.")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            required = true,
            description = "The backup to restore.")
    Path from;

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description =
                    "A file whose first line is the backup's password (a plain daily backup needs none).")
    Path passwordFile;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        CliServices.refuseShared(root, "restore");
        Optional<String> password = Passwords.optional(passwordFile, passwordStdin, System.in);
        AppPaths paths = AppPaths.resolve(root.dataDir());
        try {
            paths.ensureWritable();
        } catch (DataFolderException e) {
            throw new CliInputException(e.getMessage(), e);
        }
        BackupService backups = new BackupService(paths.backups(), CliServices.CLOCK);
        try (VerifiedCopy copy =
                new EncryptedBackups(backups).verify(from, password, paths.dataDir(), f -> {})) {
            String sha = fingerprint(copy.file());
            Optional<Path> kept = Database.restore(paths.database(), copy, backups);
            try (CoreServices s = CliServices.openLocal(root, "restore")) {
                CaseCommand.audited(s.audit().restored(sha), spec.commandLine().getErr());
            }
            spec.commandLine()
                    .getOut()
                    .println(
                            "Restored "
                                    + copy.cases()
                                    + (copy.cases() == 1 ? " case" : " cases")
                                    + " from "
                                    + from
                                    + "."
                                    + kept.map(
                                                    p ->
                                                            " The database it replaced is kept as "
                                                                    + p
                                                                    + ".")
                                            .orElse(""));
            return ExitCodes.DONE;
        } catch (BackupRefusedException e) {
            String hint =
                    password.isEmpty() && e.getMessage().contains("encrypted")
                            ? " (--password-file F or --password-stdin)"
                            : "";
            throw new CliInputException(
                    from + ": " + e.getMessage() + hint + "; nothing was replaced", e);
        } catch (DatabaseInUseException e) {
            throw new CliInputException(e.getMessage(), e);
        } catch (DatabaseException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    private static String fingerprint(Path file) {
        try {
            return AuditTrail.sha256(file);
        } catch (IOException e) {
            throw new CliInputException(
                    "cannot read the checked copy " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
