package org.overturn.ui.workspace;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.cases.HasId;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/**
 * How the denial form's fields are tied to {@link DenialForm}: a text field with its check and
 * error label, a choice of enum values, and a row of check boxes built for a set of values.
 */
final class FormBindings {

    private FormBindings() {}

    static FieldCheck text(
            ValidationSupport vs,
            TextField field,
            StringProperty p,
            Label error,
            Function<String, Optional<String>> rule) {
        field.textProperty().bindBidirectional(p);
        return FieldCheck.install(vs, field, error, rule);
    }

    static <T extends HasId> void choice(ComboBox<T> box, T[] values, ObjectProperty<T> p) {
        box.getItems().setAll(values);
        EnumCells.install(box);
        box.valueProperty().bindBidirectional(p);
    }

    /** A check box for each value, in the map's order, named by its label and id. */
    static <E extends HasId> void checkboxes(
            FlowPane pane, Map<E, BooleanProperty> props, Function<E, String> id) {
        props.forEach(
                (value, prop) -> {
                    CheckBox box = new CheckBox(Messages.label(value));
                    box.setId(id.apply(value));
                    box.selectedProperty().bindBidirectional(prop);
                    pane.getChildren().add(box);
                });
    }
}
