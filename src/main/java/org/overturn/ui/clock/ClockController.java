package org.overturn.ui.clock;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The case clock on the Overview: binds the status and the dates forms to their view models and
 * hands the clock card (what is next, every open deadline with its basis) to {@link ClockCard}.
 */
public final class ClockController {

    private final WorkspaceViewModel workspace;
    private final CitationTitles citations;
    private final ClockViewModel vm;
    private final StatusViewModel status;

    @FXML private VBox root;
    @FXML private VBox nextBox;
    @FXML private Label nextLabel;
    @FXML private Label nextLeft;
    @FXML private Label nextDue;
    @FXML private Label ifMissed;
    @FXML private Label stateMessage;
    @FXML private VBox cautionsBox;
    @FXML private Label openHeading;
    @FXML private VBox deadlinesBox;
    @FXML private Label notesHeading;
    @FXML private VBox notesBox;

    @FXML private Label currentStatus;
    @FXML private ComboBox<CaseStatus> nextStatusBox;
    @FXML private TextField statusDateField;
    @FXML private Label statusDateError;
    @FXML private TextField statusNoteField;
    @FXML private Button recordStatusButton;
    @FXML private Node decisionRows;
    @FXML private ComboBox<DecisionOutcome> outcomeBox;
    @FXML private ComboBox<DecisionLevel> decidedByBox;

    @FXML private TextField appealFiledField;
    @FXML private Label appealFiledError;
    @FXML private TextField appealFiledTimeField;
    @FXML private Label appealFiledTimeError;
    @FXML private TextField finalDenialField;
    @FXML private Label finalDenialError;
    @FXML private TextField externalReviewField;
    @FXML private Label externalReviewError;
    @FXML private TextField externalReviewTimeField;
    @FXML private Label externalReviewTimeError;
    @FXML private TextField actionEffectiveField;
    @FXML private Label actionEffectiveError;
    @FXML private TextField lastCoveredDayField;
    @FXML private Label lastCoveredDayError;
    @FXML private TextField p2pAmountField;
    @FXML private Label p2pAmountError;
    @FXML private ComboBox<PeerToPeerWindow.Unit> p2pUnitBox;
    @FXML private ComboBox<DecisionLevel> finalDenialLevelBox;
    @FXML private VBox extensionRequestRow;
    @FXML private TextField extensionRequestedField;
    @FXML private Label extensionRequestedError;
    @FXML private TextField extensionRequestedTimeField;
    @FXML private Label extensionRequestedTimeError;
    @FXML private VBox decisionExtendedRow;
    @FXML private CheckBox decisionExtendedBox;
    @FXML private VBox stateHearingDaysRow;
    @FXML private TextField stateHearingDaysField;
    @FXML private Label stateHearingDaysError;
    @FXML private VBox suitByRow;
    @FXML private TextField suitByField;
    @FXML private Label suitByError;

    public ClockController(WorkspaceViewModel workspace, CitationTitles citations) {
        this.workspace = workspace;
        this.citations = citations;
        this.vm = new ClockViewModel(workspace);
        this.status = new StatusViewModel(workspace);
    }

    public ClockViewModel viewModel() {
        return vm;
    }

    public StatusViewModel statusViewModel() {
        return status;
    }

    @FXML
    private void initialize() {
        bindDates();
        bindStatus();
        new ClockCard(
                        vm,
                        citations,
                        nextBox,
                        nextLabel,
                        nextLeft,
                        nextDue,
                        ifMissed,
                        stateMessage,
                        cautionsBox,
                        openHeading,
                        deadlinesBox,
                        notesHeading,
                        notesBox)
                .bind(root);
    }

    // ---- dates
    // ---------------------------------------------------------------------------------------------

    private void bindDates() {
        ValidationSupport vs = new ValidationSupport();
        appealFiledField.textProperty().bindBidirectional(vm.appealFiled);
        appealFiledTimeField.textProperty().bindBidirectional(vm.appealFiledTime);
        finalDenialField.textProperty().bindBidirectional(vm.finalDenial);
        externalReviewField.textProperty().bindBidirectional(vm.externalReviewFiled);
        externalReviewTimeField.textProperty().bindBidirectional(vm.externalReviewFiledTime);
        actionEffectiveField.textProperty().bindBidirectional(vm.actionEffective);
        lastCoveredDayField.textProperty().bindBidirectional(vm.lastCoveredDay);
        p2pAmountField.textProperty().bindBidirectional(vm.p2pAmount);
        p2pUnitBox.getItems().setAll(PeerToPeerWindow.Unit.values());
        p2pUnitBox.setConverter(new UnitNames());
        p2pUnitBox.valueProperty().bindBidirectional(vm.p2pUnit);

        FieldCheck filed =
                FieldCheck.install(vs, appealFiledField, appealFiledError, vm::checkAppealFiled);
        FieldCheck filedTime =
                FieldCheck.install(
                        vs, appealFiledTimeField, appealFiledTimeError, vm::checkAppealFiledTime);
        FieldCheck fin =
                FieldCheck.install(vs, finalDenialField, finalDenialError, vm::checkFinalDenial);
        FieldCheck ext =
                FieldCheck.install(
                        vs, externalReviewField, externalReviewError, vm::checkExternalReviewFiled);
        FieldCheck extTime =
                FieldCheck.install(
                        vs,
                        externalReviewTimeField,
                        externalReviewTimeError,
                        vm::checkExternalReviewFiledTime);
        FieldCheck.install(
                vs, actionEffectiveField, actionEffectiveError, ClockViewModel::checkPlainDate);
        FieldCheck.install(
                vs, lastCoveredDayField, lastCoveredDayError, ClockViewModel::checkPlainDate);
        FieldCheck p2p = FieldCheck.install(vs, p2pAmountField, p2pAmountError, vm::checkP2pAmount);

        finalDenialLevelBox.getItems().setAll(DecisionLevel.values());
        EnumCells.install(finalDenialLevelBox);
        finalDenialLevelBox.valueProperty().bindBidirectional(vm.finalDenialLevel);
        extensionRequestedField.textProperty().bindBidirectional(vm.extensionRequested);
        extensionRequestedTimeField.textProperty().bindBidirectional(vm.extensionRequestedTime);
        decisionExtendedBox.selectedProperty().bindBidirectional(vm.decisionExtended);
        stateHearingDaysField.textProperty().bindBidirectional(vm.stateHearingDays);
        suitByField.textProperty().bindBidirectional(vm.suitBy);
        FieldCheck.install(
                vs, extensionRequestedField, extensionRequestedError, vm::checkExtensionRequested);
        FieldCheck extensionTime =
                FieldCheck.install(
                        vs,
                        extensionRequestedTimeField,
                        extensionRequestedTimeError,
                        vm::checkExtensionRequestedTime);
        FieldCheck hearingDays =
                FieldCheck.install(
                        vs,
                        stateHearingDaysField,
                        stateHearingDaysError,
                        vm::checkStateHearingDays);
        FieldCheck.install(vs, suitByField, suitByError, ClockViewModel::checkPlainDate);
        vm.extensionRequested.addListener((o, a, b) -> extensionTime.evaluate());
        shownWith(extensionRequestRow, vm.asksExtensionRequestProperty());
        shownWith(decisionExtendedRow, vm.asksDecisionExtendedProperty());
        shownWith(stateHearingDaysRow, vm.asksStateHearingDaysProperty());
        shownWith(suitByRow, vm.asksSuitByProperty());
        // Checks that read another field run again when that field changes; so do those that read
        // the denial.
        vm.appealFiled.addListener(
                (o, a, b) -> {
                    fin.evaluate();
                    filedTime.evaluate();
                });
        vm.externalReviewFiled.addListener((o, a, b) -> extTime.evaluate());
        vm.p2pUnit.addListener((o, a, b) -> p2p.evaluate());
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (a == null || !a.denials().equals(c.denials())) {
                                filed.evaluate();
                                fin.evaluate();
                                ext.evaluate();
                            }
                            if (a == null || !a.plan().equals(c.plan())) {
                                hearingDays.evaluate();
                            }
                        });
    }

    private static void shownWith(Node n, ObservableBooleanValue on) {
        n.visibleProperty().bind(on);
        n.managedProperty().bind(on);
    }

    private void bindStatus() {
        new StatusForm(status, workspace)
                .bind(
                        currentStatus,
                        nextStatusBox,
                        decisionRows,
                        outcomeBox,
                        decidedByBox,
                        statusDateField,
                        statusDateError,
                        statusNoteField,
                        recordStatusButton);
    }

    @FXML
    void recordStatus() {
        status.apply();
    }
}
