package org.overturn.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.intake.DenialIntake;
import org.overturn.domain.intake.Field;
import org.overturn.ui.common.Messages;

/**
 * The editor of each intake field, kept in step with its value both ways: a check box for yes or
 * no, a choice (what the letter offers first) for a list of values, a text field for the rest.
 */
final class FieldEditors {

    private final IntakeViewModel vm;
    private final BiConsumer<Field, String> checked;

    /**
     * @param checked told after each check of a text field's text: the field, and why the text
     *     isn't a value ("" when it is)
     */
    FieldEditors(IntakeViewModel vm, BiConsumer<Field, String> checked) {
        this.vm = vm;
        this.checked = checked;
    }

    /** A field's name in its message key and its editor's id ("date-of-birth"). */
    static String key(Field f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Node editor(Field f) {
        Class<?> type = DenialIntake.type(f);
        String id = "intake-" + key(f);
        if (type == Boolean.class) {
            return checkBox(f, id);
        }
        if (HasId.class.isAssignableFrom(type)) {
            return choice(f, id, type);
        }
        return textField(f, id);
    }

    private Node checkBox(Field f, String id) {
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

    private Node textField(Field f, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        ObjectProperty<Object> v = vm.value(f);
        boolean[] writing = {false};
        v.addListener(
                (o, a, b) -> {
                    if (!writing[0]) {
                        field.setText(IntakeViewModel.asText(b));
                        mark(f, field, "");
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
                                mark(f, field, vm.typed(f, text));
                            } finally {
                                writing[0] = false;
                            }
                        });
        field.setText(IntakeViewModel.asText(v.get()));
        return field;
    }

    private void mark(Field f, TextField field, String problem) {
        field.getStyleClass().remove("field-invalid");
        if (problem.isEmpty()) {
            field.setTooltip(null);
        } else {
            field.getStyleClass().add("field-invalid");
            field.setTooltip(new Tooltip(problem));
        }
        checked.accept(f, problem);
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
