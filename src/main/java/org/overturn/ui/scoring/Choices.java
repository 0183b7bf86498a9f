package org.overturn.ui.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** The combo-box plumbing the Scoring section's choices share: converters, links, button cells. */
final class Choices {

    private Choices() {}

    static <T> StringConverter<T> converter(Function<T, String> show, String empty) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? empty : show.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A combo box of optional values kept in step with a nullable property. */
    static <T> void link(ComboBox<Optional<T>> box, ObjectProperty<T> p) {
        box.setValue(Optional.ofNullable(p.get()));
        box.valueProperty()
                .addListener(
                        (o, a, v) -> {
                            T value = v == null ? null : v.orElse(null);
                            if (!Objects.equals(value, p.get())) {
                                p.set(value);
                            }
                        });
        p.addListener(
                (o, a, v) -> {
                    if (!Optional.ofNullable(v).equals(box.getValue())) {
                        box.setValue(Optional.ofNullable(v));
                    }
                });
    }

    /** A button cell that draws the shown value through the box's converter of the moment. */
    static <T> ListCell<T> buttonCell(ComboBox<T> box) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(empty ? null : item));
            }
        };
    }
}
