package org.overturn.ui.cases;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.ViewLoader;

/**
 * The New case from a denial dialog around the intake form: Ctrl+Enter creates from anywhere in it,
 * and closing it asks before a pasted letter is thrown away.
 */
final class FromDenialDialog {

    private FromDenialDialog() {}

    /**
     * @return the case the confirmed values make, empty when the dialog was closed without creating
     */
    static Optional<CaseFile> ask(
            ViewLoader views, Window owner, Supplier<Optional<Clinician>> defaultSigner) {
        IntakeViewModel intake = new IntakeViewModel(defaultSigner);
        ViewLoader.View<IntakeController> view =
                views.load(IntakeController.class, "IntakeDialog", intake);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("intake.title"));
        dialog.setHeaderText(Messages.get("intake.header"));
        dialog.setResizable(true);
        ButtonType create =
                new ButtonType(Messages.get("intake.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(900);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.disableProperty().bind(view.controller().blockedBinding());
        dialog.getDialogPane()
                .addEventFilter(
                        KeyEvent.KEY_PRESSED,
                        e -> {
                            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                                e.consume();
                                if (!createButton.isDisabled()) {
                                    ((Button) createButton).fire();
                                }
                            }
                        });
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> view.controller().letterArea().requestFocus());
        // Cancel, Escape and the window's close button never throw away a pasted letter without
        // asking.
        dialog.setOnCloseRequest(
                e -> {
                    if (dialog.getResult() != create
                            && intake.hasInput()
                            && !confirmDiscard(dialog)) {
                        e.consume();
                    }
                });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == create) {
            return Optional.of(intake.toCase());
        }
        return Optional.empty();
    }

    private static boolean confirmDiscard(Dialog<?> owner) {
        ButtonType discard =
                new ButtonType(Messages.get("intake.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep =
                new ButtonType(
                        Messages.get("intake.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.get("intake.discard.body"),
                        discard,
                        keep);
        a.setHeaderText(Messages.get("intake.discard.header"));
        if (owner.getDialogPane().getScene() != null) {
            a.initOwner(owner.getDialogPane().getScene().getWindow());
        }
        ((Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return a.showAndWait().filter(b -> b == discard).isPresent();
    }
}
