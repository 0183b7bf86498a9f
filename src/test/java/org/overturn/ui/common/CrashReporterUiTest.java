package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.overturn.core.AppLog;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, item 8: an exception nothing caught is logged and shown, and its details can be copied.
 */
class CrashReporterUiTest extends UiTestBase {

    @Test
    void anUncaughtFailureIsLoggedAndShownWithCopyableDetailsWithoutItsMessage(FxRobot robot)
            throws Exception {
        Path logs = AppLog.install(h.dataDir, Clock.systemDefaultZone()).orElseThrow();
        CrashReporter reporter = new CrashReporter(() -> Optional.of(logs));
        Thread worker =
                new Thread(
                        () ->
                                reporter.uncaught(
                                        Thread.currentThread(),
                                        new IllegalStateException("patient Jane Doe")),
                        "overturn-worker");
        worker.start();
        worker.join();

        UiHarness.waitUntil(() -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong in Overturn");
        assertThat(pane.getContentText())
                .contains(logs.toString())
                .contains("any patient's details")
                .doesNotContain("Jane Doe");

        Button copy =
                (Button)
                        robot.from(pane).lookup(".button").queryAll().stream()
                                .filter(
                                        n ->
                                                Mnemonics.plain(((Button) n).getText())
                                                        .equals("Copy details"))
                                .findFirst()
                                .orElseThrow();
        robot.interact(copy::fire);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get())
                .contains("java.lang.IllegalStateException")
                .contains("at org.overturn.ui.common.CrashReporterUiTest")
                .doesNotContain("Jane Doe");
        assertThat(dialog()).as("the dialog stays open after copying").isPresent();

        String log = Files.readString(logs.resolve("overturn-" + LocalDate.now() + ".log"));
        assertThat(log)
                .contains("unexpected failure on thread overturn-worker")
                .contains("java.lang.IllegalStateException")
                .doesNotContain("Jane Doe");

        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private static Optional<DialogPane> dialog() {
        AtomicReference<Optional<DialogPane>> found = new AtomicReference<>(Optional.empty());
        WaitForAsyncUtils.asyncFx(
                () ->
                        found.set(
                                Window.getWindows().stream()
                                        .filter(
                                                w ->
                                                        w.isShowing()
                                                                && w.getScene() != null
                                                                && w.getScene().getRoot()
                                                                        instanceof DialogPane)
                                        .map(w -> (DialogPane) w.getScene().getRoot())
                                        .findFirst()));
        WaitForAsyncUtils.waitForFxEvents();
        return found.get();
    }
}
