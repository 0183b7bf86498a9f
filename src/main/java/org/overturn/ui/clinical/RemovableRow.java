package org.overturn.ui.clinical;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.ui.common.Messages;

/** A row of the diagnoses or the treatment history: its lines of text and a button to remove it. */
final class RemovableRow {

    private RemovableRow() {}

    static Node of(VBox text, String id, Runnable remove) {
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button b = new Button(null, new FontIcon("mdi2d-delete-outline"));
        b.getStyleClass().add("flat");
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get("clinical.remove")));
        b.setOnAction(e -> remove.run());
        HBox row = new HBox(10, text, b);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("list-row");
        return row;
    }
}
