package org.overturn.ui.cases;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.casefile.DatePlausibility;
import org.overturn.domain.cases.PlanType;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/** The New case dialog: the patient's name (required), date of birth and plan type. */
public final class NewCaseController {

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField dobField;
    @FXML private Label dobError;
    @FXML private ComboBox<PlanType> planTypeBox;

    private FieldCheck nameCheck;
    private FieldCheck dobCheck;

    /** The dialog's answers. */
    public record Answers(
            String name, Optional<LocalDate> dateOfBirth, Optional<PlanType> planType) {}

    @FXML
    private void initialize() {
        ValidationSupport vs = new ValidationSupport();
        nameCheck =
                FieldCheck.install(
                        vs,
                        nameField,
                        nameError,
                        t ->
                                t == null || t.isBlank()
                                        ? Optional.of(Messages.get("validation.nameRequired"))
                                        : Optional.empty());
        dobCheck =
                FieldCheck.install(vs, dobField, dobError, NewCaseController::checkDob)
                        .warnWhen(
                                t ->
                                        Dates.parse(t)
                                                .value()
                                                .flatMap(
                                                        d ->
                                                                DatePlausibility.dateOfBirth(
                                                                        d, LocalDate.now())));
        planTypeBox.getItems().setAll(PlanType.values());
        EnumCells.install(planTypeBox);
        // Don't shout "required" before the user has typed anything.
        nameError.setVisible(false);
        nameError.setManaged(false);
    }

    static Optional<String> checkDob(String text) {
        return Dates.parse(text).check(d -> CaseRules.checkDateOfBirth(d, LocalDate.now())).error();
    }

    /** Runs whenever a message under a field changes, so the dialog can grow to show all of it. */
    public void onMessage(Runnable r) {
        nameError.textProperty().addListener((o, a, b) -> r.run());
        dobError.textProperty().addListener((o, a, b) -> r.run());
    }

    public BooleanBinding invalidBinding() {
        return Bindings.not(nameCheck.validProperty().and(dobCheck.validProperty()));
    }

    public TextField nameField() {
        return nameField;
    }

    public Answers answers() {
        return new Answers(
                nameField.getText().strip(),
                Dates.parse(dobField.getText()).value(),
                Optional.ofNullable(planTypeBox.getValue()));
    }
}
