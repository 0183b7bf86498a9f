package org.overturn.ui.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.overturn.persistence.BackupRefusedException;
import org.overturn.persistence.EncryptedBackups;
import org.overturn.persistence.VerifiedCopy;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;

/**
 * File → Back up to… and Restore from encrypted backup…, off the FX thread with progress for the status bar: a
 * backup waits for the edits queued before it; a restore is checked in full first, then put in place on the database
 * writer, after every queued write and before any later one.
 */
public final class BackupViewModel {

    private final UiServices ctx;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** A backup checked and ready, with the number of cases the database holds now. */
    public record Checked(VerifiedCopy copy, int casesNow) {
    }

    public BackupViewModel(UiServices ctx) {
        this.ctx = ctx;
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Why nothing can be written at the target, or empty. */
    public Optional<String> targetProblem(Path target) {
        return EncryptedBackups.targetProblem(target, ctx.core().database().file());
    }

    /** Writes an encrypted backup; {@code done} gets what was written, {@code failed} a message for the user. */
    public void backup(Path target, String password, Consumer<EncryptedBackups.Written> done, Consumer<String> failed) {
        start(Messages.get("backup.to.running"), new Task<EncryptedBackups.Written>() {
            @Override
            protected EncryptedBackups.Written call() {
                ctx.background().flushWrites();
                EncryptedBackups.Written w = new EncryptedBackups(ctx.core().backups()).write(ctx.core().database(),
                        target, password, f -> updateProgress(f, 1));
                ctx.core().audit().databaseFile(org.overturn.domain.audit.AuditAction.ENCRYPTED_BACKUP_WRITTEN, target);
                return w;
            }
        }, done, e -> failed.accept(message(target, e)));
    }

    /** Decrypts and checks a backup into the data folder; nothing is replaced yet. */
    public void check(Path backup, Optional<String> password, Consumer<Checked> done, Consumer<String> failed) {
        start(Messages.get("restore.checking"), new Task<Checked>() {
            @Override
            protected Checked call() {
                VerifiedCopy copy = new EncryptedBackups(ctx.core().backups()).verify(backup, password,
                        ctx.core().paths().dataDir(), f -> updateProgress(f, 1));
                try {
                    return new Checked(copy, ctx.core().cases().count());
                } catch (RuntimeException e) {
                    copy.close();
                    throw e;
                }
            }
        }, done, e -> failed.accept(message(backup, e)));
    }

    /**
     * Puts a checked backup in place of the database (a safety copy of it is kept first); the copy is deleted after,
     * whatever happens.
     *
     * @param done gets where the replaced database is kept, if there was one
     */
    public void restore(VerifiedCopy copy, Consumer<Optional<Path>> done, Consumer<String> failed) {
        busy.set(true);
        progress.set(-1);
        status.set(Messages.get("restore.running"));
        ctx.background().runAfterWrites(() -> {
            try {
                String sha = org.overturn.core.AuditTrail.sha256(copy.file());
                Optional<Path> kept = ctx.core().database().restoreFrom(copy, ctx.core().backups());
                ctx.core().audit().restored(sha);
                return kept;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                copy.close();
            }
        }, kept -> {
            finish();
            done.accept(kept);
        }, e -> {
            finish();
            failed.accept(String.valueOf(e.getMessage()));
        });
    }

    /** Drops a checked backup the user chose not to restore. */
    public void discard(Checked checked) {
        ctx.background().run(() -> {
            checked.copy().close();
            return null;
        }, x -> { }, e -> { });
    }

    private <T> void start(String what, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        status.set(what);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            finish();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            failed.accept(task.getException());
        });
        ctx.background().submit(task);
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        status.set("");
    }

    /** A refusal names the file it is about; other failures say what went wrong as they are. */
    private static String message(Path file, Throwable e) {
        return e instanceof BackupRefusedException ? file.getFileName() + ": " + e.getMessage() : String.valueOf(
                e.getMessage());
    }
}
