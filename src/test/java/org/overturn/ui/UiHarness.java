package org.overturn.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.overturn.app.AppContext;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a fresh data folder, as the app does, for TestFX tests. */
public final class UiHarness {

    public final Path dataDir;
    public final Preferences prefs;
    public AppContext ctx;
    public MainController main;

    public UiHarness() throws IOException {
        this(Files.createTempDirectory("overturn-ui-test"));
    }

    public UiHarness(Path dataDir) {
        this.dataDir = dataDir;
        this.prefs = Preferences.userRoot().node("org/overturn/test/" + UUID.randomUUID());
    }

    public CoreServices openCore() throws DataFolderException {
        return CoreServices.open(new AppPaths(dataDir), Clock.systemDefaultZone());
    }

    /**
     * Builds a new application context over the data folder and shows the main window on the stage.
     */
    public MainController start(Stage stage) throws DataFolderException {
        MainWindow.applyTheme();
        ctx = new AppContext(openCore(), prefs, 50);
        main = MainWindow.show(ctx, stage);
        return main;
    }

    /** Saves what is pending and closes the context, as quitting does. */
    public void stop() {
        if (main != null) {
            WaitForAsyncUtils.asyncFx(() -> main.viewModel().shutdown());
            WaitForAsyncUtils.waitForFxEvents();
            // Dialogs and extra windows a test left open would sit over the next test's window and
            // take its clicks.
            WaitForAsyncUtils.asyncFx(
                    () ->
                            new ArrayList<>(Window.getWindows())
                                    .stream()
                                            .filter(
                                                    w ->
                                                            w.getScene() == null
                                                                    || w.getScene().getRoot()
                                                                            != main.root())
                                            .forEach(Window::hide));
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    public void forget() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException ignored) {
            // test preferences only
        }
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> {
                        WaitForAsyncUtils.waitForFxEvents();
                        return condition.getAsBoolean();
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
