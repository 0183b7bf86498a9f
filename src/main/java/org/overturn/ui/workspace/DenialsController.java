package org.overturn.ui.workspace;

import static org.overturn.ui.workspace.FormBindings.checkboxes;
import static org.overturn.ui.workspace.FormBindings.choice;
import static org.overturn.ui.workspace.FormBindings.text;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.ReceiptMethod;
import org.overturn.domain.cases.UnitKind;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Denials: the list of denials in the episode, the selected one's form, and the authorization
 * periods.
 */
public final class DenialsController {

    private final WorkspaceViewModel workspace;
    private final DenialForm form;
    private final DenialsViewModel vm;

    @FXML private ListView<Denial> denialList;
    @FXML private Button removeDenialButton;
    @FXML private Label noDenialLabel;
    @FXML private ScrollPane formScroll;
    @FXML private TextField noticeDateField;
    @FXML private Label noticeDateError;
    @FXML private ComboBox<ReceiptMethod> receivedByBox;
    @FXML private TextField receivedDateField;
    @FXML private Label receivedDateError;
    @FXML private TextField receivedTimeField;
    @FXML private Label receivedTimeError;
    @FXML private ComboBox<DenialType> denialTypeBox;
    @FXML private CheckBox urgentBox;
    @FXML private Label urgentError;
    @FXML private ComboBox<LevelOfCare> levelBox;
    @FXML private Label phoneNote;
    @FXML private FlowPane reasonPane;
    @FXML private Label subReasonLabel;
    @FXML private FlowPane subReasonPane;
    @FXML private ComboBox<CriteriaSet> criteriaBox;
    @FXML private TextField criteriaVersionField;
    @FXML private TextField reviewerField;
    @FXML private TextField credentialsField;
    @FXML private TextField authField;
    @FXML private TextField claimField;
    @FXML private TextField referenceField;
    @FXML private ComboBox<UnitKind> unitKindBox;
    @FXML private TextField startDateField;
    @FXML private Label startDateError;
    @FXML private TextField endDateField;
    @FXML private Label endDateError;
    @FXML private TextField requestedField;
    @FXML private Label requestedError;
    @FXML private TextField deniedField;
    @FXML private Label deniedError;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TextField billedField;
    @FXML private Label billedError;
    @FXML private TextArea rationaleArea;
    @FXML private TableView<AuthorizationPeriod> authTable;
    @FXML private TableColumn<AuthorizationPeriod, String> authFirstColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authLastColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authUnitsColumn;
    @FXML private TableColumn<AuthorizationPeriod, String> authReviewColumn;
    @FXML private TextField authFirstField;
    @FXML private TextField authLastField;
    @FXML private TextField authUnitsField;
    @FXML private TextField authReviewField;
    @FXML private Button removeAuthButton;
    @FXML private Label authError;

    public DenialsController(WorkspaceViewModel workspace, DenialAnalysis analysis) {
        this.workspace = workspace;
        this.form = new DenialForm(workspace, analysis);
        this.vm = new DenialsViewModel(workspace);
    }

    public DenialForm form() {
        return form;
    }

    @FXML
    private void initialize() {
        denialList.setCellFactory(lv -> new DenialCell());
        denialList
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, d) -> {
                            if (d != null
                                    && form.current()
                                            .map(c -> !c.id().equals(d.id()))
                                            .orElse(true)) {
                                form.load(d);
                            }
                            showForm();
                        });
        removeDenialButton
                .disableProperty()
                .bind(denialList.getSelectionModel().selectedItemProperty().isNull());
        bindForm();
        AuthorizationTable.bind(
                vm,
                authTable,
                authFirstColumn,
                authLastColumn,
                authUnitsColumn,
                authReviewColumn,
                authFirstField,
                authLastField,
                authUnitsField,
                authReviewField,
                removeAuthButton,
                authError);
        workspace.caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(workspace.caseFile());
        if (!denialList.getItems().isEmpty()) {
            denialList.getSelectionModel().select(denialList.getItems().size() - 1);
        }
        showForm();
    }

    private void showForm() {
        boolean has = denialList.getSelectionModel().getSelectedItem() != null;
        formScroll.setVisible(has);
        noDenialLabel.setVisible(!has);
    }

    private void refresh(CaseFile c) {
        String selected =
                Optional.ofNullable(denialList.getSelectionModel().getSelectedItem())
                        .map(Denial::id)
                        .orElse(null);
        denialList.getItems().setAll(c.denials());
        if (selected != null) {
            for (int i = 0; i < c.denials().size(); i++) {
                if (c.denials().get(i).id().equals(selected)) {
                    denialList.getSelectionModel().select(i);
                }
            }
        }
        authTable.getItems().setAll(c.authorizations());
        showForm();
    }

    private void bindForm() {
        ValidationSupport vs = new ValidationSupport();
        NoticeCard.bind(
                form,
                vm::noticeDateWarning,
                vs,
                noticeDateField,
                noticeDateError,
                receivedByBox,
                receivedDateField,
                receivedDateError,
                receivedTimeField,
                receivedTimeError,
                denialTypeBox,
                urgentBox,
                urgentError,
                levelBox,
                phoneNote);
        text(vs, startDateField, form.startDate, startDateError, form::checkStartDate);
        FieldCheck endCheck =
                text(vs, endDateField, form.endDate, endDateError, form::checkEndDate);
        form.startDate.addListener((o, a, b) -> endCheck.evaluate());
        FieldCheck denied =
                text(vs, deniedField, form.unitsDenied, deniedError, form::checkUnitsDenied);
        text(vs, requestedField, form.unitsRequested, requestedError, DenialForm::checkCount);
        form.unitsRequested.addListener((o, a, b) -> denied.evaluate());
        text(vs, hoursField, form.hoursPerWeek, hoursError, DenialForm::checkHours);
        text(vs, billedField, form.billedAmount, billedError, DenialForm::checkAmount);
        criteriaVersionField.textProperty().bindBidirectional(form.criteriaVersion);
        reviewerField.textProperty().bindBidirectional(form.reviewerName);
        credentialsField.textProperty().bindBidirectional(form.reviewerCredentials);
        authField.textProperty().bindBidirectional(form.authorizationNumber);
        claimField.textProperty().bindBidirectional(form.claimNumber);
        referenceField.textProperty().bindBidirectional(form.referenceNumber);
        rationaleArea.textProperty().bindBidirectional(form.rationale);
        choice(criteriaBox, CriteriaSet.values(), form.criteriaSet);
        choice(unitKindBox, UnitKind.values(), form.unitKind);
        checkboxes(reasonPane, form.reasons, r -> "reason-" + r.id());
        checkboxes(subReasonPane, form.subReasons, r -> "subreason-" + r.id());
        BooleanProperty admission = form.reasons.get(DenialReason.ADMISSION_CRITERIA_NOT_MET);
        subReasonPane.disableProperty().bind(admission.not());
        subReasonLabel.disableProperty().bind(admission.not());
    }

    @FXML
    private void addDenial() {
        vm.addDenial();
        denialList.getSelectionModel().select(denialList.getItems().size() - 1);
        noticeDateField.requestFocus();
    }

    @FXML
    private void removeDenial() {
        Denial d = denialList.getSelectionModel().getSelectedItem();
        if (d != null) {
            vm.removeDenial(d);
        }
    }

    @FXML
    private void addAuthorization() {
        vm.addAuthorization();
    }

    @FXML
    private void removeAuthorization() {
        AuthorizationPeriod p = authTable.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.removeAuthorization(p);
        }
    }
}
