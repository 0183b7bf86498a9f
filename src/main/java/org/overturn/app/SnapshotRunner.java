package org.overturn.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.overturn.core.CoreServices;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.files.DurableFiles;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainWindow;
import org.overturn.ui.opencase.Section;

/**
 * Renders each main screen to a PNG: the Cases screen, every section of one case, and Settings →
 * Practice profile. With no display it uses the Monocle headless platform, so it works on a machine
 * with no desktop at all.
 */
public final class SnapshotRunner {

    private SnapshotRunner() {}

    /** Writes the PNGs and returns their paths. */
    public static List<Path> run(CoreServices core, Path outDir, Optional<Long> caseId)
            throws IOException {
        return run(core, outDir, caseId, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
    }

    /** As {@link #run(CoreServices, Path, Optional)}, with the window at the given size. */
    public static List<Path> run(
            CoreServices core, Path outDir, Optional<Long> caseId, double width, double height)
            throws IOException {
        Files.createDirectories(outDir);
        boolean startedHere = startToolkit();
        Path prefsDir = Files.createTempDirectory("overturn-snapshot-prefs");
        Preferences prefs =
                Preferences.userRoot().node("org/overturn/snapshot-" + prefsDir.getFileName());
        try (AppContext ctx = new AppContext(core, prefs, 50)) {
            MainController main =
                    onFx(
                            () -> {
                                MainWindow.applyTheme();
                                Stage stage = new Stage();
                                MainController shown = MainWindow.show(ctx, stage);
                                stage.setWidth(width);
                                stage.setHeight(height);
                                return shown;
                            });
            waitUntil(() -> !main.viewModel().cases().loadingProperty().get());
            List<Path> written = new ArrayList<>();
            written.add(shoot(main, outDir.resolve("cases.png")));
            Optional<Long> target =
                    caseId.or(
                            () ->
                                    core.cases().summaries().stream()
                                            .map(CaseSummary::id)
                                            .reduce((a, b) -> b));
            if (target.isPresent()) {
                long id = target.get();
                onFx(
                        () -> {
                            main.viewModel().open(id, () -> {});
                            return null;
                        });
                waitUntil(
                        () ->
                                main.viewModel().openCase().isPresent()
                                        && main.workspace().isPresent());
                for (Section s : Section.values()) {
                    onFx(
                            () -> {
                                main.viewModel().openCase().orElseThrow().sectionProperty().set(s);
                                return null;
                            });
                    written.add(
                            shoot(
                                    main,
                                    outDir.resolve(
                                            "case-"
                                                    + s.name()
                                                            .toLowerCase(Locale.ROOT)
                                                            .replace('_', '-')
                                                    + ".png")));
                }
                onFx(
                        () -> {
                            main.viewModel().shutdown();
                            return null;
                        });
            }
            written.add(
                    shootPracticeProfile(main, outDir.resolve("settings-practice-profile.png")));
            onFx(
                    () -> {
                        main.root().getScene().getWindow().hide();
                        return null;
                    });
            return written;
        } finally {
            try {
                prefs.removeNode();
            } catch (BackingStoreException ignored) {
                // nothing was stored that matters
            }
            Files.deleteIfExists(prefsDir);
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** Starts JavaFX unless it runs already; true when this call started it. */
    private static boolean startToolkit() {
        HeadlessPlatform.useWithoutDisplay(Boolean.getBoolean("overturn.headless"));
        CountDownLatch started = new CountDownLatch(1);
        boolean startedHere = true;
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            startedHere = false;
            started.countDown();
        }
        Platform.setImplicitExit(false);
        await(started);
        return startedHere;
    }

    private static Path shoot(MainController main, Path file) throws IOException {
        // Two pulses: one for the change, one for layout of anything it loaded.
        onFx(() -> null);
        onFx(() -> null);
        WritableImage image =
                onFx(
                        () -> {
                            Scene scene = main.root().getScene();
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            return scene.snapshot(null);
                        });
        writePng(toBuffered(image), file);
        return file;
    }

    /** Settings → Practice profile, a dialog over the window: its own scene is drawn. */
    private static Path shootPracticeProfile(MainController main, Path file) throws IOException {
        AtomicReference<Dialog<?>> shown = new AtomicReference<>();
        onFx(
                () -> {
                    main.openPracticeProfile(shown::set);
                    return null;
                });
        waitUntil(() -> shown.get() != null && shown.get().isShowing());
        onFx(() -> null);
        WritableImage image =
                onFx(
                        () -> {
                            Scene scene = shown.get().getDialogPane().getScene();
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            return scene.snapshot(null);
                        });
        onFx(
                () -> {
                    shown.get().close();
                    return null;
                });
        writePng(toBuffered(image), file);
        return file;
    }

    /**
     * The picture, whole or not at all (the app's one way of writing a file: {@link DurableFiles}).
     */
    private static void writePng(BufferedImage image, Path file) throws IOException {
        DurableFiles.write(
                file,
                false,
                out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer in this Java runtime");
                    }
                });
    }

    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pr.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(
                () -> {
                    try {
                        f.complete(work.get());
                    } catch (RuntimeException e) {
                        f.completeExceptionally(e);
                    }
                });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the screen did not respond: " + e.getMessage(), e);
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (onFx(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("timed out waiting for the screen");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
