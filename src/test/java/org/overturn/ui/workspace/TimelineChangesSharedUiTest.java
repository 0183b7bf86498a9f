package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.app.AppContext;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.SampleCases;
import org.overturn.core.StoreLocation;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.persistence.shared.PgServer;
import org.overturn.persistence.shared.SharedStoreLocation;
import org.overturn.persistence.shared.SharedStoreSchema;
import org.overturn.ui.UiHarness;
import org.overturn.ui.main.MainController;
import org.overturn.ui.main.MainWindow;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Timeline's changes by people on a shared store (issue 18): the filter is offered, and
 * choosing it lists who changed the case and which sections, newest first. The real main window
 * over a real PostgreSQL server; a picture of the section is left in target/ for a look.
 */
@Tag("ui")
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class TimelineChangesSharedUiTest {

    private static PgServer server;

    private AppContext ctx;
    private MainController main;
    private Preferences prefs;

    @BeforeAll
    static void startServer() throws Exception {
        server = PgServer.start();
        server.newDatabase("timeline_ui");
        try (Connection c = server.owner("timeline_ui")) {
            SharedStoreSchema.init(c);
        }
        server.user("tl_ann", "ann-pw-1", "overturn_admin");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (main != null) {
            WaitForAsyncUtils.asyncFx(() -> main.viewModel().shutdown());
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (ctx != null) {
            ctx.close();
        }
        prefs.removeNode();
    }

    @Test
    void onASharedStoreTheFilterListsWhoChangedTheCase(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("overturn-ui-shared");
        StoreLocation store =
                new StoreLocation.Shared(
                        SharedStoreLocation.parse(
                                server.uri("timeline_ui").replace("//", "//tl_ann@")),
                        true,
                        Optional.empty());
        CoreServices core =
                CoreServices.open(
                        new AppPaths(dir), Clock.systemDefaultZone(), store, (at, u) -> "ann-pw-1");
        assertThat(core.caseHistory().kept()).isTrue();
        prefs = Preferences.userRoot().node("org/overturn/test/" + UUID.randomUUID());
        ctx = new AppContext(core, prefs, 50);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(
                s -> {
                    MainWindow.applyTheme();
                    main = MainWindow.show(ctx, s);
                    s.setWidth(1280);
                    s.setHeight(800);
                });
        robot.interact(
                () ->
                        main.viewModel()
                                .cases()
                                .openSample(
                                        SampleCases.ALL.get(0),
                                        c ->
                                                main.viewModel()
                                                        .open(c.id().orElseThrow(), () -> {})));
        UiHarness.waitUntil(() -> main.workspace().isPresent());
        WorkspaceViewModel w = main.viewModel().openCase().orElseThrow();
        robot.interact(() -> w.edit(c -> c.withStatus(CaseStatus.APPEAL_FILED)));
        assertThat(w.flush()).isTrue();

        AtomicReference<TimelineController> shown = new AtomicReference<>();
        robot.interact(
                () ->
                        shown.set(
                                main.workspace()
                                        .orElseThrow()
                                        .section(Section.TIMELINE, TimelineController.class)));
        UiHarness.waitUntil(() -> shown.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filterBox").query().isVisible()).isTrue();
        ToggleButton changes = robot.lookup("#changesToggle").queryAs(ToggleButton.class);
        robot.clickOn(changes);
        TableView<ChangesViewModel.Row> table =
                robot.lookup(".changes-table").queryAs(TableView.class);
        UiHarness.waitUntil(() -> table.getItems().size() >= 2);
        assertThat(robot.lookup("#eventsView").query().isVisible()).isFalse();
        assertThat(table.getItems().get(0).who()).isEqualTo("tl_ann");
        assertThat(table.getItems().get(0).what()).isEqualTo("Changed Status");
        assertThat(table.getItems())
                .last()
                .extracting(ChangesViewModel.Row::what)
                .isEqualTo("Added the case");

        // A later save shows as it lands.
        int before = table.getItems().size();
        robot.interact(() -> w.edit(c -> c.withStatus(CaseStatus.CLOSED)));
        UiHarness.waitUntil(() -> table.getItems().size() == before + 1);

        WritableImage image =
                WaitForAsyncUtils.asyncFx(
                                () -> {
                                    Scene scene = main.root().getScene();
                                    scene.getRoot().applyCss();
                                    scene.getRoot().layout();
                                    return scene.snapshot(null);
                                })
                        .get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            png.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageIO.write(png, "png", Path.of("target", "timeline-changes-shared.png").toFile());

        robot.clickOn(robot.lookup("#eventsToggle").queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#eventsView").query().isVisible()).isTrue();
    }
}
