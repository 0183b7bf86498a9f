package org.overturn.ui.backup;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.overturn.ui.common.Messages;

/**
 * The password dialog's fields: bound to its view model, the confirmation shown only for a new
 * password.
 */
public final class PasswordController {

    private final PasswordViewModel vm;

    @FXML private PasswordField passwordField;
    @FXML private Label confirmLabel;
    @FXML private PasswordField confirmField;
    @FXML private Label passwordProblem;
    @FXML private Label passwordHint;

    public PasswordController(PasswordViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        confirmField.textProperty().bindBidirectional(vm.confirmationProperty());
        boolean confirms = vm.purpose().confirms();
        for (Node n : new Node[] {confirmLabel, confirmField}) {
            n.setVisible(confirms);
            n.setManaged(confirms);
        }
        passwordProblem.textProperty().bind(vm.problemProperty());
        passwordHint.setText(
                switch (vm.purpose()) {
                    case NEW_BACKUP -> Messages.get("password.hint.backup");
                    case OPEN_BACKUP -> Messages.get("password.hint.open");
                    case PROTECT_PDF -> Messages.get("password.hint.pdf");
                    case PROTECT_BUNDLE -> Messages.get("password.hint.bundle");
                    case OPEN_BUNDLE -> Messages.get("password.hint.openBundle");
                });
    }

    /** Puts the cursor in the first field, once the dialog is shown. */
    public void focus() {
        passwordField.requestFocus();
    }
}
