package org.overturn.ui.parity;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.Regulator;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * The complaint dialog: binds its view model, asks where to save, and offers the file once written.
 * Esc closes it; Ctrl+S (Cmd+S) saves.
 */
public final class ComplaintController {

    static final KeyCombination SAVE =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiServices services;
    private final ComplaintViewModel vm;
    private Window owner;
    private Dialog<ButtonType> dialog;

    @FXML private ComboBox<ComplaintKind> kindBox;
    @FXML private ComboBox<Regulator> toBox;
    @FXML private Label refusalLabel;
    @FXML private VBox notesBox;
    @FXML private VBox notesList;
    @FXML private VBox letterBox;
    @FXML private TextArea addressArea;
    @FXML private TextArea previewArea;
    @FXML private Label statusLabel;

    public ComplaintController(UiServices services, ComplaintViewModel vm) {
        this.services = services;
        this.vm = vm;
    }

    public ComplaintViewModel viewModel() {
        return vm;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(ComplaintKind.values());
        EnumCells.install(kindBox);
        kindBox.valueProperty().bindBidirectional(vm.kind);
        toBox.setItems(vm.addressees());
        EnumCells.install(toBox);
        toBox.valueProperty().bindBidirectional(vm.to);
        toBox.disableProperty().bind(Bindings.isEmpty(vm.addressees()));

        refusalLabel.textProperty().bind(vm.refusalProperty());
        refusalLabel.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusalLabel.managedProperty().bind(refusalLabel.visibleProperty());

        vm.notes().addListener((ListChangeListener<String>) ch -> showNotes());
        showNotes();

        addressArea.textProperty().bindBidirectional(vm.addressText);
        letterBox.disableProperty().bind(vm.draftProperty().isNull());
        previewArea.textProperty().bind(vm.previewProperty());

        statusLabel.textProperty().bind(vm.statusProperty());
        vm.failedProperty()
                .addListener(
                        (o, a, f) -> {
                            statusLabel.getStyleClass().remove("danger-text");
                            if (f) {
                                statusLabel.getStyleClass().add("danger-text");
                            }
                        });
        Nodes.show(statusLabel, false);
        vm.statusProperty().addListener((o, a, s) -> Nodes.show(statusLabel, !s.isEmpty()));
    }

    private void showNotes() {
        notesList
                .getChildren()
                .setAll(vm.notes().stream().map(n -> Nodes.label("• " + n)).toList());
        Nodes.show(notesBox, !vm.notes().isEmpty());
    }

    /** Asks where to save, then writes the letter there. */
    void saveAs() {
        if (!vm.canSaveBinding().get()) {
            return;
        }
        Window w = addressArea.getScene() == null ? owner : addressArea.getScene().getWindow();
        services.saveDialogs()
                .ask(
                        w,
                        new SaveDialogs.Request(
                                "complaint",
                                Messages.get("complaint.save.title"),
                                vm.fileName(),
                                "PDF",
                                "*.pdf"))
                .ifPresent(
                        f ->
                                vm.save(
                                        f,
                                        done ->
                                                OpenFile.offer(
                                                        services,
                                                        done,
                                                        owner,
                                                        Messages.get("complaint.save.doneHeader"),
                                                        vm::report)));
    }

    /**
     * Opens the dialog over {@code owner} (the main window, whose status bar offers the saved
     * file).
     */
    public static ComplaintController open(
            UiServices services, ComplaintViewModel vm, Window owner) {
        ViewLoader.View<ComplaintController> view =
                services.views().load(ComplaintController.class, "ComplaintDialog", vm);
        ComplaintController controller = view.controller();
        controller.owner = owner;
        Dialog<ButtonType> dialog = new Dialog<>();
        controller.dialog = dialog;
        dialog.setTitle(Messages.get("complaint.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getStyleClass().add("complaint-pane");
        dialog.getDialogPane().setPrefWidth(780);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ButtonType save =
                new ButtonType(Messages.get("complaint.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close =
                new ButtonType(Messages.get("complaint.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, close);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("complaintSaveButton");
        saveButton.disableProperty().bind(vm.canSaveBinding().not());
        // Save keeps the dialog open: a second letter (another office, another kind) may follow.
        saveButton.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    controller.saveAs();
                });
        dialog.getDialogPane()
                .addEventFilter(
                        KeyEvent.KEY_PRESSED,
                        e -> {
                            if (SAVE.match(e)) {
                                e.consume();
                                controller.saveAs();
                            }
                        });
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> vm.dispose());
        dialog.setOnShown(e -> controller.kindBox.requestFocus());
        dialog.show();
        return controller;
    }
}
