package org.overturn.ui.settings;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * Opens Settings → Practice profile as a dialog, from the menu or from a screen that needs it (the
 * Letters section's signer list). The profile is read off the FX thread first; OK stores it and
 * closes only once it is stored, so a failed save keeps everything typed on screen.
 */
public final class PracticeProfileDialog {

    private PracticeProfileDialog() {}

    /**
     * Reads the stored profile, then shows the dialog; {@code shown} gets it (tests drive it from
     * there).
     */
    public static void open(
            UiServices ctx,
            PracticeProfiles profiles,
            Window owner,
            Consumer<Dialog<ButtonType>> shown) {
        profiles.reload(
                p -> shown.accept(show(ctx, profiles, p, owner)),
                e ->
                        new Alert(
                                        Alert.AlertType.ERROR,
                                        Messages.format("profile.loadFailed", e.getMessage()),
                                        ButtonType.OK)
                                .show());
    }

    static Dialog<ButtonType> show(
            UiServices ctx, PracticeProfiles profiles, PracticeProfile p, Window owner) {
        PracticeProfileViewModel vm = new PracticeProfileViewModel(ctx.background(), profiles, p);
        ViewLoader.View<PracticeProfileController> view =
                ctx.views().load(PracticeProfileController.class, "PracticeProfile", vm);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("profile.title"));
        dialog.getDialogPane().setContent(view.root());
        // Wide enough for the clinicians' list beside their form; never squeezed below what it
        // needs.
        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.initOwner(owner);
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("profileOkButton");
        ok.disableProperty().bind(vm.problemProperty().isNotEmpty().or(vm.savingProperty()));
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    // The dialog closes once the profile is stored; a refusal or failure is shown
                    // in it instead.
                    e.consume();
                    vm.save(
                            () -> {
                                dialog.setResult(ButtonType.OK);
                                dialog.close();
                            });
                });
        dialog.show();
        return dialog;
    }
}
