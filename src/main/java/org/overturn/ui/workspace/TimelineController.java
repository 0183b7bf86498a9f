package org.overturn.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case's timeline: every dated event, newest last; events are added by hand here and by later
 * features. On a shared store a filter also shows the changes by people (who changed what, from the
 * store's audit); the local store records none, and there the filter is not shown.
 */
public final class TimelineController {

    private final WorkspaceViewModel workspace;
    private final ChangesViewModel changes;

    @FXML private HBox filterBox;
    @FXML private ToggleButton eventsToggle;
    @FXML private ToggleButton changesToggle;
    @FXML private VBox eventsView;
    @FXML private VBox changesView;
    @FXML private TableView<ChangesViewModel.Row> changesTable;
    @FXML private TableColumn<ChangesViewModel.Row, String> whenColumn;
    @FXML private TableColumn<ChangesViewModel.Row, String> whoColumn;
    @FXML private TableColumn<ChangesViewModel.Row, String> whatColumn;
    @FXML private Label changesSummary;

    @FXML private TextField dateField;
    @FXML private Label dateError;
    @FXML private TextField titleField;
    @FXML private TextArea noteArea;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private TableView<TimelineEvent> table;
    @FXML private TableColumn<TimelineEvent, String> dateColumn;
    @FXML private TableColumn<TimelineEvent, String> kindColumn;
    @FXML private TableColumn<TimelineEvent, String> titleColumn;
    @FXML private TableColumn<TimelineEvent, String> noteColumn;

    private FieldCheck dateCheck;

    public TimelineController(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.changes = new ChangesViewModel(workspace);
    }

    @FXML
    private void initialize() {
        dateField.setText(Dates.show(LocalDate.now(workspace.clock())));
        dateCheck =
                FieldCheck.install(
                        new ValidationSupport(),
                        dateField,
                        dateError,
                        TimelineController::checkDate);
        addButton
                .disableProperty()
                .bind(titleField.textProperty().isEmpty().or(dateCheck.validProperty().not()));
        removeButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().date())));
        dateColumn.setComparator(Comparator.comparing(s -> s.substring(6) + s.substring(0, 5)));
        kindColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().kind())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        table.setPlaceholder(new Label(Messages.get("timeline.empty")));
        workspace.caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(workspace.caseFile());
        if (changes.available()) {
            showChanges();
        }
    }

    /** The filter, the changes' table, and which of the two views is on screen. */
    private void showChanges() {
        filterBox.setVisible(true);
        filterBox.setManaged(true);
        ToggleGroup show = new ToggleGroup();
        eventsToggle.setToggleGroup(show);
        changesToggle.setToggleGroup(show);
        // One of the two is always chosen: pressing the chosen pill keeps it.
        show.selectedToggleProperty()
                .addListener(
                        (o, a, t) -> {
                            if (t == null) {
                                a.setSelected(true);
                            }
                        });
        eventsView.visibleProperty().bind(eventsToggle.selectedProperty());
        eventsView.managedProperty().bind(eventsToggle.selectedProperty());
        changesView.visibleProperty().bind(changesToggle.selectedProperty());
        changesView.managedProperty().bind(changesToggle.selectedProperty());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().when()));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        changesTable.setItems(changes.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(changes.placeholderProperty());
        placeholder.setWrapText(true);
        changesTable.setPlaceholder(placeholder);
        changesSummary.textProperty().bind(changes.summaryProperty());
        changesSummary.visibleProperty().bind(changes.summaryProperty().isNotEmpty());
        changesSummary.managedProperty().bind(changesSummary.visibleProperty());
        // Read while on screen: the section shown and the filter on changes.
        changes.showingProperty()
                .bind(
                        changesToggle
                                .selectedProperty()
                                .and(workspace.sectionProperty().isEqualTo(Section.TIMELINE)));
    }

    static Optional<String> checkDate(String t) {
        var parsed = Dates.parse(t);
        if (parsed.ok() && parsed.value().isEmpty()) {
            return Optional.of(Messages.get("timeline.dateRequired"));
        }
        return parsed.error();
    }

    private void refresh(CaseFile c) {
        table.getItems().setAll(c.timeline());
    }

    @FXML
    void add() {
        Optional<LocalDate> date = Dates.parse(dateField.getText()).value();
        if (date.isEmpty() || titleField.getText().isBlank()) {
            return;
        }
        TimelineEvent e =
                TimelineEvent.of(
                        date.get(), EventKind.NOTE, titleField.getText(), noteArea.getText());
        workspace.edit(c -> c.withEvent(e));
        titleField.clear();
        noteArea.clear();
        titleField.requestFocus();
    }

    @FXML
    private void remove() {
        TimelineEvent e = table.getSelectionModel().getSelectedItem();
        if (e == null) {
            return;
        }
        List<TimelineEvent> rest = new ArrayList<>(workspace.caseFile().timeline());
        rest.removeIf(x -> x.id().equals(e.id()));
        workspace.editUndoably(
                Messages.format("undo.eventRemoved", e.title()), c -> c.withTimeline(rest));
    }
}
