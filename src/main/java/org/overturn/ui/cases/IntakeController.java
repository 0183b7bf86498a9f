package org.overturn.ui.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import org.overturn.domain.intake.Field;
import org.overturn.ui.cases.IntakeViewModel.Source;
import org.overturn.ui.common.Messages;

/**
 * The New case from a denial dialog: paste the letter, check what was read from it, create the
 * case.
 */
public final class IntakeController {

    private final IntakeViewModel vm;
    private final SimpleIntegerProperty invalid = new SimpleIntegerProperty(0);
    private final Set<Field> bad = EnumSet.noneOf(Field.class);

    @FXML private TextArea letterArea;
    @FXML private Label readLabel;
    @FXML private GridPane fieldsGrid;
    @FXML private ScrollPane fieldsScroll;

    /**
     * The dialog's height apart from its fields: title, letter, rationale, messages and buttons.
     */
    private static final double ROOM_FOR_THE_REST = 420;

    private static final double MIN_FIELDS_HEIGHT = 160;

    /** A field row: a text field or choice box and the gap below it. */
    private static final double ROW_HEIGHT = 37;

    @FXML private TextArea rationaleArea;
    @FXML private Label missingLabel;

    public IntakeController(IntakeViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        letterArea.textProperty().bindBidirectional(vm.letterProperty());
        rationaleArea.textProperty().bindBidirectional(vm.rationaleProperty());
        FieldEditors editors = new FieldEditors(vm, this::checked);
        List<Field> shown = IntakeViewModel.SHOWN;
        int rows = (shown.size() + 1) / 2;
        for (int i = 0; i < shown.size(); i++) {
            Field f = shown.get(i);
            int col = 3 * (i / rows);
            int row = i % rows;
            Label name = new Label(Messages.get("intake.field." + FieldEditors.key(f)));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Node editor = editors.editor(f);
            name.setLabelFor(editor);
            fieldsGrid.add(name, col, row);
            fieldsGrid.add(editor, col + 1, row);
            fieldsGrid.add(SourceTag.of(vm, f), col + 2, row);
        }
        // As many rows as the screen has room for beside the letter, the rationale and the buttons;
        // the rest scroll.
        double room = Screen.getPrimary().getVisualBounds().getHeight() - ROOM_FOR_THE_REST;
        fieldsScroll.setPrefViewportHeight(
                Math.max(MIN_FIELDS_HEIGHT, Math.min(room, rows * ROW_HEIGHT)));
        missingLabel.managedProperty().bind(missingLabel.textProperty().isNotEmpty());
        missingLabel.visibleProperty().bind(missingLabel.textProperty().isNotEmpty());
        vm.letterProperty().addListener((o, a, b) -> summary());
        vm.completeProperty().addListener((o, a, b) -> summary());
        summary();
    }

    public TextArea letterArea() {
        return letterArea;
    }

    public IntakeViewModel viewModel() {
        return vm;
    }

    /** Create is held back until the case has a name and no field holds text that isn't a value. */
    public BooleanBinding blockedBinding() {
        return Bindings.not(vm.completeProperty()).or(invalid.greaterThan(0));
    }

    private void summary() {
        long read =
                IntakeViewModel.SHOWN.stream()
                        .filter(f -> vm.source(f).get() == Source.LETTER)
                        .count();
        long several =
                IntakeViewModel.SHOWN.stream()
                        .filter(f -> vm.source(f).get() == Source.SEVERAL)
                        .count();
        readLabel.setText(
                vm.letterProperty().get().isBlank()
                        ? Messages.get("intake.read.none")
                        : Messages.format("intake.read", read, several));
        missingLabel.setText(
                vm.completeProperty().get() ? "" : Messages.get("intake.missing.name"));
    }

    /**
     * After a text field's text is checked: Create held back while any field holds text that isn't
     * a value, and the reason shown below the fields.
     */
    private void checked(Field f, String problem) {
        if (problem.isEmpty()) {
            bad.remove(f);
        } else {
            bad.add(f);
        }
        invalid.set(bad.size());
        missingLabel.setText(
                problem.isEmpty()
                        ? (vm.completeProperty().get() ? "" : Messages.get("intake.missing.name"))
                        : Messages.format(
                                "intake.invalid",
                                Messages.get("intake.field." + FieldEditors.key(f)),
                                problem));
    }
}
