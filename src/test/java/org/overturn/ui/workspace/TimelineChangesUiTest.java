package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Timeline's changes by people (issue 18) on the local store: it records none, so the filter is
 * not offered and the section shows the events as before.
 */
class TimelineChangesUiTest extends UiTestBase {

    @Test
    void onTheLocalStoreTheFilterIsHiddenAndTheEventsAreShown(FxRobot robot) {
        openSample(robot, 0);
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        assertThat(w.history().kept()).isFalse();
        section(robot, Section.TIMELINE, TimelineController.class);
        WaitForAsyncUtils.waitForFxEvents();

        Node filter = robot.lookup("#filterBox").query();
        assertThat(filter.isVisible()).isFalse();
        assertThat(filter.isManaged()).isFalse();
        assertThat(robot.lookup("#changesView").query().isVisible()).isFalse();
        TableView<?> events = robot.lookup(".timeline-table").queryAs(TableView.class);
        assertThat(events.isVisible()).isTrue();
        assertThat(events.getItems()).hasSize(w.caseFile().timeline().size());
        assertThat(robot.lookup("#addButton").query().isVisible()).isTrue();
    }
}
