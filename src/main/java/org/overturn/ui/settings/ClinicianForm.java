package org.overturn.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.overturn.ui.common.Nodes;

/**
 * The form for the clinician selected in the list, bound both ways to that row so typing edits it
 * and nothing is lost; the row's own problems under its fields; and the list's remove and move
 * buttons, enabled when they would do something. Its nodes come from the dialog's FXML.
 */
final class ClinicianForm {

    private final PracticeProfileViewModel vm;
    private final ListView<ClinicianRow> list;
    private final GridPane form;
    private final TextField nameField;
    private final Label nameError;
    private final TextField credentialsField;
    private final CheckBox physicianBox;
    private final TextField npiField;
    private final Label npiError;
    private final TextField phoneField;
    private final TextField faxField;
    private final TextField emailField;
    private final Button removeButton;
    private final Button upButton;
    private final Button downButton;
    private ClinicianRow bound;
    // The box follows the row (its credentials may tick it); a click is the clinician's own choice.
    private final ChangeListener<Boolean> physicianFollows;

    ClinicianForm(
            PracticeProfileViewModel vm,
            ListView<ClinicianRow> list,
            GridPane form,
            TextField nameField,
            Label nameError,
            TextField credentialsField,
            CheckBox physicianBox,
            TextField npiField,
            Label npiError,
            TextField phoneField,
            TextField faxField,
            TextField emailField,
            Button removeButton,
            Button upButton,
            Button downButton) {
        this.vm = vm;
        this.list = list;
        this.form = form;
        this.nameField = nameField;
        this.nameError = nameError;
        this.credentialsField = credentialsField;
        this.physicianBox = physicianBox;
        this.npiField = npiField;
        this.npiError = npiError;
        this.phoneField = phoneField;
        this.faxField = faxField;
        this.emailField = emailField;
        this.removeButton = removeButton;
        this.upButton = upButton;
        this.downButton = downButton;
        this.physicianFollows = (o, a, v) -> physicianBox.setSelected(v);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, r) -> {
                            if (r != null) {
                                vm.selectedProperty().set(r);
                            }
                        });
        vm.selectedProperty().addListener((o, a, r) -> select(r));
        vm.clinicians()
                .addListener(
                        (ListChangeListener<ClinicianRow>)
                                ch -> {
                                    rowChecks();
                                    buttons();
                                });
        physicianBox.setOnAction(
                e -> {
                    if (bound != null) {
                        bound.choosePhysician(physicianBox.isSelected());
                    }
                });
        select(vm.selectedProperty().get());
    }

    /** The clinician in the form; empty when none is selected. */
    Optional<ClinicianRow> bound() {
        return Optional.ofNullable(bound);
    }

    void focusName() {
        nameField.requestFocus();
    }

    /** Shows the row in the form, bound both ways, so typing edits the row and nothing is lost. */
    private void select(ClinicianRow r) {
        if (bound != null) {
            unbind(nameField, bound.nameProperty());
            unbind(credentialsField, bound.credentialsProperty());
            unbind(npiField, bound.npiProperty());
            unbind(phoneField, bound.phoneProperty());
            unbind(faxField, bound.faxProperty());
            unbind(emailField, bound.emailProperty());
            bound.physicianProperty().removeListener(physicianFollows);
        }
        bound = r;
        form.setDisable(r == null);
        if (r == null) {
            for (TextField f :
                    List.of(
                            nameField,
                            credentialsField,
                            npiField,
                            phoneField,
                            faxField,
                            emailField)) {
                f.clear();
            }
            physicianBox.setSelected(false);
        } else {
            nameField.textProperty().bindBidirectional(r.nameProperty());
            credentialsField.textProperty().bindBidirectional(r.credentialsProperty());
            npiField.textProperty().bindBidirectional(r.npiProperty());
            phoneField.textProperty().bindBidirectional(r.phoneProperty());
            faxField.textProperty().bindBidirectional(r.faxProperty());
            emailField.textProperty().bindBidirectional(r.emailProperty());
            physicianBox.setSelected(r.physicianProperty().get());
            r.physicianProperty().addListener(physicianFollows);
            if (list.getSelectionModel().getSelectedItem() != r) {
                list.getSelectionModel().select(r);
            }
        }
        rowChecks();
        buttons();
    }

    private static void unbind(TextField f, StringProperty p) {
        f.textProperty().unbindBidirectional(p);
    }

    /** The selected row's own messages, under its fields. */
    private void rowChecks() {
        Optional<String> name = bound == null ? Optional.empty() : bound.nameProblem();
        Optional<String> npi = bound == null ? Optional.empty() : bound.npiProblem();
        mark(nameField, nameError, name);
        mark(npiField, npiError, npi);
    }

    private static void mark(TextField f, Label error, Optional<String> problem) {
        error.setText(problem.orElse(""));
        Nodes.show(error, problem.isPresent());
        f.getStyleClass().remove("field-invalid");
        if (problem.isPresent()) {
            f.getStyleClass().add("field-invalid");
        }
    }

    private void buttons() {
        removeButton.setDisable(!vm.canRemove(bound));
        upButton.setDisable(!vm.canMove(bound, -1));
        downButton.setDisable(!vm.canMove(bound, 1));
    }
}
