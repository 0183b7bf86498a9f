package org.overturn.ui.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.payers.PayersController;

/** The Cases screen (home). */
public final class CasesController {

    private final UiServices ctx;
    private final CasesViewModel vm;
    private Consumer<Long> opener = id -> {};

    @FXML private Label countLabel;
    @FXML private Button newCaseButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusFilter;
    @FXML private Label messageLabel;
    @FXML private TableView<CaseRow> table;
    @FXML private TableColumn<CaseRow, Long> idColumn;
    @FXML private TableColumn<CaseRow, String> patientColumn;
    @FXML private TableColumn<CaseRow, CaseRow> nextColumn;
    @FXML private TableColumn<CaseRow, String> payerColumn;
    @FXML private TableColumn<CaseRow, String> planColumn;
    @FXML private TableColumn<CaseRow, String> levelColumn;
    @FXML private TableColumn<CaseRow, String> statusColumn;
    @FXML private TableColumn<CaseRow, String> denialColumn;
    @FXML private VBox emptyState;
    @FXML private HBox dueSoonStrip;
    @FXML private Label dueSoonTitle;
    @FXML private FlowPane dueSoonChips;
    @FXML private MenuButton emptySamples;

    private final Supplier<Optional<Clinician>> defaultSigner;

    public CasesController(
            UiServices ctx, CasesViewModel vm, Supplier<Optional<Clinician>> signer) {
        this.ctx = ctx;
        this.vm = vm;
        this.defaultSigner = signer;
    }

    /**
     * New case from a denial: the letter pasted first, the values read from it checked, then the
     * case, its denial analysed at once. Ctrl+Enter creates from anywhere in the dialog.
     */
    @FXML
    public void newCaseFromDenial() {
        FromDenialDialog.ask(ctx.views(), owner(), defaultSigner)
                .ifPresent(c -> vm.createFromDenial(c, this::open));
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(vm.countTextProperty());
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        statusFilter.getItems().setAll(StatusFilter.choices());
        statusFilter.valueProperty().bindBidirectional(vm.statusFilterProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());

        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        patientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient()));
        payerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().payer()));
        planColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().planType()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().levelOfCare()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        denialColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().denialDate()));
        // Dates sort as dates, not as MM/DD text.
        denialColumn.setComparator(CasesViewModel.BY_SHOWN_DATE);
        nextColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nextColumn.setCellFactory(col -> new NextDeadlineCell());
        nextColumn.setComparator(CaseRow.BY_URGENCY);
        // The view model keeps the rows in the table's order, so filtering never sorts. The
        // default order (the next deadline, nearest first) is compared on the rows directly.
        table.setSortPolicy(
                t -> {
                    boolean byDeadline =
                            t.getSortOrder().size() == 1
                                    && t.getSortOrder().get(0) == nextColumn
                                    && nextColumn.getSortType() == TableColumn.SortType.ASCENDING;
                    vm.sortBy(byDeadline ? CaseRow.BY_URGENCY : t.getComparator());
                    return true;
                });
        table.setItems(vm.rows());
        // Nearest deadline first, overdue at the top, until the user sorts by another column (set
        // after the items: a new items list clears the sort order).
        nextColumn.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(nextColumn));
        table.setPlaceholder(new Label(Messages.get("cases.noMatch")));
        table.setRowFactory(
                tv -> {
                    TableRow<CaseRow> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getClickCount() == 2 && !row.isEmpty()) {
                                    opener.accept(row.getItem().id());
                                }
                            });
                    return row;
                });
        table.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER
                            && table.getSelectionModel().getSelectedItem() != null) {
                        opener.accept(table.getSelectionModel().getSelectedItem().id());
                        e.consume();
                    }
                });
        DueSoonStrip.install(dueSoonStrip, dueSoonTitle, dueSoonChips, vm, id -> opener.accept(id));
        emptyState.visibleProperty().bind(vm.emptyProperty());
        table.visibleProperty().bind(vm.emptyProperty().not());
        for (SampleCases.Sample s : SampleCases.ALL) {
            MenuItem item = new MenuItem(Messages.get(s.titleKey()));
            item.setOnAction(e -> vm.openSample(s, this::open));
            emptySamples.getItems().add(item);
        }
        searchField.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN) {
                        table.requestFocus();
                        table.getSelectionModel().selectFirst();
                    } else if (e.getCode() == KeyCode.ESCAPE) {
                        searchField.clear();
                    }
                });
    }

    /** What opens a case when the user picks one (set by the main window). */
    public void setOpener(Consumer<Long> opener) {
        this.opener = opener;
    }

    /**
     * The Payers screen, beside this window; asking there for a payer's cases lists them here,
     * found by the payer's name.
     */
    @FXML
    public void showPayers() {
        PayersController.open(
                ctx,
                owner(),
                payer -> {
                    vm.searchProperty().set(payer);
                    if (owner() instanceof Stage s) {
                        s.toFront();
                    }
                });
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public Optional<CaseRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    public void newCase() {
        BlankCaseDialog.ask(ctx.views(), owner())
                .ifPresent(a -> vm.create(a.name(), a.dateOfBirth(), a.planType(), this::open));
    }

    private void open(CaseFile c) {
        opener.accept(c.id().orElseThrow());
    }

    private Window owner() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
