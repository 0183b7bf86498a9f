package org.overturn.ui.packet;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.overturn.domain.packet.LetterPart;
import org.overturn.ui.common.Messages;

/** Asks before drafting the letter again over parts the clinician edited. */
final class RegenerateDialog {

    private RegenerateDialog() {}

    /**
     * @return true to replace the edited parts too, false to keep them, empty when cancelled
     */
    static Optional<Boolean> ask(Window owner, List<LetterPart> atStake) {
        ButtonType replace =
                new ButtonType(
                        Messages.get("packet.regenerate.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType keep =
                new ButtonType(
                        Messages.get("packet.regenerate.keep"), ButtonBar.ButtonData.OK_DONE);
        Alert a =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.format(
                                "packet.regenerate.body",
                                String.join(", ", atStake.stream().map(Messages::label).toList())),
                        keep,
                        replace,
                        ButtonType.CANCEL);
        a.setHeaderText(Messages.get("packet.regenerate.header"));
        a.initOwner(owner);
        return a.showAndWait().filter(b -> b == replace || b == keep).map(b -> b == replace);
    }
}
