package org.overturn.ui.clinical;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import org.overturn.domain.cases.HasId;
import org.overturn.ui.common.EnumCells;

/** A choice box over an enum's values, showing their labels, bound both ways to the form. */
final class Choices {

    private Choices() {}

    static <T extends HasId> void bind(ComboBox<T> box, T[] values, ObjectProperty<T> p) {
        box.getItems().setAll(values);
        EnumCells.install(box);
        box.valueProperty().bindBidirectional(p);
    }
}
