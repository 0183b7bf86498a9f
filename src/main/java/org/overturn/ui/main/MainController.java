package org.overturn.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.overturn.core.StoreLocation;
import org.overturn.ui.activity.ActivityController;
import org.overturn.ui.cases.CasesController;
import org.overturn.ui.citations.CitationLibraryController;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.settings.CaseStoreDialog;
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
    private final Notices notices = new Notices(this::window);
    private final CaseTransfer transfer;
    private final CaseImport importer;
    private final BackupActions backups;

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
        this.transfer = new CaseTransfer(ctx, vm, notices, this::window);
        this.importer = new CaseImport(ctx, vm, notices, this::window);
        this.backups = new BackupActions(ctx, vm, profiles, notices, this::window);
    }

    @FXML
    private void initialize() {
        casesView = ctx.views().load(CasesController.class, "CasesView", vm.cases());
        casesView.controller().setOpener(id -> vm.open(id, () -> vm.cases().reload()));
        content.getChildren().setAll(casesView.root());
        dataFolderLabel.setText(
                ctx.core().store().shared()
                        ? Messages.format(
                                "status.sharedStore",
                                ctx.core().store().shown(),
                                ctx.core().storeUser().orElse(""))
                        : Messages.format("status.dataFolder", ctx.core().paths().dataDir()));
        transfer.listSamples(samplesMenu);
        backups.showProgress(backupProgress, backupStatus);
        // A case file or bundle dropped anywhere on the window is imported as File → Import does.
        root.setOnDragOver(importer::dragOver);
        root.setOnDragDropped(importer::dragDropped);
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
        SaveState.bind(saveStateLabel, w, workspace);
        // A save refused because someone else saved first (shared store): the person chooses.
        w.conflictProperty()
                .addListener(
                        (o, before, now) -> {
                            if (now != null) {
                                Platform.runLater(() -> ConflictDialog.ask(window(), w, now));
                            }
                        });
        content.getChildren().setAll(view.root());
        // The guided path's next action has the focus, so Enter goes on with the job.
        WorkspaceController opened = workspace;
        Platform.runLater(opened::focusNext);
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
        toCases().newCase();
    }

    @FXML
    private void newCaseFromDenial() {
        toCases().newCaseFromDenial();
    }

    @FXML
    private void importCase() {
        importer.chooseAndImport();
    }

    /** Imports a case file or bundle (tests call this: no file chooser). */
    public void importFrom(Path file) {
        importer.importFrom(file);
    }

    @FXML
    private void exportCase() {
        transfer.exportCase();
    }

    @FXML
    private void exportCalendar() {
        transfer.exportCalendar();
    }

    /**
     * Settings → Case store: this computer's database or a program's shared store; a different
     * choice opens that store in this window (what is open is saved first).
     */
    @FXML
    private void caseStore() {
        StoreLocation now = ctx.core().store();
        new CaseStoreDialog(window(), now)
                .ask()
                .filter(chosen -> !chosen.equals(now))
                .ifPresent(ctx::switchStore);
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
        transfer.delete(
                vm.openCase()
                        .map(WorkspaceViewModel::caseId)
                        .or(() -> casesView.controller().selected().map(r -> r.id())));
    }

    @FXML
    private void backupNow() {
        if (!onSharedStore()) {
            backups.backupNow();
        }
    }

    /**
     * Backups and restores are of this computer's database file: on a shared store they would leave
     * out the cases, so the person is told where the cases are backed up instead.
     */
    private boolean onSharedStore() {
        if (!ctx.core().store().shared()) {
            return false;
        }
        Alert a =
                new Alert(
                        Alert.AlertType.INFORMATION,
                        Messages.format("backup.sharedStore", ctx.core().store().shown()),
                        ButtonType.OK);
        a.setHeaderText(Messages.get("backup.sharedStore.header"));
        a.initOwner(window());
        a.showAndWait();
        return true;
    }

    @FXML
    private void backupToFile() {
        if (!onSharedStore()) {
            backups.backupToFile();
        }
    }

    /** Asks for the password, then writes an encrypted backup (tests call this). */
    public void backupTo(Path target) {
        backups.backupTo(target);
    }

    @FXML
    private void restoreFromFile() {
        if (!onSharedStore()) {
            backups.restoreFromFile();
        }
    }

    /** Checks the backup and asks before replacing the cases (tests call this). */
    public void restoreFrom(Path backup) {
        backups.restoreFrom(backup);
    }

    @FXML
    private void undo() {
        vm.openCase().ifPresent(WorkspaceViewModel::undo);
    }

    @FXML
    private void find() {
        toCases().focusSearch();
    }

    /** Closes the open case, if any, and hands over the Cases screen. */
    private CasesController toCases() {
        vm.closeCase();
        return casesView.controller();
    }

    @FXML
    private void showDataFolder() {
        notices.dataFolder(ctx.core().paths());
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
        notices.about();
    }

    @FXML
    private void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    public Optional<WorkspaceController> workspace() {
        return Optional.ofNullable(workspace);
    }

    public CasesController cases() {
        return casesView.controller();
    }
}
