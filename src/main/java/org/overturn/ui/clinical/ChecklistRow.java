package org.overturn.ui.clinical;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.rebuttal.ChecklistLine;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * One line of the documentation checklist: whether the case has the item, its hint, and for an item
 * the case can't show by itself, a box to say the clinician holds it.
 */
final class ChecklistRow {

    private ChecklistRow() {}

    static Node of(ChecklistLine l, ClinicalViewModel vm) {
        boolean present = l.present();
        FontIcon icon =
                new FontIcon(present ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add(present ? "icon-ok" : "icon-missing");
        Label name = Nodes.label(Messages.label(l.item()), "row-criterion");
        name.setMinWidth(300);
        name.setPrefWidth(300);
        Label hint = Nodes.label(ClinicalViewModel.hint(l), "text-muted");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, icon, name, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!ClinicalViewModel.FROM_CASE_ONLY.contains(l.item())) {
            CheckBox held = new CheckBox(Messages.get("clinical.checklist.held"));
            held.setId("held-" + l.item().id());
            held.setSelected(vm.ticked(l.item()));
            held.setOnAction(e -> vm.tick(l.item(), held.isSelected()));
            held.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(held);
        }
        return row;
    }
}
