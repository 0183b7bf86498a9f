package org.overturn.ui.payers;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.cases.Payer;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/**
 * The payer directory entry editor (a dialog): name, appeals address and fax, phone, portal, BH
 * manager.
 */
public final class PayerEditorController {

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextArea addressArea;
    @FXML private TextField faxField;
    @FXML private TextField phoneField;
    @FXML private TextField portalField;
    @FXML private TextField managerField;
    @FXML private Label saveError;

    private FieldCheck nameCheck;
    private Optional<Long> id = Optional.empty();

    @FXML
    private void initialize() {
        nameCheck =
                FieldCheck.install(
                        new ValidationSupport(),
                        nameField,
                        nameError,
                        t ->
                                t == null || t.isBlank()
                                        ? Optional.of(Messages.get("validation.payerNameRequired"))
                                        : Optional.empty());
        showSaveError("");
    }

    public void edit(Payer p) {
        id = p.id();
        nameField.setText(p.name());
        addressArea.setText(p.appealsAddress());
        faxField.setText(p.appealsFax());
        phoneField.setText(p.phone());
        portalField.setText(p.portal());
        managerField.setText(p.behavioralHealthManager());
    }

    public BooleanBinding invalidBinding() {
        return Bindings.not(nameCheck.validProperty());
    }

    public Payer value() {
        return new Payer(
                id,
                nameField.getText(),
                addressArea.getText(),
                faxField.getText(),
                phoneField.getText(),
                portalField.getText(),
                managerField.getText());
    }

    public TextField nameField() {
        return nameField;
    }

    public void showSaveError(String message) {
        saveError.setText(message);
        saveError.setVisible(!message.isEmpty());
        saveError.setManaged(!message.isEmpty());
    }
}
