package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.workspace.OverviewController;
import org.testfx.api.FxRobot;

/** Nothing above the field being typed in changes height (issue 14, item 4). */
class StillFieldsUiTest extends UiTestBase {

    @Test
    void typingALastCoveredDayNeverMovesTheFieldAndTheClockCatchesUpWhenTheFocusLeaves(
            FxRobot robot) {
        openSample(robot, 0);
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        // No approved period on the case: the last covered day typed is the only one, so the clock
        // gains a deadline.
        robot.interact(() -> w.edit(c -> c.withAuthorizations(List.of())));
        section(robot, Section.OVERVIEW, OverviewController.class);
        TextField field = robot.lookup("#lastCoveredDayField").queryAs(TextField.class);
        robot.interact(
                () -> {
                    field.requestFocus();
                    field.clear();
                });
        UiHarness.waitUntil(() -> w.caseFile().clock().lastCoveredDay().isEmpty());
        List<Double> ys = new ArrayList<>();
        for (char c : "12/31/2026".toCharArray()) {
            robot.write(String.valueOf(c));
            UiHarness.waitUntil(() -> true);
            robot.interact(() -> ys.add(field.localToScene(field.getBoundsInLocal()).getMinY()));
        }
        UiHarness.waitUntil(
                () ->
                        w.caseFile()
                                .clock()
                                .lastCoveredDay()
                                .equals(Optional.of(LocalDate.of(2026, 12, 31))));
        UiHarness.waitUntil(() -> true);
        robot.interact(() -> ys.add(field.localToScene(field.getBoundsInLocal()).getMinY()));
        assertThat(ys).as("the field's place on screen after each key").containsOnly(ys.get(0));
        // Focus elsewhere: the clock shows the new deadline (and so grows) now that nobody is
        // typing below it.
        robot.interact(() -> robot.lookup("#statusNoteField").query().requestFocus());
        UiHarness.waitUntil(
                () -> field.localToScene(field.getBoundsInLocal()).getMinY() > ys.get(0));
    }
}
