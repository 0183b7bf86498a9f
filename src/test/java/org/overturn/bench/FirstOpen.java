package org.overturn.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.overturn.app.AppContext;
import org.overturn.app.HeadlessPlatform;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.ui.cases.CaseRow;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainViewModel;
import org.overturn.ui.main.MainWindow;

/**
 * How long the first case opened in a fresh process takes, from the request to the end of the first
 * frame's layout with its workspace: the app's main window over the data folder given, with what
 * the app reads ahead once its window shows, and the case at the top of the list opened a while
 * after the list shows, as a person would. Prints {@code OPEN_MS n} and exits. Not a test: timings
 * belong to a quiet machine. With no display, JavaFX runs headless (Monocle).
 *
 * <pre>
 *   java -XX:SharedArchiveFile=target/overturn-app.jsa -cp target/overturn.jar:target/test-classes \
 *       'org.overturn.bench.FirstOpen$Main' DATA-DIR [WAIT-MS] [--record]
 * </pre>
 *
 * {@code --record} reads ahead only the case's data, not the classes, and loads {@link Opening} and
 * {@link Opened} as the open starts and ends: {@code bench/first-open-classes.sh} lists the classes
 * loaded between the two from a class-loading log.
 */
public final class FirstOpen extends Application {

    private static Path data;
    private static long waitMillis = 1500;
    private static boolean record;

    /** Loaded as the open is asked for: a mark in the class-loading log. */
    static final class Opening {
        static void mark() {}
    }

    /** Loaded when the open has been laid out: a mark in the class-loading log. */
    static final class Opened {
        static void mark() {}
    }

    /**
     * Launched through a plain class: JavaFX refuses an Application subclass as the main class on
     * the class path.
     */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            data = Path.of(args[0]);
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--record")) {
                    record = true;
                } else {
                    waitMillis = Long.parseLong(args[i]);
                }
            }
            HeadlessPlatform.useWithoutDisplay(false);
            launch(FirstOpen.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        MainWindow.applyTheme();
        CoreServices core = CoreServices.open(new AppPaths(data), Clock.systemDefaultZone());
        AppContext ctx =
                new AppContext(
                        core, Preferences.userRoot().node("org/overturn/bench/firstOpen"), 400);
        MainController main = MainWindow.show(ctx, stage);
        MainViewModel vm = main.viewModel();
        if (record) {
            vm.warmFirstOpen();
        } else {
            MainWindow.readAhead(ctx, vm);
        }
        ListChangeListener<CaseRow> rows =
                new ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends CaseRow> c) {
                        if (!vm.cases().rows().isEmpty()) {
                            vm.cases().rows().removeListener(this);
                            openLater(stage, vm, vm.cases().rows().get(0).id());
                        }
                    }
                };
        vm.cases().rows().addListener(rows);
    }

    private static void openLater(Stage stage, MainViewModel vm, long id) {
        Thread t =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(waitMillis);
                            } catch (InterruptedException e) {
                                return;
                            }
                            Platform.runLater(() -> open(stage, vm, id));
                        });
        t.setDaemon(true);
        t.start();
    }

    private static void open(Stage stage, MainViewModel vm, long id) {
        Opening.mark();
        long start = System.nanoTime();
        vm.openCaseProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now != null) {
                                // the workspace is in the scene: report once its first pulse has
                                // laid it out
                                Runnable[] after = new Runnable[1];
                                after[0] =
                                        () -> {
                                            stage.getScene()
                                                    .removePostLayoutPulseListener(after[0]);
                                            long ms = (System.nanoTime() - start) / 1_000_000;
                                            Opened.mark();
                                            System.out.println("OPEN_MS " + ms);
                                            Platform.exit();
                                        };
                                stage.getScene().addPostLayoutPulseListener(after[0]);
                            }
                        });
        vm.open(id, () -> System.exit(3));
    }
}
