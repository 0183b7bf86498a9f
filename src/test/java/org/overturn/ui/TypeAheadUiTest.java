package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.workspace.PatientPlanController;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14, the flow: Space opens a drop-down list and typing searches it, with no mouse. */
class TypeAheadUiTest extends UiTestBase {

    @Test
    void typingAStateNameSelectsItAndSpaceOpensTheList(FxRobot robot) {
        openSample(robot, 0);
        section(robot, Section.PATIENT_PLAN, PatientPlanController.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> state = robot.lookup("#patientStateBox").queryAs(ComboBox.class);
        robot.interact(state::requestFocus);
        robot.write("new y");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getValue()).isEqualTo("NY");

        robot.sleep(1_100);
        robot.type(KeyCode.SPACE);
        UiHarness.waitUntil(state::isShowing);
        robot.write("ore");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> !state.isShowing());
        assertThat(state.getValue()).isEqualTo("OR");
    }
}
