package org.overturn.ui.clock;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Overview's status form bound to its view model: the move, its day and note, and for a
 * decision, what it says and who decided it. The record button stays off until the move can be
 * recorded.
 */
final class StatusForm {

    private final StatusViewModel status;
    private final WorkspaceViewModel workspace;

    StatusForm(StatusViewModel status, WorkspaceViewModel workspace) {
        this.status = status;
        this.workspace = workspace;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    void bind(
            Label currentStatus,
            ComboBox<CaseStatus> nextStatusBox,
            Node decisionRows,
            ComboBox<DecisionOutcome> outcomeBox,
            ComboBox<DecisionLevel> decidedByBox,
            TextField dateField,
            Label dateError,
            TextField noteField,
            Button record) {
        nextStatusBox.setItems(status.allowed());
        EnumCells.install(nextStatusBox);
        nextStatusBox.valueProperty().bindBidirectional(status.target);
        outcomeBox.getItems().setAll(DecisionOutcome.values());
        EnumCells.install(outcomeBox);
        outcomeBox.valueProperty().bindBidirectional(status.outcome);
        decidedByBox.getItems().setAll(DecisionLevel.values());
        EnumCells.install(decidedByBox);
        decidedByBox.valueProperty().bindBidirectional(status.level);
        decisionRows.visibleProperty().bind(status.deciding());
        decisionRows.managedProperty().bind(decisionRows.visibleProperty());
        dateField.textProperty().bindBidirectional(status.date);
        noteField.textProperty().bindBidirectional(status.note);
        FieldCheck date =
                FieldCheck.install(
                        new ValidationSupport(), dateField, dateError, status::checkDate);
        record.disableProperty()
                .bind(
                        status.target
                                .isNull()
                                .or(date.validProperty().not())
                                .or(status.deciding().and(status.outcome.isNull())));
        currentStatus
                .textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> Messages.label(workspace.caseFile().status()),
                                workspace.caseFileProperty()));
        workspace.caseFileProperty().addListener((o, a, c) -> date.evaluate());
        // Whether the day may come before the appeal's filing depends on the move chosen.
        status.target.addListener((o, a, b) -> date.evaluate());
    }
}
