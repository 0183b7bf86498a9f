package org.overturn.ui.parity;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A parity choice that reads as inferred while it is not set: "Self-funded (plan type)" on the
 * button, the list itself unchanged.
 */
final class InferredChoice {

    private InferredChoice() {}

    /** Shows {@code inferred} on the button while the box holds {@code unset}. */
    static <T> void show(ComboBox<T> box, T unset, Optional<String> inferred) {
        StringConverter<T> shown = box.getConverter();
        box.setButtonCell(
                new ListCell<>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        if (empty || item == null) {
                            setText(null);
                        } else if (item.equals(unset) && inferred.isPresent()) {
                            setText(inferred.get());
                        } else {
                            setText(shown == null ? item.toString() : shown.toString(item));
                        }
                    }
                });
    }
}
