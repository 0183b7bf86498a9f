package org.overturn.ui.main;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.overturn.core.AppInfo;
import org.overturn.core.AppPaths;
import org.overturn.ui.common.Messages;

/** The main window's message boxes: information, errors, the data folder and About. */
final class Notices {

    private final Supplier<Window> owner;

    Notices(Supplier<Window> owner) {
        this.owner = owner;
    }

    void info(String header, String body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, body, ButtonType.OK);
        a.setHeaderText(header);
        a.initOwner(owner.get());
        a.showAndWait();
    }

    void error(String header, String body) {
        Alert a = new Alert(Alert.AlertType.ERROR, body, ButtonType.OK);
        a.setHeaderText(header);
        a.initOwner(owner.get());
        a.showAndWait();
    }

    void dataFolder(AppPaths paths) {
        info(
                Messages.get("dataFolder.title"),
                Messages.format(
                        "dataFolder.body", paths.dataDir(), paths.database(), paths.backups()));
    }

    void about() {
        info(
                Messages.format("about.title", AppInfo.NAME),
                Messages.format(
                        "about.body",
                        AppInfo.version(),
                        System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", "?")));
    }
}
