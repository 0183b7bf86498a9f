package org.overturn.ui.clock;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.deadlines.DisclosureRule;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.OpenFile;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Requests to the plan on the Overview: the list with where each stands, and the form for a new
 * one.
 */
public final class DisclosureController {

    private final DisclosureViewModel vm;

    @FXML private TableView<DisclosureRequest> table;
    @FXML private TableColumn<DisclosureRequest, String> kindColumn;
    @FXML private TableColumn<DisclosureRequest, String> sentColumn;
    @FXML private TableColumn<DisclosureRequest, String> standingColumn;
    @FXML private TableColumn<DisclosureRequest, String> basisColumn;
    @FXML private FlowPane selectedBar;
    @FXML private TextField answeredField;
    @FXML private Button answeredButton;
    @FXML private Label answeredError;
    @FXML private TextField changeFollowUpField;
    @FXML private Button changeFollowUpButton;
    @FXML private Button copyButton;
    @FXML private Button removeButton;
    @FXML private ComboBox<DisclosureKind> kindBox;
    @FXML private TextField sentField;
    @FXML private Label sentError;
    @FXML private TextField followUpField;
    @FXML private Label followUpError;
    @FXML private Button addButton;
    @FXML private Label basisLabel;
    @FXML private Label ruleNote;
    @FXML private Label askLabel;

    private final WorkspaceViewModel workspace;
    private final UiServices services;
    private final RequestLetters letters;
    @FXML private Label letterStatus;

    public DisclosureController(
            UiServices services, WorkspaceViewModel workspace, CitationTitles citations) {
        this.vm = new DisclosureViewModel(workspace, citations);
        this.workspace = workspace;
        this.services = services;
        this.letters = new RequestLetters(services);
    }

    public DisclosureViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        kindColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().kind())));
        sentColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().sentOn())));
        standingColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(vm.standing(c.getValue())));
        basisColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(vm.basis(c.getValue().citationId())));
        table.setItems(vm.requests());
        table.setPlaceholder(new Label(Messages.get("disclosure.empty")));
        table.setRowFactory(
                tv ->
                        new TableRow<>() {
                            @Override
                            protected void updateItem(DisclosureRequest r, boolean empty) {
                                super.updateItem(r, empty);
                                getStyleClass().remove("request-overdue");
                                if (!empty && r != null && vm.overdue(r)) {
                                    getStyleClass().add("request-overdue");
                                }
                                setTooltip(
                                        empty || r == null || r.note().isEmpty()
                                                ? null
                                                : new Tooltip(r.note()));
                            }
                        });

        ValidationSupport vs = new ValidationSupport();
        kindBox.getItems().setAll(DisclosureKind.values());
        EnumCells.install(kindBox);
        kindBox.valueProperty().bindBidirectional(vm.kind);
        sentField.textProperty().bindBidirectional(vm.sentOn);
        followUpField.textProperty().bindBidirectional(vm.followUpOn);
        answeredField.textProperty().bindBidirectional(vm.answeredOn);
        FieldCheck sent = FieldCheck.install(vs, sentField, sentError, vm::checkSentOn);
        FieldCheck follow = FieldCheck.install(vs, followUpField, followUpError, vm::checkFollowUp);
        vm.sentOn.addListener((o, a, b) -> follow.evaluate());
        vm.kind.addListener(
                (o, a, k) -> {
                    follow.evaluate();
                    showRule(k);
                });
        addButton
                .disableProperty()
                .bind(
                        vm.kind
                                .isNull()
                                .or(sent.validProperty().not())
                                .or(follow.validProperty().not()));
        showRule(vm.kind.get());

        var selected = table.getSelectionModel().selectedItemProperty();
        selectedBar.disableProperty().bind(selected.isNull());
        FieldCheck answered =
                FieldCheck.install(
                        vs,
                        answeredField,
                        answeredError,
                        t ->
                                selected.get() == null
                                        ? Optional.empty()
                                        : vm.checkAnsweredOn(selected.get(), t));
        selected.addListener(
                (o, a, r) -> {
                    answered.evaluate();
                    changeFollowUpField.setText(r == null ? "" : Dates.show(r.followUpOn()));
                });
        answeredButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || selected.get().answeredOn().isPresent()
                                                || !answered.isValid(),
                                selected,
                                answered.validProperty()));
        changeFollowUpButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        selected.get() == null
                                                || Dates.parse(changeFollowUpField.getText())
                                                        .value()
                                                        .map(
                                                                d ->
                                                                        d.isBefore(
                                                                                selected.get()
                                                                                        .sentOn()))
                                                        .orElse(true),
                                selected,
                                changeFollowUpField.textProperty()));
        // The table shows the case's requests, which are replaced on every edit; keep the selection
        // by id.
        vm.requests().addListener((ListChangeListener<DisclosureRequest>) ch -> table.refresh());
    }

    private void showRule(DisclosureKind k) {
        if (k == null) {
            basisLabel.setText("");
            ruleNote.setText("");
            askLabel.setText("");
            return;
        }
        DisclosureRule rule = vm.ruleFor(k);
        basisLabel.setText(Messages.format("disclosure.basis", vm.basisFor(k)));
        ruleNote.setText(rule.note());
        ruleNote.setGraphic(rule.note().isEmpty() ? null : new FontIcon("mdi2a-alert-outline"));
        askLabel.setText(k.ask());
    }

    @FXML
    void add() {
        vm.add()
                .ifPresent(
                        r ->
                                table.getSelectionModel()
                                        .select(
                                                vm.requests().stream()
                                                        .filter(x -> x.id().equals(r.id()))
                                                        .findFirst()
                                                        .orElse(null)));
    }

    private Optional<DisclosureRequest> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void reselect(String id) {
        vm.requests().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .ifPresent(x -> table.getSelectionModel().select(x));
    }

    @FXML
    void markAnswered() {
        selected()
                .ifPresent(
                        r -> {
                            if (vm.markAnswered(r)) {
                                reselect(r.id());
                            }
                        });
    }

    @FXML
    void changeFollowUp() {
        selected()
                .ifPresent(
                        r -> {
                            if (vm.setFollowUp(r, changeFollowUpField.getText())) {
                                reselect(r.id());
                            }
                        });
    }

    @FXML
    void copyText() {
        selected()
                .ifPresent(
                        r -> {
                            ClipboardContent content = new ClipboardContent();
                            content.putString(
                                    Messages.format(
                                            "disclosure.copyText",
                                            r.kind().ask(),
                                            vm.basis(r.citationId())));
                            Clipboard.getSystemClipboard().setContent(content);
                        });
    }

    @FXML
    void remove() {
        selected().ifPresent(vm::remove);
    }

    @FXML
    void exportLetter() {
        selected()
                .ifPresent(
                        r -> {
                            services.saveDialogs()
                                    .ask(
                                            letterStatus.getScene().getWindow(),
                                            new SaveDialogs.Request(
                                                    "request-letter",
                                                    Messages.get("disclosure.letter.title"),
                                                    "request-"
                                                            + r.kind().id()
                                                            + "-case-"
                                                            + workspace.caseId()
                                                            + ".pdf",
                                                    "PDF",
                                                    "*.pdf"))
                                    .ifPresent(f -> exportLetterTo(r, f));
                        });
    }

    /**
     * Writes the request letter for one request (tests call this: they cannot drive a file
     * chooser).
     */
    public void exportLetterTo(DisclosureRequest r, Path target) {
        letterStatus.setText(Messages.get("disclosure.letter.running"));
        letters.export(
                workspace.caseFile(),
                workspace.payer(),
                r,
                target,
                text -> letterStatus.setText(text),
                done -> {
                    letterStatus.setText(
                            Messages.format("disclosure.letter.done", done.getFileName()));
                    OpenFile.offer(
                            services,
                            done,
                            letterStatus.getScene() == null
                                    ? null
                                    : letterStatus.getScene().getWindow(),
                            Messages.get("disclosure.letter.doneHeader"),
                            letterStatus::setText);
                });
    }
}
