package org.overturn.ui.packet;

import javafx.scene.control.ListCell;
import org.overturn.domain.packet.LetterSection;
import org.overturn.ui.common.Messages;

/** A letter part in the list of parts, marked when the clinician edited its text. */
final class LetterPartCell extends ListCell<LetterSection> {
    @Override
    protected void updateItem(LetterSection s, boolean empty) {
        super.updateItem(s, empty);
        setText(
                empty || s == null
                        ? null
                        : Messages.label(s.part())
                                + (s.wasEdited()
                                        ? "  " + Messages.get("packet.letter.editedMark")
                                        : ""));
    }
}
