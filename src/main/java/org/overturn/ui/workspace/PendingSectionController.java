package org.overturn.ui.workspace;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.overturn.ui.common.Messages;

/** A section whose feature is still to come: it says plainly what will be there, and offers no controls. */
public final class PendingSectionController {

    @FXML private Label title;
    @FXML private Label body;

    void show(Section s) {
        title.setText(Messages.get(s.key()));
        body.setText(Messages.get(s.key() + ".pending"));
    }
}
