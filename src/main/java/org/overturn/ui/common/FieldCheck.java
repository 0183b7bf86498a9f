package org.overturn.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Checks one text field as the user types: the message shows under the field and as a ControlsFX
 * decoration, and the field's text is left exactly as typed so nothing is lost.
 */
public final class FieldCheck {

    private final TextInputControl field;
    private final Label errorLabel;
    private final Function<String, Optional<String>> rule;
    private Function<String, Optional<String>> warning = t -> Optional.empty();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    /**
     * The text the field last held when it was valid: what the case holds, which Esc brings back.
     */
    private String lastValid = "";

    /**
     * Counts every change of any field between valid and not, so a status line can say what was not
     * saved.
     */
    private static final ReadOnlyIntegerWrapper CHANGES = new ReadOnlyIntegerWrapper(0);

    /** The node property holding a field's current problem (absent when the field is valid). */
    public static final String PROBLEM = "overturn.fieldProblem";

    private FieldCheck(
            TextInputControl field, Label errorLabel, Function<String, Optional<String>> rule) {
        this.field = field;
        this.errorLabel = errorLabel;
        this.rule = rule;
    }

    public static FieldCheck install(
            ValidationSupport support,
            TextInputControl field,
            Label errorLabel,
            Function<String, Optional<String>> rule) {
        FieldCheck check = new FieldCheck(field, errorLabel, rule);
        support.registerValidator(
                field,
                false,
                (Control c, String text) -> {
                    Optional<String> problem = rule.apply(text);
                    return ValidationResult.fromMessageIf(
                            c, problem.orElse(""), Severity.ERROR, problem.isPresent());
                });
        field.textProperty().addListener((o, a, b) -> check.evaluate());
        // Esc in a field holding what can't be saved brings back what is saved; the typed text
        // stays otherwise.
        field.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE && !check.isValid()) {
                        field.setText(check.lastValid);
                        e.consume();
                    }
                });
        check.evaluate();
        return check;
    }

    /**
     * Adds a warning: text that is saved but looks mistyped (a date years off) is said under the
     * field, in the warning style, and blocks nothing.
     */
    public FieldCheck warnWhen(Function<String, Optional<String>> warn) {
        this.warning = warn;
        evaluate();
        return this;
    }

    public void evaluate() {
        Optional<String> problem = rule.apply(field.getText());
        Optional<String> warn =
                problem.isPresent() ? Optional.empty() : warning.apply(field.getText());
        errorLabel.setText(problem.or(() -> warn).orElse(""));
        errorLabel.setVisible(problem.isPresent() || warn.isPresent());
        errorLabel.setManaged(problem.isPresent() || warn.isPresent());
        errorLabel.getStyleClass().remove("field-warning");
        if (warn.isPresent()) {
            errorLabel.getStyleClass().add("field-warning");
        }
        if (problem.isPresent()) {
            if (!field.getStyleClass().contains("field-invalid")) {
                field.getStyleClass().add("field-invalid");
            }
        } else {
            field.getStyleClass().remove("field-invalid");
        }
        Object before = field.getProperties().get(PROBLEM);
        if (problem.isEmpty()) {
            lastValid = field.getText() == null ? "" : field.getText();
            field.getProperties().remove(PROBLEM);
        } else {
            field.getProperties().put(PROBLEM, problem.get());
        }
        valid.set(problem.isEmpty());
        if (!Objects.equals(before, problem.orElse(null))) {
            CHANGES.set(CHANGES.get() + 1);
        }
    }

    /**
     * The label left of the field in its grid row (FXML can't point a label at a field declared
     * after it).
     */
    private static Optional<String> rowLabel(TextInputControl t) {
        if (!(t.getParent() instanceof GridPane grid)) {
            return Optional.empty();
        }
        Integer row = GridPane.getRowIndex(t);
        int r = row == null ? 0 : row;
        Integer col = GridPane.getColumnIndex(t);
        int c = col == null ? 0 : col;
        return grid.getChildren().stream()
                .filter(n -> n instanceof Label)
                .filter(n -> Objects.requireNonNullElse(GridPane.getRowIndex(n), 0) == r)
                .filter(n -> Objects.requireNonNullElse(GridPane.getColumnIndex(n), 0) < c)
                .max(
                        Comparator.comparing(
                                n -> Objects.requireNonNullElse(GridPane.getColumnIndex(n), 0)))
                .map(n -> ((Label) n).getText())
                .filter(s -> !s.isBlank());
    }

    /** Changes whenever a field anywhere turns valid or invalid. */
    public static ReadOnlyIntegerProperty changes() {
        return CHANGES.getReadOnlyProperty();
    }

    /**
     * The fields under {@code root} holding text that is not saved, each as "Name (why)": named by
     * their label, else their prompt.
     */
    public static List<String> notSaved(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".field-invalid")) {
            if (n instanceof TextInputControl t
                    && t.getProperties().get(PROBLEM) instanceof String why) {
                String name =
                        root.lookupAll(".label").stream()
                                .filter(l -> l instanceof Label lab && lab.getLabelFor() == t)
                                .map(l -> ((Label) l).getText())
                                .findFirst()
                                .or(() -> rowLabel(t))
                                .orElse(t.getPromptText() == null ? "" : t.getPromptText());
                String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
                out.add((name.isBlank() ? "" : name + ": ") + reason);
            }
        }
        return out;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
