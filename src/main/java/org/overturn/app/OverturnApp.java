package org.overturn.app;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.overturn.core.AppLog;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.DataFolderException;
import org.overturn.core.StartupRecovery;
import org.overturn.core.StoreLocation;
import org.overturn.persistence.DatabaseCorruptException;
import org.overturn.persistence.DatabaseException;
import org.overturn.ui.common.CrashReporter;
import org.overturn.ui.common.Messages;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainWindow;

/** The desktop app: opens the data folder before the window, and explains any problem with it. */
public final class OverturnApp extends Application {

    private static final System.Logger LOG = System.getLogger(OverturnApp.class.getName());

    /** Where the window's size, columns and other UI choices are kept ({@code java.util.prefs}). */
    private static final String PREFS_NODE = "org/overturn/ui";

    private AppPaths paths;
    private CoreServices core;
    private Exception startupFailure;
    private AppContext ctx;
    private MainController main;
    private boolean readAhead;

    /**
     * The data folder opened while JavaFX starts, when the app was started by {@link
     * #launchDesktop}.
     */
    private static volatile CompletableFuture<Opened> opening;

    /** The case store the app opens: the command line's, else OVERTURN_STORE, else Settings'. */
    private static volatile StoreLocation store = StoreLocation.local();

    private Stage stage;

    /** The database opened, or why it could not be. */
    private record Opened(AppPaths paths, CoreServices core, Exception failure) {
        /** A shared store waits for the person's password, asked once the toolkit is up. */
        static Opened of(AppPaths paths, StoreLocation store) {
            return store.shared() ? new Opened(paths, null, null) : of(paths);
        }

        static Opened of(AppPaths paths) {
            try {
                CoreServices core = CoreServices.open(paths, Clock.systemDefaultZone());
                AppLog.install(paths.dataDir(), core.clock());
                return new Opened(paths, core, null);
            } catch (DataFolderException | DatabaseException e) {
                return new Opened(paths, null, e);
            }
        }
    }

    public static void launchDesktop(String[] args) {
        CrashReporter.install();
        // The database opens (folder checks, integrity check, migrations, the day's backup) on its
        // own thread while
        // JavaFX starts its toolkit: the two are independent, and each takes a few hundred
        // milliseconds cold.
        AppPaths paths = AppPaths.resolve(dataDirArgument(List.of(args)));
        try {
            store =
                    StoreChoice.resolve(
                            List.of(args),
                            Optional.ofNullable(System.getenv("OVERTURN_STORE")),
                            Preferences.userRoot().node(PREFS_NODE));
        } catch (IllegalArgumentException e) {
            System.err.println("overturn: --store: " + e.getMessage());
            System.exit(2);
        }
        StoreLocation chosen = store;
        opening =
                CompletableFuture.supplyAsync(
                        () -> {
                            Opened opened = Opened.of(paths, chosen);
                            readPreferencesEarly();
                            return opened;
                        },
                        task -> {
                            Thread t = new Thread(task, "overturn-open");
                            t.setDaemon(true);
                            t.start();
                        });
        Application.launch(OverturnApp.class, args);
    }

    /**
     * The first read of the UI preferences parses their XML file (the JDK's own parser, its first
     * use in the process): about 25 ms of the window's start when done on the toolkit's thread, so
     * it is done here, on the opening thread, while the toolkit starts. A failure is left for the
     * toolkit's thread to meet and report as before.
     */
    private static void readPreferencesEarly() {
        try {
            Preferences.userRoot().node(PREFS_NODE).getDouble("window.width", 0);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "preferences not read early", e);
        }
    }

    @Override
    public void init() {
        CompletableFuture<Opened> early = opening;
        opening = null;
        Opened o =
                early != null
                        ? early.join()
                        : Opened.of(
                                AppPaths.resolve(dataDirArgument(getParameters().getRaw())), store);
        paths = o.paths();
        core = o.core();
        startupFailure = o.failure();
    }

    static Optional<Path> dataDirArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if ("--data-dir".equals(a) && i + 1 < raw.size()) {
                return Optional.of(Path.of(raw.get(i + 1)));
            }
            if (a.startsWith("--data-dir=")) {
                return Optional.of(Path.of(a.substring("--data-dir=".length())));
            }
        }
        return Optional.empty();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        if (core == null && startupFailure == null && store instanceof StoreLocation.Shared s) {
            StoreLogin.Outcome o = StoreLogin.open(null, paths, s, Clock.systemDefaultZone());
            if (o.core().isEmpty() && o.localFailure().isEmpty()) {
                Platform.exit();
                return;
            }
            core = o.core().orElse(null);
            startupFailure = o.localFailure().orElse(null);
            if (core != null) {
                AppLog.install(paths.dataDir(), core.clock());
            }
        }
        while (core == null) {
            if (!recover(startupFailure)) {
                Platform.exit();
                return;
            }
        }
        if (startupFailure != null) {
            AppLog.install(paths.dataDir(), core.clock()); // the database restored or moved
        }
        showMain();
        logStartup();
    }

    private void showMain() {
        ctx = new AppContext(core, Preferences.userRoot().node(PREFS_NODE), 400);
        ctx.setStoreSwitch(this::switchStore);
        main = MainWindow.show(ctx, stage);
        // Once per process (a store switched to shows the window again), and not for the start-up
        // probe, which leaves at the first screen: the installer's training of the app's class-data
        // archive is such a start, and on a busy machine the read-ahead ran before it left, adding
        // the case's and the screens' classes to an archive meant for the start (26 -> 32 MB).
        if (!readAhead && !startupProbe()) {
            readAhead = true;
            MainWindow.readAhead(ctx, main.viewModel());
        }
    }

    /**
     * Settings → Case store chose another store: what is open here is saved and closed, and the
     * chosen store opened in the same window (a shared one asks for the password). When it can't be
     * opened and the person does not choose the local store, the store open before comes back. The
     * choice is kept for the next start once the chosen store opened.
     */
    private void switchStore(StoreLocation to) {
        main.viewModel().shutdown().ifPresent(w -> MainWindow.keepUnsaved(ctx, stage, w));
        StoreLocation before = core.store();
        ctx.close();
        core = null;
        main = null;
        try {
            if (to instanceof StoreLocation.Shared s) {
                StoreLogin.Outcome o = StoreLogin.open(stage, paths, s, Clock.systemDefaultZone());
                core = o.core().orElse(null);
            } else {
                core = CoreServices.open(paths, Clock.systemDefaultZone());
            }
            if (core == null && before instanceof StoreLocation.Shared s) {
                core =
                        StoreLogin.open(stage, paths, s, Clock.systemDefaultZone())
                                .core()
                                .orElse(null);
            }
            if (core == null) {
                core = CoreServices.open(paths, Clock.systemDefaultZone());
            }
        } catch (DataFolderException | DatabaseException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.CLOSE);
            a.setHeaderText(Messages.get("startup.database.header"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        store = core.store();
        if (store.shown().equals(to.shown())) {
            // Kept for the next start only once it opened (with the login used): a store that
            // could not be opened, or was left for this computer's for the session, does not
            // become the setting.
            StoreChoice.save(Preferences.userRoot().node(PREFS_NODE), store);
        }
        showMain();
    }

    private static boolean startupProbe() {
        return Boolean.getBoolean("overturn.startupProbe");
    }

    private void logStartup() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.log(System.Logger.Level.INFO, "Cases screen shown {0} ms after JVM start", uptime);
        if (startupProbe()) {
            // Used by the start-up benchmark: report and leave as soon as the first screen is up.
            System.out.println("STARTUP_MS " + uptime);
            Platform.runLater(Platform::exit);
        }
    }

    /**
     * Tells the user what is wrong with the data folder or database and lets them choose; false
     * means quit.
     */
    private boolean recover(Exception failure) {
        if (failure instanceof DataFolderException) {
            Alert a = new Alert(Alert.AlertType.ERROR, failure.getMessage(), ButtonType.CLOSE);
            a.setHeaderText(Messages.get("startup.dataFolder.header"));
            a.showAndWait();
            return false;
        }
        if (failure instanceof DatabaseCorruptException corrupt) {
            return recoverCorrupt(corrupt);
        }
        Alert a = new Alert(Alert.AlertType.ERROR, failure.getMessage(), ButtonType.CLOSE);
        a.setHeaderText(Messages.get("startup.database.header"));
        a.showAndWait();
        return false;
    }

    private boolean recoverCorrupt(DatabaseCorruptException corrupt) {
        StartupRecovery recovery = new StartupRecovery(paths, Clock.systemDefaultZone());
        Optional<Path> latest = recovery.latestBackup();
        ButtonType restore =
                new ButtonType(Messages.get("startup.corrupt.restore"), ButtonBar.ButtonData.YES);
        ButtonType fresh =
                new ButtonType(Messages.get("startup.corrupt.newFile"), ButtonBar.ButtonData.NO);
        ButtonType quit =
                new ButtonType(
                        Messages.get("startup.corrupt.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String body =
                Messages.format(
                        "startup.corrupt.body",
                        corrupt.getMessage(),
                        latest.map(Path::toString)
                                .orElse(Messages.get("startup.corrupt.noBackup")));
        Alert a =
                latest.isPresent()
                        ? new Alert(Alert.AlertType.ERROR, body, restore, fresh, quit)
                        : new Alert(Alert.AlertType.ERROR, body, fresh, quit);
        a.setHeaderText(Messages.get("startup.corrupt.header"));
        a.getDialogPane().setMinWidth(640);
        Optional<ButtonType> choice = a.showAndWait();
        try {
            if (choice.isPresent() && choice.get() == restore) {
                core = recovery.restoreLatest();
                return true;
            }
            if (choice.isPresent() && choice.get() == fresh) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(Messages.get("startup.corrupt.chooseFolder"));
                File dir = chooser.showDialog(null);
                if (dir == null) {
                    return true;
                }
                paths = new AppPaths(dir.toPath());
                core = recovery.startElsewhere(paths);
                return true;
            }
        } catch (DataFolderException | DatabaseException e) {
            startupFailure = e;
            return true;
        }
        return false;
    }

    @Override
    public void stop() {
        if (main != null) {
            main.viewModel().shutdown();
        }
        if (ctx != null) {
            ctx.close();
        }
    }
}
