package org.overturn.ui.p2p;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.TriState;

/** The call log: a form for the call just held, and the calls logged so far. */
public final class CallLogController {

    private final CallLogViewModel vm;

    @FXML private TextField callDateField;
    @FXML private Label callDateError;
    @FXML private TextField callTimeField;
    @FXML private Label callTimeError;
    @FXML private TextField reviewerNameField;
    @FXML private TextField credentialsField;
    @FXML private TextField specialtyField;
    @FXML private ComboBox<CriteriaSet> criteriaBox;
    @FXML private ComboBox<TriState> recordsBox;
    @FXML private ComboBox<TriState> honouredBox;
    @FXML private ComboBox<CallOutcome> outcomeBox;
    @FXML private TextField referenceField;
    @FXML private TextArea notesArea;
    @FXML private Button saveCallButton;
    @FXML private Button removeCallButton;
    @FXML private TableView<CallLog> callTable;
    @FXML private TableColumn<CallLog, String> whenColumn;
    @FXML private TableColumn<CallLog, String> whoColumn;
    @FXML private TableColumn<CallLog, String> outcomeColumn;
    @FXML private TableColumn<CallLog, String> refColumn;

    public CallLogController(CallLogViewModel vm) {
        this.vm = vm;
    }

    public CallLogViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        ValidationSupport vs = new ValidationSupport();
        callDateField.textProperty().bindBidirectional(vm.date);
        callTimeField.textProperty().bindBidirectional(vm.time);
        FieldCheck dateCheck = FieldCheck.install(vs, callDateField, callDateError, vm::checkDate);
        FieldCheck timeCheck =
                FieldCheck.install(vs, callTimeField, callTimeError, CallLogViewModel::checkTime);
        saveCallButton
                .disableProperty()
                .bind(dateCheck.validProperty().not().or(timeCheck.validProperty().not()));
        reviewerNameField.textProperty().bindBidirectional(vm.reviewerName);
        credentialsField.textProperty().bindBidirectional(vm.credentials);
        specialtyField.textProperty().bindBidirectional(vm.specialty);
        referenceField.textProperty().bindBidirectional(vm.reference);
        notesArea.textProperty().bindBidirectional(vm.notes);
        criteriaBox.getItems().add(null);
        criteriaBox.getItems().addAll(CriteriaSet.values());
        criteriaBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(CriteriaSet c) {
                        return c == null
                                ? Messages.get("callLog.criteria.notSaid")
                                : Messages.label(c);
                    }

                    @Override
                    public CriteriaSet fromString(String s) {
                        return null;
                    }
                });
        criteriaBox.valueProperty().bindBidirectional(vm.criteriaApplied);
        TriState.install(recordsBox);
        TriState.install(honouredBox);
        recordsBox.valueProperty().bindBidirectional(vm.recordsReviewed);
        honouredBox.valueProperty().bindBidirectional(vm.timeHonoured);
        outcomeBox.getItems().setAll(CallOutcome.values());
        EnumCells.install(outcomeBox);
        outcomeBox.valueProperty().bindBidirectional(vm.outcome);

        whenColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.showDateTime(c.getValue().at())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reviewer()));
        outcomeColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().outcome())));
        refColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().referenceNumber()));
        callTable.setPlaceholder(new Label(Messages.get("callLog.none")));
        removeCallButton
                .disableProperty()
                .bind(callTable.getSelectionModel().selectedItemProperty().isNull());
        vm.workspace()
                .caseFileProperty()
                .addListener((o, a, c) -> callTable.getItems().setAll(c.calls()));
        callTable.getItems().setAll(vm.workspace().caseFile().calls());
    }

    /** Fills the notes with the points ticked in call mode and puts the cursor in the form. */
    public void takePointsMade(List<String> points) {
        vm.addPointsMade(points);
        reviewerNameField.requestFocus();
    }

    @FXML
    void save() {
        vm.save();
    }

    @FXML
    private void remove() {
        Optional.ofNullable(callTable.getSelectionModel().getSelectedItem()).ifPresent(vm::remove);
    }
}
