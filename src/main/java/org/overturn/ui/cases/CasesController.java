package org.overturn.ui.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

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
        IntakeViewModel intake = new IntakeViewModel(defaultSigner);
        ViewLoader.View<IntakeController> view =
                ctx.views().load(IntakeController.class, "IntakeDialog", intake);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("intake.title"));
        dialog.setHeaderText(Messages.get("intake.header"));
        dialog.setResizable(true);
        ButtonType create =
                new ButtonType(Messages.get("intake.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(900);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.disableProperty().bind(view.controller().blockedBinding());
        dialog.getDialogPane()
                .addEventFilter(
                        KeyEvent.KEY_PRESSED,
                        e -> {
                            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                                e.consume();
                                if (!createButton.isDisabled()) {
                                    ((Button) createButton).fire();
                                }
                            }
                        });
        if (table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        dialog.setOnShown(e -> view.controller().letterArea().requestFocus());
        // Cancel, Escape and the window's close button never throw away a pasted letter without
        // asking.
        dialog.setOnCloseRequest(
                e -> {
                    if (dialog.getResult() != create
                            && intake.hasInput()
                            && !confirmDiscard(dialog)) {
                        e.consume();
                    }
                });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == create) {
            vm.createFromDenial(
                    intake.toCase(), (CaseFile c) -> opener.accept(c.id().orElseThrow()));
        }
    }

    private static boolean confirmDiscard(Dialog<?> owner) {
        ButtonType discard =
                new ButtonType(Messages.get("intake.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep =
                new ButtonType(
                        Messages.get("intake.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.get("intake.discard.body"),
                        discard,
                        keep);
        a.setHeaderText(Messages.get("intake.discard.header"));
        if (owner.getDialogPane().getScene() != null) {
            a.initOwner(owner.getDialogPane().getScene().getWindow());
        }
        ((Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return a.showAndWait().filter(b -> b == discard).isPresent();
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
        denialColumn.setComparator(Comparator.comparing(CasesController::sortableDate));
        nextColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nextColumn.setCellFactory(col -> new NextDeadlineCell());
        nextColumn.setComparator(CaseRow.BY_URGENCY);
        // Nearest deadline first, overdue at the top, until the user sorts by another column.
        nextColumn.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(nextColumn));
        vm.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(vm.rows());
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
        vm.dueSoon().addListener((ListChangeListener<CaseRow>) ch -> showDueSoon());
        vm.dueSoonCountProperty().addListener((o, a, b) -> showDueSoon());
        showDueSoon();
        emptyState.visibleProperty().bind(vm.emptyProperty());
        table.visibleProperty().bind(vm.emptyProperty().not());
        for (SampleCases.Sample s : SampleCases.ALL) {
            MenuItem item = new MenuItem(Messages.get(s.titleKey()));
            item.setOnAction(e -> vm.openSample(s, c -> opener.accept(c.id().orElseThrow())));
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

    /**
     * The strip above the table: each case overdue or due within seven days, overdue first, one
     * click to open.
     */
    private void showDueSoon() {
        int total = vm.dueSoonCountProperty().get();
        dueSoonStrip.setVisible(total > 0);
        dueSoonStrip.setManaged(total > 0);
        dueSoonTitle.setText(
                Messages.format(
                        "cases.dueSoon.title",
                        vm.overdueCountProperty().get(),
                        total - vm.overdueCountProperty().get()));
        dueSoonChips.getChildren().clear();
        for (CaseRow r : vm.dueSoon()) {
            Button chip =
                    new Button(
                            Messages.format(
                                    "cases.dueSoon.chip",
                                    r.patient(),
                                    r.nextDeadline().map(n -> n.label()).orElse(""),
                                    r.timeLeft()));
            chip.getStyleClass()
                    .addAll(
                            "due-chip",
                            r.urgency() == Urgency.OVERDUE ? "due-chip-overdue" : "due-chip-soon");
            chip.setTooltip(
                    new Tooltip(
                            Messages.format("cases.dueSoon.tooltip", r.id(), r.deadlineText())));
            chip.setOnAction(e -> opener.accept(r.id()));
            chip.setFocusTraversable(false);
            dueSoonChips.getChildren().add(chip);
        }
        int more = total - vm.dueSoon().size();
        if (more > 0) {
            Label l = new Label(Messages.format("cases.dueSoon.more", more));
            l.getStyleClass().add("text-muted");
            dueSoonChips.getChildren().add(l);
        }
    }

    /**
     * The next deadline: how long is left (red when under seven days or overdue), what it is and
     * when.
     */
    private static final class NextDeadlineCell extends TableCell<CaseRow, CaseRow> {
        private final Label left = new Label();
        private final Label what = new Label();
        private final HBox box = new HBox(8, left, what);

        NextDeadlineCell() {
            left.getStyleClass().add("deadline-left");
            left.setMinWidth(Region.USE_PREF_SIZE);
            what.getStyleClass().add("text-muted");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CaseRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null || r.nextDeadline().isEmpty()) {
                setGraphic(null);
                return;
            }
            left.setText(r.timeLeft());
            left.getStyleClass().removeAll("urgency-overdue", "urgency-soon");
            if (r.urgency() == Urgency.OVERDUE) {
                left.getStyleClass().add("urgency-overdue");
            } else if (r.urgency() == Urgency.DUE_SOON) {
                left.getStyleClass().add("urgency-soon");
            }
            what.setText(r.deadlineText());
            setGraphic(box);
        }
    }

    private static String sortableDate(String mmddyyyy) {
        if (mmddyyyy == null || mmddyyyy.length() != 10) {
            return "";
        }
        return mmddyyyy.substring(6) + mmddyyyy.substring(0, 2) + mmddyyyy.substring(3, 5);
    }

    /** What opens a case when the user picks one (set by the main window). */
    public void setOpener(Consumer<Long> opener) {
        this.opener = opener;
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
        ViewLoader.View<NewCaseController> view =
                ctx.views().load(NewCaseController.class, "NewCaseDialog");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("newCase.title"));
        dialog.setHeaderText(Messages.get("newCase.header"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(
                        view.controller()
                                .invalidBinding()
                                .or(view.controller().nameField().textProperty().isEmpty()));
        if (table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        dialog.setOnShown(e -> view.controller().nameField().requestFocus());
        // A message under a field is shown whole: the dialog grows to fit it.
        view.controller()
                .onMessage(
                        () ->
                                Platform.runLater(
                                        () -> {
                                            if (dialog.getDialogPane().getScene() != null
                                                    && dialog.getDialogPane().getScene().getWindow()
                                                            != null) {
                                                dialog.getDialogPane()
                                                        .getScene()
                                                        .getWindow()
                                                        .sizeToScene();
                                            }
                                        }));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            NewCaseController.Answers a = view.controller().answers();
            vm.create(
                    a.name(),
                    a.dateOfBirth(),
                    a.planType(),
                    (CaseFile c) -> opener.accept(c.id().orElseThrow()));
        }
    }
}
