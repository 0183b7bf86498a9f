package org.overturn.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.overturn.core.Backups;
import org.overturn.ui.backup.PasswordDialog;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * File → Back up now, Back up to… and Restore from backup…: each asks, works in the background,
 * says how it went.
 */
final class BackupActions {

    private final UiServices ctx;
    private final MainViewModel vm;
    private final PracticeProfiles profiles;
    private final Notices notices;
    private final Supplier<Window> owner;

    BackupActions(
            UiServices ctx,
            MainViewModel vm,
            PracticeProfiles profiles,
            Notices notices,
            Supplier<Window> owner) {
        this.ctx = ctx;
        this.vm = vm;
        this.profiles = profiles;
        this.notices = notices;
        this.owner = owner;
    }

    void backupNow() {
        ctx.background()
                .run(
                        () -> ctx.core().backupNow(),
                        p ->
                                notices.info(
                                        Messages.get("backup.done.title"),
                                        Messages.format("backup.done", p)),
                        e -> notices.error(Messages.get("backup.failed"), e.getMessage()));
    }

    /**
     * File → Back up to…: where, then the password (twice), then an encrypted backup in the
     * background.
     */
    void backupToFile() {
        ctx.saveDialogs()
                .ask(
                        owner.get(),
                        new SaveDialogs.Request(
                                "backup",
                                Messages.get("backup.to.chooserTitle"),
                                "overturn-backup-" + LocalDate.now(ctx.clock()) + ".overturn",
                                Messages.get("backup.filter"),
                                "*.overturn"))
                .ifPresent(this::backupTo);
    }

    /**
     * Asks for the password, then writes an encrypted backup to the file (tests call this: no file
     * chooser).
     */
    void backupTo(Path target) {
        Optional<String> problem = vm.backups().targetProblem(target);
        if (problem.isPresent()) {
            notices.error(
                    Messages.get("backup.to.failed"),
                    Messages.format("backup.to.cannotWrite", target, problem.get()));
            return;
        }
        PasswordDialog.ask(
                ctx,
                owner.get(),
                PasswordViewModel.Purpose.NEW_BACKUP,
                password -> {
                    vm.openCase().ifPresent(WorkspaceViewModel::flush);
                    vm.backups()
                            .backup(
                                    target,
                                    password,
                                    w ->
                                            notices.info(
                                                    Messages.get("backup.to.doneHeader"),
                                                    Messages.format(
                                                            "backup.to.done", w.file(), w.cases())),
                                    message ->
                                            notices.error(
                                                    Messages.get("backup.to.failed"), message));
                });
    }

    /**
     * File → Restore from encrypted backup…: which backup, then its password, a check, and a
     * confirmation.
     */
    void restoreFromFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("restore.chooserTitle"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("backup.filter"), "*.overturn"),
                        new FileChooser.ExtensionFilter(Messages.get("restore.filter.all"), "*"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            restoreFrom(f.toPath());
        }
    }

    /**
     * Asks the backup's password (a plain daily backup needs none), checks the whole backup, then
     * asks before replacing the cases, saying how many each side holds (tests call this: no file
     * chooser).
     */
    void restoreFrom(Path backup) {
        boolean encrypted;
        try {
            encrypted = Backups.isEncrypted(backup);
        } catch (Backups.Refused e) {
            notices.error(
                    Messages.get("restore.failed"), backup.getFileName() + ": " + e.getMessage());
            return;
        }
        Consumer<Optional<String>> check =
                password ->
                        vm.backups()
                                .check(
                                        backup,
                                        password,
                                        checked -> confirmRestore(backup, checked),
                                        message ->
                                                notices.error(
                                                        Messages.get("restore.failed"), message));
        if (encrypted) {
            PasswordDialog.ask(
                    ctx,
                    owner.get(),
                    PasswordViewModel.Purpose.OPEN_BACKUP,
                    p -> check.accept(Optional.of(p)));
        } else {
            check.accept(Optional.empty());
        }
    }

    private void confirmRestore(Path backup, Backups.Checked checked) {
        ButtonType replace =
                new ButtonType(
                        Messages.get("restore.confirm.replace"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format(
                                "restore.confirm",
                                checked.casesNow(),
                                checked.cases(),
                                backup.getFileName()),
                        ButtonType.CANCEL,
                        replace);
        confirm.setHeaderText(Messages.get("restore.confirm.header"));
        confirm.initOwner(owner.get());
        if (confirm.showAndWait().filter(b -> b == replace).isEmpty()) {
            vm.backups().discard(checked);
            return;
        }
        int cases = checked.cases();
        vm.closeCase();
        vm.backups()
                .restore(
                        checked,
                        kept -> {
                            vm.cases().reload();
                            profiles.reload(p -> {}, e -> {});
                            notices.info(
                                    Messages.get("restore.done.title"),
                                    Messages.format(
                                            "restore.done",
                                            cases,
                                            backup,
                                            kept.map(Path::toString)
                                                    .orElse(
                                                            Messages.get(
                                                                    "restore.done.nothingReplaced"))));
                        },
                        message -> notices.error(Messages.get("restore.failed"), message));
    }

    /** The status bar's backup progress and message. */
    void showProgress(ProgressBar bar, Label status) {
        bar.progressProperty().bind(vm.backups().progressProperty());
        bar.visibleProperty().bind(vm.backups().busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        status.textProperty().bind(vm.backups().statusProperty());
    }
}
