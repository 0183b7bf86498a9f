package org.overturn.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.audit.AuditAction;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.EncryptedBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backup --out FILE --password-file F}: an encrypted copy of every case, to keep somewhere
 * else.
 */
@Command(
        name = "backup",
        description =
                "Write an encrypted copy of every case (AES-256-GCM, the key made from "
                        + "your password) to keep somewhere else; restore it with the restore command.")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description =
                    "Where to write the backup; a file already there is replaced, whole or not at all.")
    Path out;

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description = "A file whose first line is the password (at least 8 characters).")
    Path passwordFile;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        CliServices.refuseShared(root, "backup");
        String password = Passwords.required(passwordFile, passwordStdin, System.in, "backup");
        EncryptedBackups.passwordProblem(password)
                .ifPresent(
                        p -> {
                            throw new CliInputException(p);
                        });
        // The target is checked before the data folder is opened: a bad path changes nothing.
        AppPaths paths = AppPaths.resolve(root.dataDir());
        EncryptedBackups.targetProblem(out, paths.database())
                .ifPresent(
                        p -> {
                            throw new CliInputException("cannot write " + out + ": " + p);
                        });
        CoreServices s = CliServices.openLocal(root, "backup");
        EncryptedBackups.Written w;
        try {
            w = new EncryptedBackups(s.backups()).write(s.database(), out, password, f -> {});
            CaseCommand.audited(
                    s.audit().databaseFile(AuditAction.ENCRYPTED_BACKUP_WRITTEN, out),
                    spec.commandLine().getErr());
        } catch (DatabaseException e) {
            throw new CliInputException(e.getMessage(), e);
        }
        spec.commandLine()
                .getOut()
                .println(
                        "Wrote "
                                + out
                                + " (encrypted; "
                                + w.cases()
                                + (w.cases() == 1 ? " case, " : " cases, ")
                                + size(w.bytes())
                                + ")");
        return ExitCodes.DONE;
    }

    static String size(long bytes) {
        return bytes < 1 << 20
                ? Math.max(1, (bytes + 1023) / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
}
