package org.overturn.ui.settings;

import javafx.scene.control.ListCell;

/** A clinician in the list, as {@link ClinicianRow#listText()} words it. */
final class ClinicianCell extends ListCell<ClinicianRow> {

    @Override
    protected void updateItem(ClinicianRow r, boolean empty) {
        super.updateItem(r, empty);
        setText(empty || r == null ? null : r.listText());
    }
}
