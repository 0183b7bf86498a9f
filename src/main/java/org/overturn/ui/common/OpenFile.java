package org.overturn.ui.common;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * After an export: offer to open the file in the system's viewer. The viewer is reached through AWT
 * off the FX thread; where there is no desktop (headless, a server) the path is reported instead,
 * never a crash.
 */
public final class OpenFile {

    private OpenFile() {}

    /**
     * Says where the file went, with a link to open it, in the window's status bar: nothing takes
     * the focus or covers the work, so the next key still goes where the clinician was. Nothing is
     * shown when the window is gone.
     */
    public static void offer(
            UiServices services, Path file, Window owner, String header, Consumer<String> report) {
        Hyperlink open = new Hyperlink(Messages.get("file.open"));
        open.setId("openSavedFile");
        open.setFocusTraversable(false);
        open.setOnAction(e -> open(services, file, report));
        show(
                owner,
                header + " — " + Messages.format("file.savedAs", file.getFileName()),
                file,
                open);
    }

    /**
     * Says what was written and where in the window's status bar, for a file no viewer opens (a
     * case file or bundle); the full path is in the tooltip.
     */
    public static void tell(Window owner, String message, Path file) {
        show(owner, message, file);
    }

    private static void show(Window owner, String message, Path file, Hyperlink... links) {
        if (owner == null || !owner.isShowing() || owner.getScene() == null) {
            return;
        }
        if (!(owner.getScene().lookup("#fileNotice") instanceof HBox notice)) {
            return;
        }
        Label text = new Label(message);
        text.setId("fileNoticeText");
        text.getStyleClass().add("status-text");
        text.setTooltip(new Tooltip(file.toString()));
        Hyperlink close = new Hyperlink("×");
        close.setFocusTraversable(false);
        close.setAccessibleText(Messages.get("file.notice.close"));
        close.setOnAction(e -> hide(notice));
        notice.getChildren().setAll(text);
        notice.getChildren().addAll(links);
        notice.getChildren().add(close);
        notice.setVisible(true);
        notice.setManaged(true);
    }

    private static void hide(HBox notice) {
        notice.getChildren().clear();
        notice.setVisible(false);
        notice.setManaged(false);
    }

    /**
     * Opens the file in the system viewer, or reports where it is when no viewer can be started.
     */
    public static void open(UiServices services, Path file, Consumer<String> report) {
        services.background()
                .run(
                        () -> {
                            if (!Desktop.isDesktopSupported()
                                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                                return false;
                            }
                            try {
                                Desktop.getDesktop().open(file.toFile());
                                return true;
                            } catch (Exception e) {
                                return false;
                            }
                        },
                        opened -> {
                            if (!opened) {
                                report.accept(Messages.format("file.noViewer", file));
                            }
                        },
                        e -> report.accept(Messages.format("file.noViewer", file)));
    }
}
