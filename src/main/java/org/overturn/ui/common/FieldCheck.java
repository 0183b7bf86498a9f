package org.overturn.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Checks one text field as the user types: the message shows under the field and as a ControlsFX decoration,
 * and the field's text is left exactly as typed so nothing is lost.
 */
public final class FieldCheck {

    private final TextInputControl field;
    private final Label errorLabel;
    private final Function<String, Optional<String>> rule;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    private FieldCheck(TextInputControl field, Label errorLabel, Function<String, Optional<String>> rule) {
        this.field = field;
        this.errorLabel = errorLabel;
        this.rule = rule;
    }

    public static FieldCheck install(ValidationSupport support, TextInputControl field, Label errorLabel,
                                     Function<String, Optional<String>> rule) {
        FieldCheck check = new FieldCheck(field, errorLabel, rule);
        support.registerValidator(field, false, (javafx.scene.control.Control c, String text) -> {
            Optional<String> problem = rule.apply(text);
            return ValidationResult.fromMessageIf(c, problem.orElse(""), Severity.ERROR, problem.isPresent());
        });
        field.textProperty().addListener((o, a, b) -> check.evaluate());
        check.evaluate();
        return check;
    }

    public void evaluate() {
        Optional<String> problem = rule.apply(field.getText());
        errorLabel.setText(problem.orElse(""));
        errorLabel.setVisible(problem.isPresent());
        errorLabel.setManaged(problem.isPresent());
        if (problem.isPresent()) {
            if (!field.getStyleClass().contains("field-invalid")) {
                field.getStyleClass().add("field-invalid");
            }
        } else {
            field.getStyleClass().remove("field-invalid");
        }
        valid.set(problem.isEmpty());
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
