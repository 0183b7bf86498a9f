package org.overturn.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.overturn.domain.audit.AuditAction;
import org.overturn.persistence.BackupRefusedException;
import org.overturn.persistence.EncryptedBackups;
import org.overturn.persistence.VerifiedCopy;

/**
 * File → Back up to… and Restore from a backup, as the screens use them: an encrypted backup
 * written, a backup checked in full before anything is replaced, and the checked copy put in place,
 * each recorded in the activity log. The screens reach backups only through here, never the storage
 * classes.
 */
public final class Backups {

    private final CoreServices core;

    Backups(CoreServices core) {
        this.core = core;
    }

    /** What a backup wrote: the file, the number of cases in it, its size. */
    public record Written(Path file, int cases, long bytes) {}

    /**
     * The backup file itself was refused (wrong password, damaged, altered, from a newer Overturn);
     * one line.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(BackupRefusedException e) {
            super(e.getMessage(), e);
        }
    }

    /**
     * A backup decrypted and checked into the data folder, not yet in place; closing it deletes the
     * copy.
     */
    public static final class Checked implements AutoCloseable {
        private final VerifiedCopy copy;
        private final int casesNow;

        Checked(VerifiedCopy copy, int casesNow) {
            this.copy = copy;
            this.casesNow = casesNow;
        }

        /** The cases the backup holds. */
        public int cases() {
            return copy.cases();
        }

        /** The cases the database holds now. */
        public int casesNow() {
            return casesNow;
        }

        @Override
        public void close() {
            copy.close();
        }
    }

    /** Whether the file is an encrypted backup (else a plain database copy). */
    public static boolean isEncrypted(Path file) {
        try {
            return EncryptedBackups.isEncrypted(file);
        } catch (BackupRefusedException e) {
            throw new Refused(e);
        }
    }

    /** Why nothing can be written at the target, or empty. */
    public Optional<String> targetProblem(Path target) {
        return EncryptedBackups.targetProblem(target, core.database().file());
    }

    /** Writes every case to one encrypted file (the caller has let queued edits land first). */
    public Written write(Path target, String password, DoubleConsumer progress) {
        try {
            EncryptedBackups.Written w =
                    new EncryptedBackups(core.backups())
                            .write(core.database(), target, password, progress);
            core.audit().databaseFile(AuditAction.ENCRYPTED_BACKUP_WRITTEN, target);
            return new Written(w.file(), w.cases(), w.bytes());
        } catch (BackupRefusedException e) {
            throw new Refused(e);
        }
    }

    /**
     * Decrypts (when a password is given) and checks a backup into the data folder; nothing is
     * replaced yet.
     */
    public Checked check(Path backup, Optional<String> password, DoubleConsumer progress) {
        VerifiedCopy copy;
        try {
            copy =
                    new EncryptedBackups(core.backups())
                            .verify(backup, password, core.paths().dataDir(), progress);
        } catch (BackupRefusedException e) {
            throw new Refused(e);
        }
        try {
            return new Checked(copy, core.cases().count());
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /**
     * Puts a checked backup in place of the database (a safety copy of it is kept first) and
     * deletes the checked copy, whatever happens. Run on the database writer, after every queued
     * write.
     *
     * @return where the replaced database is kept, if there was one
     */
    public Optional<Path> restore(Checked checked) {
        try (checked) {
            String sha = AuditTrail.sha256(checked.copy.file());
            Optional<Path> kept = core.database().restoreFrom(checked.copy, core.backups());
            core.audit().restored(sha);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BackupRefusedException e) {
            throw new Refused(e);
        }
    }
}
