package org.overturn.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * A save refused because someone else saved or deleted the case first (shared store): says which
 * sections differ and asks which version to keep. It has no Cancel: until the person chooses,
 * nothing is saved, so the dialog stays until they do.
 */
final class ConflictDialog {

    private ConflictDialog() {}

    /** Asks, then does what the person chose. */
    static void ask(Window owner, WorkspaceViewModel w, WorkspaceViewModel.Conflict c) {
        boolean deleted = c.theirs().isEmpty();
        ButtonType mine =
                new ButtonType(
                        Messages.get(deleted ? "conflict.keepAsNew" : "conflict.keepMine"),
                        ButtonBar.ButtonData.OTHER);
        ButtonType theirs =
                new ButtonType(
                        Messages.get(deleted ? "conflict.discard" : "conflict.takeTheirs"),
                        ButtonBar.ButtonData.OK_DONE);
        String body =
                deleted
                        ? Messages.format("conflict.deleted.body", w.caseId())
                        : Messages.format(
                                "conflict.body",
                                w.caseId(),
                                c.sections().isEmpty()
                                        ? Messages.get("conflict.noSections")
                                        : String.join(", ", c.sections()));
        Alert a = new Alert(Alert.AlertType.WARNING, body, theirs, mine);
        a.setTitle(Messages.get("conflict.title"));
        a.setHeaderText(Messages.get(deleted ? "conflict.deleted.header" : "conflict.header"));
        a.getDialogPane().setId("conflictDialog");
        if (owner != null) {
            a.initOwner(owner);
        }
        ButtonType chosen = a.showAndWait().orElse(theirs);
        if (chosen == mine) {
            w.keepMine(e -> failed(owner, e));
        } else {
            w.takeTheirs(e -> failed(owner, e));
        }
    }

    private static void failed(Window owner, Throwable e) {
        Alert a =
                new Alert(
                        Alert.AlertType.ERROR,
                        Messages.format("conflict.failed", e.getMessage()),
                        ButtonType.OK);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.showAndWait();
    }
}
