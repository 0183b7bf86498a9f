package org.overturn.ui.common;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * After an export: offer to open the file in the system's viewer. The viewer is reached through AWT off the FX
 * thread; where there is no desktop (headless, a server) the path is reported instead, never a crash.
 */
public final class OpenFile {

    private OpenFile() {
    }

    /** Asks whether to open the file just written; nothing is shown when the window is gone (tests, headless). */
    public static void offer(UiServices services, Path file, Window owner, String header, Consumer<String> report) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        ButtonType open = new ButtonType(Messages.get("file.open"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.format("file.savedAs", file), open, ButtonType.CLOSE);
        a.setHeaderText(header);
        a.initOwner(owner);
        a.resultProperty().addListener((o, old, b) -> {
            if (b == open) {
                open(services, file, report);
            }
        });
        a.show();
    }

    /** Opens the file in the system viewer, or reports where it is when no viewer can be started. */
    public static void open(UiServices services, Path file, Consumer<String> report) {
        services.background().run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            try {
                Desktop.getDesktop().open(file.toFile());
                return true;
            } catch (Exception e) {
                return false;
            }
        }, opened -> {
            if (!opened) {
                report.accept(Messages.format("file.noViewer", file));
            }
        }, e -> report.accept(Messages.format("file.noViewer", file)));
    }
}
