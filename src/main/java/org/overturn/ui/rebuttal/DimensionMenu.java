package org.overturn.ui.rebuttal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Messages;

/**
 * The "Change" menus of the statement cards and matrix rows: a menu of dimensions to tick, and the
 * row that puts a menu beside the chips it changes.
 */
final class DimensionMenu {

    /** What ticking or unticking a dimension does. */
    interface Toggle {
        void set(String dimensionId, boolean on);
    }

    private DimensionMenu() {}

    /** A menu of the case's instruments' dimensions (and any already chosen), each a tick. */
    static MenuButton of(RebuttalViewModel vm, String id, List<String> chosen, Toggle toggle) {
        MenuButton menu = new MenuButton(Messages.get("rebuttal.change"));
        menu.setId(id);
        Set<Instrument> instruments = new LinkedHashSet<>(vm.instruments());
        chosen.forEach(d -> instruments.add(ScoredDimensions.instrumentOf(d)));
        for (Instrument i : instruments) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (String d : i.dimensionIds()) {
                CheckMenuItem item = new CheckMenuItem(vm.scored().name(d));
                item.setId(id + "-" + d);
                item.setSelected(chosen.contains(d));
                item.setOnAction(e -> toggle.set(d, item.isSelected()));
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    /** The chips, and the menu that changes them at their right. */
    static HBox beside(Node chips, MenuButton menu) {
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox box = new HBox(10, chips, menu);
        box.setAlignment(Pos.TOP_LEFT);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
