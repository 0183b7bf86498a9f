package org.overturn.ui.main;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.overturn.ui.common.AutoSaver;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.workspace.WorkspaceController;

/**
 * The status bar's save state for the open case: typed text the case does not hold first, then a
 * failed save, then saved or saving.
 */
final class SaveState {

    private SaveState() {}

    static void bind(Label label, WorkspaceViewModel w, WorkspaceController shown) {
        label.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () -> notSavedText(shown).orElseGet(() -> saveText(w)),
                                w.saveStateProperty(),
                                w.saveErrorProperty(),
                                FieldCheck.changes(),
                                w.sectionProperty()));
    }

    /**
     * What typed text the case does not hold: "Not saved: Notice date: … is not a date" (Esc in it
     * discards it).
     */
    private static Optional<String> notSavedText(WorkspaceController shown) {
        List<String> fields = shown.notSaved();
        return fields.isEmpty()
                ? Optional.empty()
                : Optional.of(Messages.format("status.notSaved", String.join("; ", fields)));
    }

    private static String saveText(WorkspaceViewModel w) {
        if (!w.saveErrorProperty().get().isEmpty()) {
            return w.saveErrorProperty().get();
        }
        AutoSaver.State s = w.saveStateProperty().get();
        return switch (s) {
            case SAVED -> Messages.get("status.saved");
            case PENDING -> Messages.get("status.saving");
            case FAILED -> Messages.get("status.saveFailed");
        };
    }
}
