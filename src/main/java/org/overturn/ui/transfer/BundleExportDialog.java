package org.overturn.ui.transfer;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.overturn.ui.backup.PasswordController;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * File → Export case… as a bundle: says what the bundle will hold and offers to protect it with a
 * password. Export has the focus, and stays disabled while a password is asked for and not yet
 * acceptable; Enter presses it, Escape cancels. {@code onExport} gets the password (or none) when
 * the dialog closes with Export; the fields are cleared either way.
 */
public final class BundleExportDialog {

    private BundleExportDialog() {}

    public static Dialog<ButtonType> ask(
            UiServices ctx,
            Window owner,
            BundleExportViewModel vm,
            Consumer<Optional<String>> onExport) {
        ViewLoader.View<BundleExportController> view =
                ctx.views().load(BundleExportController.class, "BundleExport", vm);
        ViewLoader.View<PasswordController> fields =
                ctx.views().load(PasswordController.class, "PasswordDialog", vm.password());
        view.controller().showPasswordFields(fields.root());
        vm.protectProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now) {
                                Platform.runLater(fields.controller()::focus);
                            }
                        });
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("bundle.export.title"));
        dialog.setHeaderText(Messages.get("bundle.export.header"));
        dialog.getDialogPane().setContent(view.root());
        ButtonType export =
                new ButtonType(Messages.get("bundle.export.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(export);
        ok.setId("bundleExportButton");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(vm.acceptableProperty().not());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.initOwner(owner);
        }
        // Enter exports as it is; Tab reaches the check box, Space ticks it and the cursor goes to
        // the password.
        dialog.setOnShown(e -> ok.requestFocus());
        dialog.setOnHidden(
                e -> {
                    Optional<String> password = vm.chosenPassword();
                    vm.clear();
                    if (dialog.getResult() == export) {
                        onExport.accept(password);
                    }
                });
        dialog.show();
        return dialog;
    }
}
