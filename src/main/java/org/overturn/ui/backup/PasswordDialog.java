package org.overturn.ui.backup;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * Asks for a password: twice, and at least eight characters, for a new backup or a protected PDF;
 * once to open a backup or a case bundle. OK stays disabled until the password is acceptable; Enter
 * presses it, Escape cancels. The answer goes to {@code onOk} when the dialog closes with OK, and
 * the fields are cleared either way.
 */
public final class PasswordDialog {

    private PasswordDialog() {}

    public static Dialog<ButtonType> ask(
            UiServices ctx,
            Window owner,
            PasswordViewModel.Purpose purpose,
            Consumer<String> onOk) {
        return ask(ctx, owner, purpose, Optional.empty(), onOk);
    }

    /**
     * As {@link #ask(UiServices, Window, PasswordViewModel.Purpose, Consumer)}, saying first why
     * the last password was not accepted.
     */
    public static Dialog<ButtonType> ask(
            UiServices ctx,
            Window owner,
            PasswordViewModel.Purpose purpose,
            Optional<String> problem,
            Consumer<String> onOk) {
        PasswordViewModel vm = new PasswordViewModel(purpose);
        problem.ifPresent(vm::showProblem);
        ViewLoader.View<PasswordController> view =
                ctx.views().load(PasswordController.class, "PasswordDialog", vm);
        Dialog<ButtonType> dialog = new Dialog<>();
        switch (purpose) {
            case NEW_BACKUP -> {
                dialog.setTitle(Messages.get("password.title.backup"));
                dialog.setHeaderText(Messages.get("password.header.backup"));
            }
            case OPEN_BACKUP -> {
                dialog.setTitle(Messages.get("password.title.open"));
                dialog.setHeaderText(Messages.get("password.header.open"));
            }
            case PROTECT_PDF -> {
                dialog.setTitle(Messages.get("password.title.pdf"));
                dialog.setHeaderText(Messages.get("password.header.pdf"));
            }
            case OPEN_BUNDLE -> {
                dialog.setTitle(Messages.get("password.title.openBundle"));
                dialog.setHeaderText(Messages.get("password.header.openBundle"));
            }
            case PROTECT_BUNDLE -> {
                // asked inside the bundle export dialog, which has its own title
            }
        }
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("passwordOkButton");
        ok.disableProperty().bind(vm.acceptableProperty().not());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> view.controller().focus());
        dialog.setOnHidden(
                e -> {
                    String password = vm.password();
                    vm.clear();
                    if (dialog.getResult() == ButtonType.OK && !password.isEmpty()) {
                        onOk.accept(password);
                    }
                });
        dialog.show();
        return dialog;
    }
}
