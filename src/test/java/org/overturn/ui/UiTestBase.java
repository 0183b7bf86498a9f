package org.overturn.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.core.SampleCases;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the real main window on a fresh data folder: started before each test, saved and
 * closed after it, with the steps most screen tests share.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
public abstract class UiTestBase {

    protected UiHarness h;

    // TestFX's @Start is looked up on the test class only, so the base starts the window in
    // @BeforeEach instead.
    @BeforeEach
    void startWindow() throws Exception {
        h = new UiHarness();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(
                s -> {
                    try {
                        h.start(s);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @AfterEach
    void closeWindow() {
        h.stop();
        h.forget();
    }

    /**
     * Imports a shipped sample case (0: mental-health ERISA, 1: substance-use Medicaid) and opens
     * it.
     */
    protected void openSample(FxRobot robot, int index) {
        robot.interact(
                () ->
                        h.main.viewModel()
                                .cases()
                                .openSample(
                                        SampleCases.ALL.get(index),
                                        c ->
                                                h.main.viewModel()
                                                        .open(c.id().orElseThrow(), () -> {})));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
    }

    /** Shows a section of the open case and returns its controller. */
    protected <T> T section(FxRobot robot, Section s, Class<T> type) {
        AtomicReference<T> controller = new AtomicReference<>();
        robot.interact(() -> controller.set(h.main.workspace().orElseThrow().section(s, type)));
        UiHarness.waitUntil(() -> controller.get() != null);
        return controller.get();
    }

    /** Types into a field that may be scrolled out of view (TestFX only clicks what is visible). */
    protected static void type(FxRobot robot, String query, String text) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.write(text);
    }
}
