package org.overturn.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.casefile.CaseRules;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.intake.DenialIntake;
import org.overturn.domain.intake.Field;
import org.overturn.ui.cases.IntakeViewModel.Source;
import org.overturn.ui.common.Dates;
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
        List<Field> shown = IntakeViewModel.SHOWN;
        int rows = (shown.size() + 1) / 2;
        for (int i = 0; i < shown.size(); i++) {
            Field f = shown.get(i);
            int col = 3 * (i / rows);
            int row = i % rows;
            Label name = new Label(Messages.get("intake.field." + key(f)));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Node editor = editor(f);
            name.setLabelFor(editor);
            fieldsGrid.add(name, col, row);
            fieldsGrid.add(editor, col + 1, row);
            fieldsGrid.add(tag(f), col + 2, row);
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

    private static String key(Field f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A mark beside the field: read from the letter (with the words), several values to choose
     * from, or nothing.
     */
    private Node tag(Field f) {
        FontIcon icon = new FontIcon();
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Label l = new Label("", icon);
        Runnable update =
                () -> {
                    Source s = vm.source(f).get();
                    icon.setIconLiteral(
                            switch (s) {
                                case LETTER -> "mdi2f-file-document-outline";
                                case SEVERAL -> "mdi2a-alert-circle-outline";
                                case TYPED -> "mdi2p-pencil-outline";
                                case NONE -> "mdi2c-circle-small";
                            });
                    l.getStyleClass()
                            .setAll(
                                    "label",
                                    "intake-tag",
                                    "intake-" + s.name().toLowerCase(Locale.ROOT));
                    String text =
                            switch (s) {
                                case LETTER ->
                                        Messages.format("intake.tag.letter", vm.snippet(f).get());
                                case SEVERAL ->
                                        Messages.format("intake.tag.several", vm.snippet(f).get());
                                case TYPED -> Messages.get("intake.tag.typed");
                                case NONE -> Messages.get("intake.tag.none");
                            };
                    tip.setText(text);
                    l.setAccessibleText(text);
                };
        vm.source(f).addListener((o, a, b) -> update.run());
        vm.snippet(f).addListener((o, a, b) -> update.run());
        update.run();
        l.setTooltip(tip);
        return l;
    }

    private Node editor(Field f) {
        Class<?> type = DenialIntake.type(f);
        String id = "intake-" + key(f);
        if (type == Boolean.class) {
            CheckBox box = new CheckBox(Messages.get("intake.urgent.yes"));
            box.setId(id);
            ObjectProperty<Object> v = vm.value(f);
            box.setSelected(Boolean.TRUE.equals(v.get()));
            v.addListener((o, a, b) -> box.setSelected(Boolean.TRUE.equals(b)));
            box.selectedProperty()
                    .addListener(
                            (o, a, b) -> {
                                if (!Boolean.valueOf(b).equals(Boolean.TRUE.equals(v.get()))) {
                                    v.set(b ? Boolean.TRUE : null);
                                }
                            });
            return box;
        }
        if (HasId.class.isAssignableFrom(type)) {
            return choice(f, id, type);
        }
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        ObjectProperty<Object> v = vm.value(f);
        boolean[] writing = {false};
        v.addListener(
                (o, a, b) -> {
                    if (!writing[0]) {
                        field.setText(show(b));
                        markValid(f, field, true, "");
                    }
                });
        field.textProperty()
                .addListener(
                        (o, a, text) -> {
                            if (!field.isFocused()) {
                                return;
                            }
                            writing[0] = true;
                            try {
                                String problem = parseInto(f, type, text, v);
                                markValid(f, field, problem.isEmpty(), problem);
                            } finally {
                                writing[0] = false;
                            }
                        });
        field.setText(show(v.get()));
        return field;
    }

    /** Reads the typed text into the value; the reason it can't be a value, or "" when it can. */
    private static String parseInto(Field f, Class<?> type, String text, ObjectProperty<Object> v) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            v.set(null);
            return "";
        }
        if (type == LocalDate.class) {
            var parsed = Dates.parse(t);
            if (f == Field.DATE_OF_BIRTH) {
                parsed = parsed.check(d -> CaseRules.checkDateOfBirth(d, LocalDate.now()));
            }
            if (parsed.error().isPresent()) {
                return parsed.error().get();
            }
            v.set(parsed.value().orElse(null));
            return "";
        }
        if (type == Integer.class) {
            try {
                int n = Integer.parseInt(t);
                if (n < 0 || n > 999) {
                    return Messages.get("intake.units.range");
                }
                v.set(n);
                return "";
            } catch (NumberFormatException e) {
                return Messages.get("intake.units.number");
            }
        }
        v.set(t);
        return "";
    }

    private void markValid(Field f, TextField field, boolean ok, String problem) {
        field.getStyleClass().remove("field-invalid");
        if (ok) {
            bad.remove(f);
            field.setTooltip(null);
        } else {
            bad.add(f);
            field.getStyleClass().add("field-invalid");
            field.setTooltip(new Tooltip(problem));
        }
        invalid.set(bad.size());
        missingLabel.setText(
                ok
                        ? (vm.completeProperty().get() ? "" : Messages.get("intake.missing.name"))
                        : Messages.format(
                                "intake.invalid", Messages.get("intake.field." + key(f)), problem));
    }

    private static String show(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof LocalDate d ? Dates.show(d) : v.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Node choice(Field f, String id, Class<?> type) {
        ComboBox<Object> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Object[] all = type.getEnumConstants();
        box.getItems().setAll(all);
        box.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Object o) {
                        return o == null ? "" : Messages.label((HasId) o);
                    }

                    @Override
                    public Object fromString(String s) {
                        return null;
                    }
                });
        ObjectProperty<Object> v = vm.value(f);
        box.setValue(v.get());
        v.addListener(
                (o, a, b) -> {
                    if (box.getValue() != b) {
                        box.setValue(b);
                    }
                });
        box.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (v.get() != b) {
                                v.set(b);
                            }
                        });
        // What the letter offers comes first in the list.
        vm.candidates(f)
                .addListener(
                        (ListChangeListener<Object>)
                                c -> {
                                    List<Object> items = new ArrayList<>(vm.candidates(f));
                                    for (Object o : all) {
                                        if (!items.contains(o)) {
                                            items.add(o);
                                        }
                                    }
                                    Object keep = box.getValue();
                                    box.getItems().setAll(items);
                                    box.setValue(keep);
                                });
        box.setPromptText(Messages.get("intake.choose"));
        return box;
    }
}
