package org.overturn.ui.workspace;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.overturn.domain.cases.Denial;

/**
 * A denial in the narrow denial list: its date as the title, and its type and level of care wrapped
 * below.
 */
final class DenialCell extends ListCell<Denial> {

    @Override
    protected void updateItem(Denial d, boolean empty) {
        super.updateItem(d, empty);
        setText(null);
        setPrefWidth(0);
        if (empty || d == null) {
            setGraphic(null);
            return;
        }
        String[] lines = DenialsViewModel.describe(d).split("\n", 2);
        Label title = new Label(lines[0]);
        title.getStyleClass().add("denial-cell-title");
        Label sub = new Label(lines.length > 1 ? lines[1] : "");
        sub.getStyleClass().add("denial-cell-sub");
        sub.setWrapText(true);
        sub.setMaxWidth(190);
        sub.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(new VBox(2, title, sub));
    }
}
