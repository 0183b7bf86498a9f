package org.overturn.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.overturn.core.AppInfo;
import org.overturn.core.AppLog;

/**
 * A fault in the app that nothing else caught, on any thread: it is logged, and the user is told in
 * a dialog that offers to copy the details (the kind of failure and where it happened, as in the
 * log: no message text, which could quote a patient's details). One dialog at a time; faults while
 * it is open are logged only.
 */
public final class CrashReporter {

    private static final System.Logger LOG = System.getLogger(CrashReporter.class.getName());

    private final Supplier<Optional<Path>> logFolder;
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashReporter(Supplier<Optional<Path>> logFolder) {
        this.logFolder = logFolder;
    }

    /** Becomes the handler of every thread's uncaught exceptions, the FX thread's included. */
    public static CrashReporter install() {
        CrashReporter r = new CrashReporter(AppLog::folder);
        Thread.setDefaultUncaughtExceptionHandler(r::uncaught);
        return r;
    }

    void uncaught(Thread thread, Throwable error) {
        try {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "unexpected failure on thread " + thread.getName(),
                    error);
            if (showing.compareAndSet(false, true)) {
                Platform.runLater(
                        () -> {
                            try {
                                dialog(error).showAndWait();
                            } finally {
                                showing.set(false);
                            }
                        });
            }
        } catch (RuntimeException | Error again) {
            // The toolkit is gone or the dialog itself failed: the log has it; nothing more can be
            // shown.
            showing.set(false);
        }
    }

    /** What "Copy details" puts on the clipboard. */
    String details(Throwable error) {
        return AppInfo.NAME
                + " "
                + AppInfo.version()
                + ", Java "
                + System.getProperty("java.version")
                + ", "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version")
                + System.lineSeparator()
                + AppLog.failure(error);
    }

    Alert dialog(Throwable error) {
        ButtonType copy = new ButtonType(Messages.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        String where =
                logFolder
                        .get()
                        .map(p -> Messages.format("crash.body.log", p))
                        .orElse(Messages.get("crash.body.noLog"));
        Alert a =
                new Alert(
                        Alert.AlertType.ERROR,
                        Messages.format("crash.body", where),
                        copy,
                        ButtonType.CLOSE);
        a.setHeaderText(Messages.get("crash.header"));
        a.getDialogPane().setMinWidth(560);
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(details(error));
                    Clipboard.getSystemClipboard().setContent(c);
                    copyButton.setText(Messages.get("crash.copied"));
                    e.consume(); // the dialog stays open
                });
        return a;
    }
}
