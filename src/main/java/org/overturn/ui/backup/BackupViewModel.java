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
import org.overturn.core.Backups;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;

/**
 * File → Back up to… and Restore from encrypted backup…, off the FX thread with progress for the
 * status bar: a backup waits for the edits queued before it; a restore is checked in full first,
 * then put in place on the database writer, after every queued write and before any later one.
 */
public final class BackupViewModel {

    private final Background background;
    private final Backups backups;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public BackupViewModel(Background background, Backups backups) {
        this.background = background;
        this.backups = backups;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why nothing can be written at the target, or empty. */
    public Optional<String> targetProblem(Path target) {
        return backups.targetProblem(target);
    }

    /**
     * Writes an encrypted backup; {@code done} gets what was written, {@code failed} a message for
     * the user.
     */
    public void backup(
            Path target, String password, Consumer<Backups.Written> done, Consumer<String> failed) {
        start(
                Messages.get("backup.to.running"),
                new Task<Backups.Written>() {
                    @Override
                    protected Backups.Written call() {
                        background.flushWrites();
                        return backups.write(target, password, f -> updateProgress(f, 1));
                    }
                },
                done,
                e -> failed.accept(message(target, e)));
    }

    /** Decrypts and checks a backup into the data folder; nothing is replaced yet. */
    public void check(
            Path backup,
            Optional<String> password,
            Consumer<Backups.Checked> done,
            Consumer<String> failed) {
        start(
                Messages.get("restore.checking"),
                new Task<Backups.Checked>() {
                    @Override
                    protected Backups.Checked call() {
                        return backups.check(backup, password, f -> updateProgress(f, 1));
                    }
                },
                done,
                e -> failed.accept(message(backup, e)));
    }

    /**
     * Puts a checked backup in place of the database (a safety copy of it is kept first); the copy
     * is deleted after, whatever happens.
     *
     * @param done gets where the replaced database is kept, if there was one
     */
    public void restore(
            Backups.Checked checked, Consumer<Optional<Path>> done, Consumer<String> failed) {
        busy.set(true);
        progress.set(-1);
        status.set(Messages.get("restore.running"));
        background.runAfterWrites(
                () -> backups.restore(checked),
                kept -> {
                    finish();
                    done.accept(kept);
                },
                e -> {
                    finish();
                    failed.accept(String.valueOf(e.getMessage()));
                });
    }

    /** Drops a checked backup the user chose not to restore. */
    public void discard(Backups.Checked checked) {
        background.run(
                () -> {
                    checked.close();
                    return null;
                },
                x -> {},
                e -> {});
    }

    private <T> void start(
            String what, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        status.set(what);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(
                e -> {
                    finish();
                    done.accept(task.getValue());
                });
        task.setOnFailed(
                e -> {
                    finish();
                    failed.accept(task.getException());
                });
        background.submit(task);
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        status.set("");
    }

    /** A refusal names the file it is about; other failures say what went wrong as they are. */
    private static String message(Path file, Throwable e) {
        return e instanceof Backups.Refused
                ? file.getFileName() + ": " + e.getMessage()
                : String.valueOf(e.getMessage());
    }
}
