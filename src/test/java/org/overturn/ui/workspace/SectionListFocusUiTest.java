package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiTestBase;
import org.testfx.api.FxRobot;

/**
 * The sections sidebar shows its focus as one ring around the selected section: the ring drawn as
 * an effect on the transparent list outlined every cell, empty ones too (seen under Xvfb after
 * Ctrl+2).
 */
class SectionListFocusUiTest extends UiTestBase {

    @Test
    void theFocusedSidebarRingsTheSelectedSectionOnly(FxRobot robot) {
        openSample(robot, 0);
        ListView<?> list = robot.lookup(".section-list").queryAs(ListView.class);
        robot.interact(
                () -> {
                    list.requestFocus();
                    list.applyCss();
                    list.layout();
                });
        AtomicReference<Object> effect = new AtomicReference<>();
        AtomicReference<Object> ring = new AtomicReference<>();
        robot.interact(
                () -> {
                    effect.set(list.getEffect());
                    for (var n : list.lookupAll(".list-cell")) {
                        ListCell<?> cell = (ListCell<?>) n;
                        if (cell.isSelected() && cell.getBackground() != null) {
                            ring.set(cell.getBackground().getFills().get(0).getFill());
                        }
                    }
                });
        assertThat(list.isFocused()).isTrue();
        assertThat(effect.get()).isNull();
        assertThat(ring.get()).isEqualTo(Color.web("#0969da"));
    }
}
