package org.overturn.ui.packet;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PartInfo;
import org.overturn.export.pdf.EnclosurePages;
import org.overturn.ui.common.Messages;

/** The Letters section's parts card: the packet's parts in order, their pages, and enclosures. */
public final class PacketPartsController {

    private final PacketViewModel vm;

    @FXML private VBox partsCard;
    @FXML private TableView<PartInfo> partsTable;
    @FXML private TableColumn<PartInfo, String> partColumn;
    @FXML private TableColumn<PartInfo, String> pagesColumn;
    @FXML private TableColumn<PartInfo, String> noteColumn;
    @FXML private Label totalLabel;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button excludeButton;
    @FXML private Button includeAllButton;
    @FXML private Button addEnclosureButton;
    @FXML private Button removeButton;

    public PacketPartsController(PacketViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        partColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        pagesColumn.setCellValueFactory(
                c ->
                        new ReadOnlyStringWrapper(
                                c.getValue().problem().isPresent()
                                        ? "—"
                                        : String.valueOf(c.getValue().pages())));
        noteColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().problem().orElse("")));
        partsTable.setItems(vm.parts());
        partsTable.setPlaceholder(new Label(Messages.get("packet.parts.counting")));
        var selected = partsTable.getSelectionModel().selectedItemProperty();
        upButton.disableProperty().bind(selected.isNull());
        downButton.disableProperty().bind(selected.isNull());
        excludeButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || !PacketViewModel.canExclude(selected.get()),
                                selected));
        removeButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || !PacketViewModel.canRemove(selected.get()),
                                selected));
        vm.parts().addListener((ListChangeListener<PartInfo>) ch -> totals());
        vm.caseFileProperty()
                .addListener((o, a, c) -> includeAllButton.setDisable(!vm.anythingExcluded()));
        includeAllButton.setDisable(!vm.anythingExcluded());
    }

    private void totals() {
        int total = vm.parts().stream().mapToInt(PartInfo::pages).sum();
        long problems = vm.parts().stream().filter(p -> p.problem().isPresent()).count();
        totalLabel.setText(
                Messages.format("packet.parts.total", total)
                        + (problems == 0
                                ? ""
                                : " · " + Messages.format("packet.parts.problems", problems)));
    }

    /** Brings the enclosure button into view when enclosures are what to fix. */
    boolean fix(FixPlace place, Consumer<Control> focus) {
        if (place != FixPlace.LETTERS_ENCLOSURES) {
            return false;
        }
        focus.accept(addEnclosureButton);
        return true;
    }

    @FXML
    private void moveUp() {
        move(-1);
    }

    @FXML
    private void moveDown() {
        move(1);
    }

    private void move(int d) {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.move(p, d);
        }
    }

    @FXML
    private void exclude() {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.exclude(p);
        }
    }

    @FXML
    private void includeAll() {
        vm.includeAll();
    }

    @FXML
    private void addEnclosure() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("packet.enclosure.choose"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("packet.enclosure.filter"),
                                EnclosurePages.ACCEPTED.stream().map(x -> "*." + x).toList()));
        List<File> files =
                chooser.showOpenMultipleDialog(
                        partsCard.getScene() == null ? null : partsCard.getScene().getWindow());
        if (files != null) {
            vm.addEnclosures(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void removeEnclosure() {
        PartInfo p = partsTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.removeEnclosure(p);
        }
    }
}
