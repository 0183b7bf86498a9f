package org.overturn.ui.packet;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.ui.backup.PasswordDialog;
import org.overturn.ui.backup.PasswordViewModel;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;

/**
 * Letters and packet: the section's cards (readiness, letter, parts, Part 2 consents, submissions)
 * are views of their own over one {@link PacketViewModel}; this controller holds them together,
 * takes dropped files, brings a fix into view, and runs the export.
 */
public final class PacketController {

    private final UiServices ctx;
    private final PacketViewModel vm;

    @FXML private ScrollPane scroll;
    @FXML private VBox root;
    @FXML private PacketLetterController letterController;
    @FXML private PacketPartsController partsController;
    @FXML private PacketConsentsController consentsController;
    @FXML private PacketSubmissionsController submissionsController;
    @FXML private Label exportBlockedLabel;
    @FXML private Button exportButton;
    @FXML private CheckBox protectBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button openButton;

    public PacketController(UiServices ctx, PacketViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    public PacketViewModel viewModel() {
        return vm;
    }

    PacketConsentsController consents() {
        return consentsController;
    }

    PacketSubmissionsController submissions() {
        return submissionsController;
    }

    @FXML
    private void initialize() {
        // Lets tests (and keyboard helpers) reach the section's controller from its node.
        root.getProperties().put(PacketController.class, this);
        exportButton.disableProperty().bind(vm.busyProperty().or(vm.exportAllowedProperty().not()));
        protectBox.disableProperty().bind(vm.busyProperty());
        exportBlockedLabel.textProperty().bind(vm.exportBlockedReasonProperty());
        exportBlockedLabel.visibleProperty().bind(vm.exportBlockedReasonProperty().isNotEmpty());
        exportBlockedLabel.managedProperty().bind(exportBlockedLabel.visibleProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.busyProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        openButton.visibleProperty().bind(vm.lastExportProperty().isNotNull());
        openButton.managedProperty().bind(openButton.visibleProperty());
        root.setOnDragOver(
                e -> {
                    if (e.getDragboard().hasFiles()) {
                        e.acceptTransferModes(TransferMode.COPY);
                    }
                    e.consume();
                });
        root.setOnDragDropped(
                e -> {
                    boolean ok = e.getDragboard().hasFiles();
                    if (ok) {
                        vm.addEnclosures(
                                e.getDragboard().getFiles().stream().map(File::toPath).toList());
                    }
                    e.setDropCompleted(ok);
                    e.consume();
                });
        vm.setLocalFixHandler(this::fixHere);
    }

    /** The places fixed inside this section: bring the control into view and give it the focus. */
    private void fixHere(FixPlace place) {
        // The consent form first: when its card is hidden, the letter card takes a consent fix.
        if (!consentsController.fix(place, this::focus)
                && !partsController.fix(place, this::focus)) {
            letterController.fix(place, this::focus);
        }
    }

    private void focus(Control c) {
        root.applyCss();
        root.layout();
        double contentHeight = root.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = root.sceneToLocal(c.localToScene(c.getBoundsInLocal())).getMinY() - 40;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
        c.requestFocus();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void export() {
        ctx.saveDialogs()
                .ask(
                        window(),
                        new SaveDialogs.Request(
                                "packet",
                                Messages.get("packet.export.title"),
                                "appeal-packet-case-" + vm.caseFile().id().orElse(0L) + ".pdf",
                                "PDF",
                                "*.pdf"))
                .ifPresent(this::exportTo);
    }

    /**
     * Exports to the file, then offers to open it (also used by tests, which cannot drive a file
     * chooser); with "Protect with a password…" ticked, the password is asked for first.
     */
    public void exportTo(Path file) {
        if (!protectBox.isSelected()) {
            vm.export(file, Optional.empty(), this::offerToOpen);
            return;
        }
        PasswordDialog.ask(
                ctx,
                window(),
                PasswordViewModel.Purpose.PROTECT_PDF,
                password -> vm.export(file, Optional.of(password), this::offerToOpen));
    }

    private void offerToOpen(Path file) {
        OpenFile.offer(
                ctx, file, window(), Messages.get("packet.export.doneHeader"), vm::statusMessage);
    }

    @FXML
    void open() {
        Path file = vm.lastExportProperty().get();
        if (file != null) {
            OpenFile.open(ctx, file, vm::statusMessage);
        }
    }
}
