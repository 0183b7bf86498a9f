package org.overturn.ui.scoring;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.RatingChoice;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/**
 * The rating stepper of the Scoring section: one dimension at a time, its choices as buttons, the
 * evidence note, the strip of every dimension's rating, and the keys (a digit rates, Enter moves
 * on, Shift+Enter goes back; in the note, Ctrl+Enter moves on and Esc returns to the ratings). Its
 * nodes come from the section's FXML.
 */
final class RatingStepper {

    private final ScoringViewModel vm;
    private final ToggleGroup choices = new ToggleGroup();
    private final VBox stepper;
    private final TextField assessmentDateField;
    private final Label assessmentDateError;
    private final TextField raterField;
    private final HBox progressStrip;
    private final Label stepLabel;
    private final Label dimensionName;
    private final Label dimensionPrompt;
    private final VBox choiceBox;
    private final TextArea evidenceArea;
    private final TextField evidenceDateField;
    private final Label evidenceDateError;
    private final Button stepBackButton;
    private final Button stepNextButton;

    RatingStepper(
            ScoringViewModel vm,
            VBox stepper,
            TextField assessmentDateField,
            Label assessmentDateError,
            TextField raterField,
            HBox progressStrip,
            Label stepLabel,
            Label dimensionName,
            Label dimensionPrompt,
            VBox choiceBox,
            TextArea evidenceArea,
            TextField evidenceDateField,
            Label evidenceDateError,
            Button stepBackButton,
            Button stepNextButton) {
        this.vm = vm;
        this.stepper = stepper;
        this.assessmentDateField = assessmentDateField;
        this.assessmentDateError = assessmentDateError;
        this.raterField = raterField;
        this.progressStrip = progressStrip;
        this.stepLabel = stepLabel;
        this.dimensionName = dimensionName;
        this.dimensionPrompt = dimensionPrompt;
        this.choiceBox = choiceBox;
        this.evidenceArea = evidenceArea;
        this.evidenceDateField = evidenceDateField;
        this.evidenceDateError = evidenceDateError;
        this.stepBackButton = stepBackButton;
        this.stepNextButton = stepNextButton;
        bind();
    }

    void next() {
        vm.next();
        focusChoices();
    }

    void back() {
        vm.back();
        focusChoices();
    }

    private void bind() {
        ValidationSupport vs = new ValidationSupport();
        assessmentDateField.textProperty().bindBidirectional(vm.date);
        FieldCheck.install(vs, assessmentDateField, assessmentDateError, vm::checkAssessmentDate);
        raterField.textProperty().bindBidirectional(vm.rater);
        evidenceArea.textProperty().bindBidirectional(vm.evidence);
        evidenceDateField.textProperty().bindBidirectional(vm.evidenceDate);
        FieldCheck.install(vs, evidenceDateField, evidenceDateError, vm::checkEvidenceDate);
        vm.dimensionProperty().addListener((o, a, d) -> showStep());
        vm.stepProperty().addListener((o, a, s) -> showStep());
        vm.currentRatingProperty()
                .addListener(
                        (o, a, r) -> {
                            syncChoice();
                            showNextState();
                            showEvidenceState();
                            refreshStrip();
                        });
        stepBackButton.disableProperty().bind(vm.stepProperty().isEqualTo(0));
        stepper.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getTarget() == evidenceArea
                    && e.getCode() == KeyCode.ENTER
                    && e.isShortcutDown()) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                focusChoices();
                e.consume();
            }
            return;
        }
        Optional<String> digit = digit(e.getCode());
        if (digit.isPresent() && !e.isShortcutDown() && !e.isAltDown()) {
            vm.rate(digit.get());
            focusChoices();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                vm.back();
            } else {
                vm.next();
            }
            focusChoices();
            e.consume();
        }
    }

    private static Optional<String> digit(KeyCode code) {
        String name = code.name();
        if (name.matches("(DIGIT|NUMPAD)\\d")) {
            return Optional.of(name.substring(name.length() - 1));
        }
        return Optional.empty();
    }

    /** Puts the keyboard on the rating choices (the selected one, else the first). */
    void focusChoices() {
        Toggle t = choices.getSelectedToggle();
        if (t instanceof ToggleButton b) {
            b.requestFocus();
        } else if (!choiceBox.getChildren().isEmpty()) {
            choiceBox.getChildren().get(0).requestFocus();
        }
    }

    void showStep() {
        DimensionDefinition d = vm.dimensionProperty().get();
        choiceBox.getChildren().clear();
        choices.getToggles().clear();
        if (d == null) {
            return;
        }
        int n = vm.dimensions().size();
        stepLabel.setText(
                Messages.format("scoring.step", vm.stepProperty().get() + 1, n, d.code()));
        dimensionName.setText(d.code() + "  " + d.name());
        dimensionPrompt.setText(d.prompt());
        for (RatingChoice c : d.choices()) {
            Label title = new Label(c.value() + "  " + c.label());
            title.getStyleClass().add("choice-title");
            title.setMinWidth(150);
            title.setPrefWidth(150);
            ToggleButton b = new ToggleButton(c.description());
            b.setGraphic(title);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setWrapText(true);
            b.setTextAlignment(TextAlignment.LEFT);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setId("choice-" + c.value());
            b.setUserData(c.value());
            b.setToggleGroup(choices);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.getStyleClass().add("rating-choice");
            b.setOnAction(
                    ev -> {
                        vm.rate(c.value());
                        syncChoice();
                        b.requestFocus();
                    });
            choiceBox.getChildren().add(b);
        }
        syncChoice();
        showEvidenceState();
        showNextState();
        refreshStrip();
    }

    /**
     * At the last step, Next goes to the first dimension still unrated, and there is nothing to go
     * to once all are.
     */
    void showNextState() {
        boolean last = vm.stepProperty().get() == vm.dimensions().size() - 1;
        boolean allRated = vm.selected().map(a -> a.unrated().isEmpty()).orElse(true);
        stepNextButton.setText(Messages.get(last ? "scoring.nextUnrated" : "scoring.next"));
        stepNextButton.setDisable(last && allRated);
    }

    private void syncChoice() {
        String r = vm.currentRatingProperty().get();
        for (Toggle t : choices.getToggles()) {
            t.setSelected(r.equals(t.getUserData()));
        }
    }

    /** The note belongs to a rating, so it opens once the dimension is rated. */
    private void showEvidenceState() {
        boolean rated = !vm.currentRatingProperty().get().isEmpty();
        evidenceArea.setDisable(!rated);
        evidenceDateField.setDisable(!rated);
        evidenceArea.setPromptText(
                Messages.get(rated ? "scoring.evidence.prompt" : "scoring.evidence.rateFirst"));
    }

    void refreshStrip() {
        progressStrip.getChildren().clear();
        Optional<Assessment> a = vm.selected();
        if (a.isEmpty()) {
            return;
        }
        List<DimensionDefinition> dims = vm.dimensions();
        for (int i = 0; i < dims.size(); i++) {
            DimensionDefinition d = dims.get(i);
            String value = a.get().rating(d.id()).map(r -> r.value()).orElse("–");
            Label code = new Label(d.code());
            code.getStyleClass().add("strip-code");
            Label v = new Label(value);
            v.getStyleClass().add("strip-value");
            Button b = new Button();
            b.setGraphic(new VBox(0, code, v));
            ((VBox) b.getGraphic()).setAlignment(Pos.CENTER);
            b.setTooltip(new Tooltip(d.name()));
            b.setId("strip-" + d.code());
            b.getStyleClass().add("strip-step");
            if (a.get().rating(d.id()).isPresent()) {
                b.getStyleClass().add("rated");
            }
            if (i == vm.stepProperty().get()) {
                b.getStyleClass().add("current");
            }
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            int index = i;
            b.setOnAction(
                    ev -> {
                        vm.goTo(index);
                        focusChoices();
                    });
            progressStrip.getChildren().add(b);
        }
    }
}
