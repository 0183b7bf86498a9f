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
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case's timeline: every dated event, newest last; events are added by hand here and by later
 * features.
 */
public final class TimelineController {

    private final WorkspaceViewModel workspace;

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
