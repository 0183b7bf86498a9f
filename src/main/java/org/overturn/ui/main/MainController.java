package org.overturn.ui.main;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.overturn.core.AppInfo;
import org.overturn.core.Backups;
import org.overturn.core.InputFiles;
import org.overturn.core.SampleCases;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.export.AtomicFile;
import org.overturn.ui.activity.ActivityController;
import org.overturn.ui.backup.PasswordDialog;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.cases.CasesController;
import org.overturn.ui.citations.CitationLibraryController;
import org.overturn.ui.clock.CalendarExport;
import org.overturn.ui.common.AutoSaver;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.settings.PracticeProfileDialog;
import org.overturn.ui.settings.PracticeProfiles;
import org.overturn.ui.workspace.WorkspaceController;

/** The main window: menus, the Cases screen or the open case, and the status bar. */
public final class MainController {

    private final UiServices ctx;
    private final MainViewModel vm;
    private final PracticeProfiles profiles;
    private ViewLoader.View<CasesController> casesView;
    private WorkspaceController workspace;

    @FXML private BorderPane root;
    @FXML private StackPane content;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem exportCalendarItem;
    @FXML private MenuItem closeCaseItem;
    @FXML private MenuItem deleteCaseItem;
    @FXML private MenuItem undoItem;
    @FXML private Menu samplesMenu;
    @FXML private Label dataFolderLabel;
    @FXML private Label saveStateLabel;
    @FXML private ProgressBar backupProgress;
    @FXML private Label backupStatus;

    public MainController(UiServices ctx, MainViewModel vm, PracticeProfiles profiles) {
        this.ctx = ctx;
        this.vm = vm;
        this.profiles = profiles;
    }

    @FXML
    private void initialize() {
        casesView = ctx.views().load(CasesController.class, "CasesView", vm.cases());
        casesView.controller().setOpener(id -> vm.open(id, () -> vm.cases().reload()));
        content.getChildren().setAll(casesView.root());
        dataFolderLabel.setText(Messages.format("status.dataFolder", ctx.core().paths().dataDir()));
        for (SampleCases.Sample s : SampleCases.ALL) {
            MenuItem item = new MenuItem(Messages.get(s.titleKey()));
            item.setOnAction(
                    e -> vm.cases().openSample(s, c -> vm.open(c.id().orElseThrow(), () -> {})));
            samplesMenu.getItems().add(item);
        }
        backupProgress.progressProperty().bind(vm.backups().progressProperty());
        backupProgress.visibleProperty().bind(vm.backups().busyProperty());
        backupProgress.managedProperty().bind(backupProgress.visibleProperty());
        backupStatus.textProperty().bind(vm.backups().statusProperty());
        vm.openCaseProperty().addListener((o, before, now) -> showCase(now));
        showCase(null);
        vm.cases().reload();
    }

    private void showCase(WorkspaceViewModel w) {
        boolean open = w != null;
        exportItem.setDisable(!open);
        exportCalendarItem.setDisable(!open);
        closeCaseItem.setDisable(!open);
        undoItem.disableProperty().unbind();
        saveStateLabel.textProperty().unbind();
        if (!open) {
            workspace = null;
            undoItem.setDisable(true);
            saveStateLabel.setText("");
            content.getChildren().setAll(casesView.root());
            return;
        }
        ViewLoader.View<WorkspaceController> view =
                ctx.views().load(WorkspaceController.class, "Workspace", w);
        workspace = view.controller();
        undoItem.disableProperty().bind(w.canUndoProperty().not());
        WorkspaceController shown = workspace;
        saveStateLabel
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> notSavedText(shown).orElseGet(() -> saveText(w)),
                                w.saveStateProperty(),
                                w.saveErrorProperty(),
                                FieldCheck.changes(),
                                w.sectionProperty()));
        content.getChildren().setAll(view.root());
        // The guided path's next action has the focus, so Enter goes on with the job.
        WorkspaceController opened = workspace;
        Platform.runLater(opened::focusNext);
    }

    /**
     * What typed text the case does not hold: "Not saved: Notice date: … is not a date" (Esc in it
     * discards it).
     */
    private static Optional<String> notSavedText(WorkspaceController shown) {
        List<String> fields = shown.notSaved();
        return fields.isEmpty()
                ? Optional.empty()
                : Optional.of(Messages.format("status.notSaved", String.join("; ", fields)));
    }

    private static String saveText(WorkspaceViewModel w) {
        if (!w.saveErrorProperty().get().isEmpty()) {
            return w.saveErrorProperty().get();
        }
        AutoSaver.State s = w.saveStateProperty().get();
        return switch (s) {
            case SAVED -> Messages.get("status.saved");
            case PENDING -> Messages.get("status.saving");
            case FAILED -> Messages.get("status.saveFailed");
        };
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void newCase() {
        if (vm.openCase().isPresent()) {
            vm.closeCase();
        }
        casesView.controller().newCase();
    }

    @FXML
    private void newCaseFromDenial() {
        if (vm.openCase().isPresent()) {
            vm.closeCase();
        }
        casesView.controller().newCaseFromDenial();
    }

    @FXML
    private void importCase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.get("import.filter"), "*.json"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            importFrom(f.toPath());
        }
    }

    /**
     * Imports a case file; a bad file gets one clear message and nothing is written. A file
     * imported before (the same text) is not imported twice unasked: the clinician opens the case
     * it made, or imports it again.
     */
    public void importFrom(Path file) {
        ctx.background()
                .run(
                        () -> {
                            try {
                                InputFiles.CaseRead read =
                                        InputFiles.readCase(file, LocalDateTime.now(ctx.clock()));
                                return new PendingImport(
                                        read, ctx.core().importer().importedBefore(read));
                            } catch (InputFiles.Refused e) {
                                throw new IllegalArgumentException(e.getMessage(), e);
                            }
                        },
                        pending -> {
                            if (pending.before().isEmpty()) {
                                store(pending.read());
                                return;
                            }
                            long before = pending.before().get();
                            ButtonType open =
                                    new ButtonType(
                                            Messages.format("import.duplicate.open", before),
                                            ButtonBar.ButtonData.YES);
                            ButtonType again =
                                    new ButtonType(
                                            Messages.get("import.duplicate.again"),
                                            ButtonBar.ButtonData.NO);
                            Alert a =
                                    new Alert(
                                            Alert.AlertType.CONFIRMATION,
                                            Messages.format(
                                                    "import.duplicate.body",
                                                    file.getFileName(),
                                                    before),
                                            open,
                                            again,
                                            ButtonType.CANCEL);
                            a.setHeaderText(Messages.get("import.duplicate.title"));
                            a.initOwner(window());
                            a.showAndWait()
                                    .ifPresent(
                                            choice -> {
                                                if (choice == open) {
                                                    vm.open(before, () -> {});
                                                } else if (choice == again) {
                                                    store(pending.read());
                                                }
                                            });
                        },
                        e -> error(Messages.get("import.failed"), e.getMessage()));
    }

    /** A checked file, and the case it made when it was imported before. */
    private record PendingImport(InputFiles.CaseRead read, Optional<Long> before) {}

    private void store(InputFiles.CaseRead read) {
        ctx.background()
                .run(
                        () -> ctx.core().importer().importCase(read),
                        (CaseFile c) -> vm.open(c.id().orElseThrow(), () -> {}),
                        e -> error(Messages.get("import.failed"), e.getMessage()));
    }

    @FXML
    private void exportCase() {
        vm.openCase()
                .ifPresent(
                        w -> {
                            w.flush();
                            File f =
                                    ctx.saveDialogs()
                                            .ask(
                                                    window(),
                                                    new SaveDialogs.Request(
                                                            "case",
                                                            Messages.get("export.title"),
                                                            "case-" + w.caseId() + ".json",
                                                            "JSON",
                                                            "*.json"))
                                            .map(Path::toFile)
                                            .orElse(null);
                            if (f == null) {
                                return;
                            }
                            CaseFile c = w.caseFile();
                            Optional<Payer> payer = w.payer();
                            ctx.background()
                                    .run(
                                            () -> {
                                                writeAtomically(
                                                        f.toPath(),
                                                        ctx.core().caseFileText(c, payer));
                                                c.id().ifPresent(
                                                                id ->
                                                                        ctx.core()
                                                                                .audit()
                                                                                .fileWritten(
                                                                                        AuditAction
                                                                                                .CASE_EXPORTED,
                                                                                        id,
                                                                                        f
                                                                                                .toPath()));
                                                return f.toPath();
                                            },
                                            p -> {},
                                            e ->
                                                    error(
                                                            Messages.get("export.failed"),
                                                            e.getMessage()));
                        });
    }

    @FXML
    private void exportCalendar() {
        vm.openCase().ifPresent(w -> new CalendarExport(ctx).run(w.caseFile(), window()));
    }

    static void writeAtomically(Path target, String text) {
        try {
            AtomicFile.write(text.getBytes(StandardCharsets.UTF_8), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Settings → Practice profile: the letterhead, the fax cover's sender and the clinicians who
     * may sign.
     */
    @FXML
    private void practiceProfile() {
        openPracticeProfile(d -> {});
    }

    /**
     * Opens Settings → Practice profile; {@code shown} gets the dialog once it is up (tests,
     * snapshots).
     */
    public void openPracticeProfile(Consumer<Dialog<ButtonType>> shown) {
        PracticeProfileDialog.open(ctx, profiles, window(), shown);
    }

    @FXML
    public void closeCase() {
        vm.closeCase();
    }

    @FXML
    private void deleteCase() {
        Optional<Long> id =
                vm.openCase()
                        .map(WorkspaceViewModel::caseId)
                        .or(() -> casesView.controller().selected().map(r -> r.id()));
        if (id.isEmpty()) {
            error(Messages.get("delete.title"), Messages.get("delete.nothingSelected"));
            return;
        }
        Alert confirm =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format("delete.confirm", id.get()),
                        ButtonType.CANCEL,
                        ButtonType.OK);
        confirm.setHeaderText(Messages.get("delete.title"));
        confirm.initOwner(window());
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            vm.closeCase();
            vm.cases().delete(id.get());
        }
    }

    @FXML
    private void backupNow() {
        ctx.background()
                .run(
                        () -> ctx.core().backupNow(),
                        p ->
                                info(
                                        Messages.get("backup.done.title"),
                                        Messages.format("backup.done", p)),
                        e -> error(Messages.get("backup.failed"), e.getMessage()));
    }

    /**
     * File → Back up to…: where, then the password (twice), then an encrypted backup in the
     * background.
     */
    @FXML
    private void backupToFile() {
        ctx.saveDialogs()
                .ask(
                        window(),
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
    public void backupTo(Path target) {
        Optional<String> problem = vm.backups().targetProblem(target);
        if (problem.isPresent()) {
            error(
                    Messages.get("backup.to.failed"),
                    Messages.format("backup.to.cannotWrite", target, problem.get()));
            return;
        }
        PasswordDialog.ask(
                ctx,
                window(),
                PasswordViewModel.Purpose.NEW_BACKUP,
                password -> {
                    vm.openCase().ifPresent(WorkspaceViewModel::flush);
                    vm.backups()
                            .backup(
                                    target,
                                    password,
                                    w ->
                                            info(
                                                    Messages.get("backup.to.doneHeader"),
                                                    Messages.format(
                                                            "backup.to.done", w.file(), w.cases())),
                                    message -> error(Messages.get("backup.to.failed"), message));
                });
    }

    /**
     * File → Restore from encrypted backup…: which backup, then its password, a check, and a
     * confirmation.
     */
    @FXML
    private void restoreFromFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("restore.chooserTitle"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("backup.filter"), "*.overturn"),
                        new FileChooser.ExtensionFilter(Messages.get("restore.filter.all"), "*"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            restoreFrom(f.toPath());
        }
    }

    /**
     * Asks the backup's password (a plain daily backup needs none), checks the whole backup, then
     * asks before replacing the cases, saying how many each side holds (tests call this: no file
     * chooser).
     */
    public void restoreFrom(Path backup) {
        boolean encrypted;
        try {
            encrypted = Backups.isEncrypted(backup);
        } catch (Backups.Refused e) {
            error(Messages.get("restore.failed"), backup.getFileName() + ": " + e.getMessage());
            return;
        }
        Consumer<Optional<String>> check =
                password ->
                        vm.backups()
                                .check(
                                        backup,
                                        password,
                                        checked -> confirmRestore(backup, checked),
                                        message -> error(Messages.get("restore.failed"), message));
        if (encrypted) {
            PasswordDialog.ask(
                    ctx,
                    window(),
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
        confirm.initOwner(window());
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
                            info(
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
                        message -> error(Messages.get("restore.failed"), message));
    }

    @FXML
    private void undo() {
        vm.openCase().ifPresent(WorkspaceViewModel::undo);
    }

    @FXML
    private void find() {
        if (vm.openCase().isPresent()) {
            vm.closeCase();
        }
        casesView.controller().focusSearch();
    }

    @FXML
    private void showDataFolder() {
        info(
                Messages.get("dataFolder.title"),
                Messages.format(
                        "dataFolder.body",
                        ctx.core().paths().dataDir(),
                        ctx.core().paths().database(),
                        ctx.core().paths().backups()));
    }

    @FXML
    private void showCitationLibrary() {
        CitationLibraryController.open(ctx, window());
    }

    @FXML
    private void showActivity() {
        ActivityController.open(ctx, window());
    }

    @FXML
    private void about() {
        info(
                Messages.format("about.title", AppInfo.NAME),
                Messages.format(
                        "about.body",
                        AppInfo.version(),
                        System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", "?")));
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    private void info(String header, String body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, body, ButtonType.OK);
        a.setHeaderText(header);
        a.initOwner(window());
        a.showAndWait();
    }

    private void error(String header, String body) {
        Alert a = new Alert(Alert.AlertType.ERROR, body, ButtonType.OK);
        a.setHeaderText(header);
        a.initOwner(window());
        a.showAndWait();
    }

    public Optional<WorkspaceController> workspace() {
        return Optional.ofNullable(workspace);
    }

    public CasesController cases() {
        return casesView.controller();
    }
}
