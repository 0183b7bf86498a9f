package org.overturn.ui.common;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.overturn.domain.cases.HasId;

/** Shows enum values in combo boxes by their labels. */
public final class EnumCells {

    private EnumCells() {}

    public static <T extends HasId> void install(ComboBox<T> box) {
        box.setConverter(converter(box));
    }

    public static <T extends HasId> StringConverter<T> converter(ComboBox<T> box) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : Messages.label(v);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream()
                        .filter(v -> Messages.label(v).equals(s))
                        .findFirst()
                        .orElse(null);
            }
        };
    }
}
