package org.overturn.ui.main;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.overturn.core.AppInfo;
import org.overturn.core.PrepSheetExport;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.ui.backup.BackupViewModel;
import org.overturn.ui.cases.CasesViewModel;
import org.overturn.ui.common.EnterKey;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** Builds the main window on a stage: theme, scene, icon, and the remembered size and position. */
public final class MainWindow {

    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private MainWindow() {}

    /** The theme is global to the toolkit: set once before the first scene. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static MainController show(UiServices ctx, Stage stage) {
        MainViewModel vm =
                new MainViewModel(
                        ctx.background(),
                        ctx.core().cases(),
                        ctx.core().payers(),
                        CaseSession.of(ctx),
                        new CasesViewModel(ctx.background(), caseOperations(ctx), ctx.clock()),
                        new BackupViewModel(ctx.background(), ctx.core().encryptedBackups()));
        ViewLoader.View<MainController> view =
                ctx.views().load(MainController.class, "MainWindow", vm);
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets()
                .add(
                        Objects.requireNonNull(
                                        MainWindow.class.getResource(
                                                "/org/overturn/ui/css/overturn.css"))
                                .toExternalForm());
        EnterKey.install(scene);
        Mnemonics.installEverywhere();
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        restoreBounds(ctx.prefs(), stage);
        // Changes others make in a shared store refresh the list and the open case.
        AutoCloseable listening = ctx.core().caseChanges(new StoreChanges(vm::changedElsewhere));
        stage.setOnCloseRequest(
                e -> {
                    saveBounds(ctx.prefs(), stage);
                    vm.shutdown().ifPresent(w -> keepUnsaved(ctx, stage, w));
                    try {
                        listening.close();
                    } catch (Exception ex) {
                        LOG.log(System.Logger.Level.DEBUG, "store listener not closed", ex);
                    }
                });
        stage.show();
        addIconsAfterShown(stage);
        return view.controller();
    }

    /**
     * After the app's first window is shown, what the first case and the first export need is read
     * ahead (MainViewModel#warmFirstOpen, #setExportRehearsal, and the case screens' classes:
     * FirstOpenClasses). Once per process: the classes and mappings it warms are the process's. Not
     * for {@code snapshot}, whose windows close at once.
     */
    public static void readAhead(UiServices ctx, MainViewModel vm) {
        vm.setExportRehearsal(c -> rehearseExport(ctx, c));
        vm.warmFirstOpen();
        FirstOpenClasses.readAhead(ctx.background(), CLASSES_AFTER_MILLIS);
    }

    /**
     * When the first case's classes are read ahead: after the window's first frames, while the
     * person reads the list.
     */
    static final long CLASSES_AFTER_MILLIS = 800;

    /** The case's prep sheet rendered in memory and dropped. */
    private static void rehearseExport(UiServices ctx, CaseFile c) {
        try {
            new PrepSheetExport(ctx.core()).render(c, ZonedDateTime.now(ctx.clock()));
        } catch (PdfExportException refusedOrFailed) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "the rehearsal export did not render",
                    refusedOrFailed);
        }
    }

    /**
     * The open case could not be saved as the window closes: its version goes into a file in the
     * data folder, and the person is told where.
     */
    public static void keepUnsaved(UiServices ctx, Stage stage, WorkspaceViewModel w) {
        String body;
        try {
            body = Messages.format("unsaved.kept", w.caseId(), UnsavedCopy.keep(ctx, w));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the unsaved case could not be kept", e);
            body = Messages.format("unsaved.lost", w.caseId(), e.getMessage());
        }
        Alert a = new Alert(Alert.AlertType.WARNING, body, ButtonType.OK);
        a.setHeaderText(Messages.get("unsaved.header"));
        a.initOwner(stage);
        a.showAndWait();
    }

    /**
     * The task bar's icons, decoded on their own thread once the window is up: decoding and
     * converting five sizes, in code not yet compiled, took a fifth of the time from the toolkit's
     * start to the Cases screen.
     */
    private static void addIconsAfterShown(Stage stage) {
        Thread decode =
                new Thread(
                        () -> {
                            try {
                                List<Image> icons = loadIcons();
                                Platform.runLater(() -> stage.getIcons().setAll(icons));
                            } catch (RuntimeException e) {
                                LOG.log(
                                        System.Logger.Level.WARNING,
                                        "the window's icons could not be read",
                                        e);
                            }
                        },
                        "overturn-icons");
        decode.setDaemon(true);
        decode.start();
    }

    /** The app icon in each size the window managers ask for, decoded (on any thread). */
    static List<Image> loadIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var in =
                    MainWindow.class.getResourceAsStream(
                            "/org/overturn/icons/overturn-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return List.copyOf(icons);
    }

    static void restoreBounds(Preferences prefs, Stage stage) {
        double w = prefs.getDouble("window.width", DEFAULT_WIDTH);
        double h = prefs.getDouble("window.height", DEFAULT_HEIGHT);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(900, w));
        stage.setHeight(Math.max(600, h));
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    private static boolean onSomeScreen(double x, double y) {
        return Screen.getScreens().stream()
                .map(Screen::getVisualBounds)
                .anyMatch((Rectangle2D b) -> b.contains(x + 40, y + 20));
    }

    static void saveBounds(Preferences prefs, Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
        }
    }

    /** The app's own, from its services. */
    private static CasesViewModel.Operations caseOperations(UiServices ctx) {
        return new CasesViewModel.Operations() {
            @Override
            public List<CaseSummary> summaries() {
                return ctx.core().cases().summaries();
            }

            @Override
            public CaseFile create(CaseFile c) {
                return ctx.core().cases().create(c);
            }

            @Override
            public CaseFile createFromDenial(CaseFile c) {
                return ctx.core().importer().create(c);
            }

            @Override
            public CaseFile importSample(SampleCases.Sample s) {
                return ctx.samples().importSample(s);
            }

            @Override
            public boolean delete(long id) {
                return ctx.core().cases().delete(id);
            }
        };
    }
}
