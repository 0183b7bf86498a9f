package org.overturn.ui.cases;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.ViewLoader;

/**
 * The New case dialog: a name, a date of birth and a plan type; OK is held back until the name is
 * there and no field holds text that isn't a value.
 */
final class BlankCaseDialog {

    private BlankCaseDialog() {}

    /**
     * @return what was filled in, empty when cancelled
     */
    static Optional<NewCaseController.Answers> ask(ViewLoader views, Window owner) {
        ViewLoader.View<NewCaseController> view =
                views.load(NewCaseController.class, "NewCaseDialog");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("newCase.title"));
        dialog.setHeaderText(Messages.get("newCase.header"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(
                        view.controller()
                                .invalidBinding()
                                .or(view.controller().nameField().textProperty().isEmpty()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> view.controller().nameField().requestFocus());
        // A message under a field is shown whole: the dialog grows to fit it.
        view.controller().onMessage(() -> Platform.runLater(() -> sizeToScene(dialog)));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            return Optional.of(view.controller().answers());
        }
        return Optional.empty();
    }

    private static void sizeToScene(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
