package org.overturn.app;

import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.core.StoreLocation;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.shared.SharedStoreException;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.ui.common.Messages;

/**
 * Opens a shared case store at start (issue 18): asks for the person's password once for the
 * session (it is never written anywhere), connects off the FX thread, and when the store can't be
 * opened says why in one line and offers to try again, to open this computer's local store instead,
 * or to quit. What the person typed stays in the form.
 */
final class StoreLogin {

    /** What the person ended with: the services opened, or quit. */
    record Outcome(Optional<CoreServices> core, Optional<Exception> localFailure) {}

    private StoreLogin() {}

    /**
     * @return the services of the shared store, or of the local store when the person chose it
     *     (with the local store's own failure, if any, for the app's usual recovery); empty when
     *     they quit
     */
    static Outcome open(Window owner, AppPaths paths, StoreLocation.Shared store, Clock clock) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Messages.get("storeLogin.title"));
        d.setHeaderText(Messages.format("storeLogin.header", store.address().withoutUser()));
        if (owner != null) {
            d.initOwner(owner);
        }
        ButtonType open =
                new ButtonType(Messages.get("storeLogin.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local =
                new ButtonType(Messages.get("storeLogin.local"), ButtonBar.ButtonData.OTHER);
        ButtonType quit =
                new ButtonType(Messages.get("storeLogin.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(open, local, quit);
        d.getDialogPane().setId("storeLoginDialog");

        TextField user = new TextField(defaultUser(store.address()));
        user.setId("storeUser");
        user.setPrefColumnCount(24);
        PasswordField password = new PasswordField();
        password.setId("storePassword");
        password.setPrefColumnCount(24);
        Label userLabel = new Label(Messages.get("storeLogin.user"));
        userLabel.setLabelFor(user);
        userLabel.setMnemonicParsing(true);
        Label passwordLabel = new Label(Messages.get("storeLogin.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        Label message = new Label();
        message.setId("storeLoginMessage");
        message.setStyle("-fx-text-fill: #b42318;");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add("field-error");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        Label note = new Label(Messages.get("storeLogin.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, userLabel, user);
        grid.addRow(1, passwordLabel, new HBox(8, password, busy));
        grid.add(message, 0, 2, 2, 1);
        grid.add(note, 0, 3, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setMinWidth(600);
        d.setResizable(true);
        for (ButtonType b : d.getDialogPane().getButtonTypes()) {
            ((Button) d.getDialogPane().lookupButton(b))
                    .setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Platform.runLater(password::requestFocus);

        CoreServices[] opened = new CoreServices[1];
        Button openButton = (Button) d.getDialogPane().lookupButton(open);
        openButton.addEventFilter(
                javafx.event.ActionEvent.ACTION,
                e -> {
                    e.consume();
                    String login = user.getText().strip();
                    String typed = password.getText();
                    if (login.isEmpty() || typed.isEmpty()) {
                        message.setText(Messages.get("storeLogin.missing"));
                        return;
                    }
                    StoreLocation.Shared as;
                    try {
                        as =
                                new StoreLocation.Shared(
                                        store.address().withUser(login),
                                        store.allowLocalPlain(),
                                        store.caFile());
                    } catch (IllegalArgumentException bad) {
                        message.setText(bad.getMessage());
                        user.requestFocus();
                        return;
                    }
                    busy.setVisible(true);
                    d.getDialogPane().setDisable(true);
                    message.setText(Messages.get("storeLogin.connecting"));
                    Thread t =
                            new Thread(
                                    () -> {
                                        try {
                                            CoreServices core =
                                                    CoreServices.open(
                                                            paths, clock, as, (at, u) -> typed);
                                            Platform.runLater(
                                                    () -> {
                                                        opened[0] = core;
                                                        d.setResult(open);
                                                        d.close();
                                                    });
                                        } catch (SharedStoreException ex) {
                                            Platform.runLater(
                                                    () -> {
                                                        failed(d, busy, message, ex.getMessage());
                                                        openButton.setText(
                                                                Messages.get("storeLogin.retry"));
                                                        if (!ex.unreachable()) {
                                                            password.selectAll();
                                                            password.requestFocus();
                                                        }
                                                    });
                                        } catch (DataFolderException | DatabaseException ex) {
                                            Platform.runLater(
                                                    () ->
                                                            failed(
                                                                    d,
                                                                    busy,
                                                                    message,
                                                                    ex.getMessage()));
                                        }
                                    },
                                    "overturn-store-login");
                    t.setDaemon(true);
                    t.start();
                });
        Optional<ButtonType> chosen = d.showAndWait();
        if (opened[0] != null) {
            return new Outcome(Optional.of(opened[0]), Optional.empty());
        }
        if (chosen.isPresent() && chosen.get() == local) {
            try {
                return new Outcome(Optional.of(CoreServices.open(paths, clock)), Optional.empty());
            } catch (DataFolderException | DatabaseException e) {
                return new Outcome(Optional.empty(), Optional.of(e));
            }
        }
        return new Outcome(Optional.empty(), Optional.empty());
    }

    private static void failed(Dialog<?> d, ProgressIndicator busy, Label message, String why) {
        busy.setVisible(false);
        d.getDialogPane().setDisable(false);
        message.setText(why);
        // The message may take several lines: the window grows so the buttons stay in view.
        Platform.runLater(() -> d.getDialogPane().getScene().getWindow().sizeToScene());
    }

    private static String defaultUser(SharedStoreLocation at) {
        return at.user().orElse(System.getProperty("user.name", ""));
    }
}
