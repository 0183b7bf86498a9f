package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: at 1024x700 no section scrolls sideways and no button or choice cuts its text short.
 * (Table cells may end in "…"; a table's columns share what width there is.)
 */
class NarrowWindowUiTest extends UiTestBase {

    @Test
    void everySectionFitsA1024By700WindowWithEveryButtonAndChoiceWhole(FxRobot robot) {
        for (int sample = 0; sample < 2; sample++) {
            Stage stage = (Stage) robot.listWindows().get(0);
            robot.interact(
                    () -> {
                        stage.setWidth(1024);
                        stage.setHeight(700);
                    });
            openSample(robot, sample);
            for (Section s : Section.values()) {
                section(robot, s, Object.class);
                WaitForAsyncUtils.waitForFxEvents();
                robot.sleep(50);
                WaitForAsyncUtils.waitForFxEvents();
                List<String> problems = new ArrayList<>();
                robot.interact(() -> check(stage.getScene().getRoot(), problems));
                if (!problems.isEmpty()) {
                    robot.interact(() -> wide(stage.getScene().getRoot(), 0));
                }
                assertThat(problems).as(s + " of sample " + sample).isEmpty();
            }
            robot.interact(() -> h.main.closeCase());
        }
    }

    private static void check(Node n, List<String> problems) {
        if (!n.isVisible() || n instanceof IndexedCell<?> || n instanceof TableView<?>) {
            return;
        }
        if (n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getParent() != null
                && bar.getParent().getStyleClass().contains("scroll-pane")
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
            problems.add("scrolls sideways: " + bar.getParent().getId());
        }
        if ((n instanceof ButtonBase || n instanceof ComboBoxBase<?>) && n instanceof Parent p) {
            String shown = shownText(p);
            String whole = n instanceof Labeled l ? Mnemonics.plain(l.getText()) : null;
            // JavaFX cuts a label with "..." (its default ellipsis string).
            boolean cut = shown != null && (shown.endsWith("...") || shown.endsWith("…"));
            if (cut && (whole == null || !whole.equals(shown))) {
                problems.add("cut short: " + n.getId() + " shows [" + shown + "]");
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> check(c, problems));
        }
    }

    private static void wide(Node n, int depth) {
        if (n instanceof Region r && r.minWidth(-1) > 600 && depth < 60) {
            System.out.println(
                    "WIDE "
                            + depth
                            + " "
                            + r.getClass().getSimpleName()
                            + " #"
                            + r.getId()
                            + " "
                            + r.getStyleClass()
                            + " min="
                            + (int) r.minWidth(-1));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> wide(c, depth + 1));
        }
    }

    /** The text a control draws: the first Text node inside it. */
    private static String shownText(Parent p) {
        for (Node c : p.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                return t.getText();
            }
            if (c instanceof Parent q) {
                String s = shownText(q);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
