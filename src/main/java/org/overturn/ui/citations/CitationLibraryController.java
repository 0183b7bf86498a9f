package org.overturn.ui.citations;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.overturn.core.ReferenceData;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.Verification;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.SideWindows;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * Help → Citation library: every entry the app may cite, searchable, with its source and status.
 */
public final class CitationLibraryController {

    private final CitationLibraryViewModel vm;

    @FXML private TextField citationSearchField;
    @FXML private Label countLabel;
    @FXML private TableView<Citation> citationTable;
    @FXML private TableColumn<Citation, String> titleColumn;
    @FXML private TableColumn<Citation, String> citationColumn;
    @FXML private TableColumn<Citation, String> jurisdictionColumn;
    @FXML private TableColumn<Citation, String> planTypesColumn;
    @FXML private TableColumn<Citation, String> effectiveColumn;
    @FXML private TableColumn<Citation, String> enforcementColumn;
    @FXML private TableColumn<Citation, String> verificationColumn;
    @FXML private TableColumn<Citation, String> sourceColumn;
    @FXML private VBox detailBox;

    public CitationLibraryController(ReferenceData reference) {
        this.vm = new CitationLibraryViewModel(reference.citations());
    }

    public CitationLibraryViewModel viewModel() {
        return vm;
    }

    /** Opens the library in its own window beside the app. */
    public static Stage open(UiServices ctx, Window owner) {
        ViewLoader.View<CitationLibraryController> view =
                ctx.views().load(CitationLibraryController.class, "CitationLibrary");
        Stage stage = SideWindows.show(view.root(), Messages.get("citations.title"), owner);
        return stage;
    }

    @FXML
    private void initialize() {
        citationSearchField.textProperty().bindBidirectional(vm.query);
        citationTable.setItems(vm.shown());
        titleColumn.setCellValueFactory(c -> text(c.getValue().shortTitle()));
        citationColumn.setCellValueFactory(c -> text(c.getValue().citation()));
        jurisdictionColumn.setCellValueFactory(c -> text(c.getValue().jurisdiction()));
        planTypesColumn.setCellValueFactory(
                c -> text(CitationLibraryViewModel.planTypes(c.getValue())));
        effectiveColumn.setCellValueFactory(
                c -> text(CitationLibraryViewModel.effective(c.getValue())));
        enforcementColumn.setCellValueFactory(
                c -> text(CitationNodes.enforcement(c.getValue().enforcement())));
        verificationColumn.setCellValueFactory(
                c -> text(CitationNodes.verification(c.getValue().verification())));
        sourceColumn.setCellValueFactory(c -> text(c.getValue().source()));
        verificationColumn.setCellFactory(
                col ->
                        new TableCell<>() {
                            @Override
                            protected void updateItem(String s, boolean empty) {
                                super.updateItem(s, empty);
                                setText(empty ? null : s);
                                Citation c =
                                        empty || getTableRow() == null
                                                ? null
                                                : getTableRow().getItem();
                                getStyleClass().remove("danger-text");
                                if (c != null && c.verification() == Verification.UNVERIFIED) {
                                    getStyleClass().add("danger-text");
                                }
                            }
                        });
        citationTable.setPlaceholder(new Label(Messages.get("citations.none")));
        citationTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, c) -> detail(c));
        vm.shown().addListener((ListChangeListener<Citation>) ch -> count());
        count();
        if (!vm.shown().isEmpty()) {
            citationTable.getSelectionModel().selectFirst();
        }
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    private void count() {
        countLabel.setText(
                Messages.format("citations.count", vm.shown().size(), vm.total(), vm.version()));
    }

    private void detail(Citation c) {
        detailBox.getChildren().clear();
        if (c == null) {
            detailBox
                    .getChildren()
                    .add(Nodes.label(Messages.get("citations.choose"), "text-muted"));
            return;
        }
        detailBox.getChildren().add(Nodes.label(c.shortTitle(), "title-4"));
        CitationNodes.status(c).ifPresent(detailBox.getChildren()::add);
        GridPane g = Nodes.grid();
        int row = 0;
        row = Nodes.row(g, row, Messages.get("citations.col.citation"), Nodes.label(c.citation()));
        row = Nodes.row(g, row, Messages.get("citations.summary"), Nodes.label(c.summary()));
        row = Nodes.row(g, row, Messages.get("citations.col.source"), Nodes.label(c.source()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("citations.col.jurisdiction"),
                        Nodes.label(c.jurisdiction()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("citations.col.planTypes"),
                        Nodes.label(CitationLibraryViewModel.planTypes(c)));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("citations.col.effective"),
                        Nodes.label(CitationLibraryViewModel.effective(c)));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("citations.col.enforcement"),
                        Nodes.label(CitationNodes.enforcement(c.enforcement())));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("citations.col.verification"),
                        Nodes.label(CitationNodes.verification(c.verification())));
        Nodes.row(g, row, Messages.get("citations.col.id"), Nodes.label(c.id(), "text-muted"));
        detailBox.getChildren().add(g);
    }
}
