package org.overturn.ui.workspace;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.Section;

/** A section in the workspace's sidebar: its icon and title, its shortcut in the tooltip. */
final class SectionCell extends ListCell<Section> {

    @Override
    protected void updateItem(Section s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setText(null);
            setGraphic(null);
        } else {
            setText(Messages.get(s.key()));
            setGraphic(new FontIcon(s.icon()));
            String key = SectionShortcuts.shortcutOf(s);
            setTooltip(
                    key.isEmpty()
                            ? null
                            : new Tooltip(Messages.format("workspace.sectionShortcut", key)));
        }
    }
}
