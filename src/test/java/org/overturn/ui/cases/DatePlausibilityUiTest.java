package org.overturn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.testfx.api.FxRobot;

/**
 * Implausible dates are warned, impossible ones refused, and the whole message shows (issue 14,
 * item 5).
 */
class DatePlausibilityUiTest extends UiTestBase {

    /** The label shows all its text: it is as tall as its text needs at its width. */
    private static void whole(FxRobot robot, Label l) {
        robot.interact(() -> {});
        assertThat(l.isVisible()).isTrue();
        assertThat(l.getHeight())
                .as(l.getText())
                .isGreaterThanOrEqualTo(l.prefHeight(l.getWidth()) - 0.5);
        assertThat(l.getText()).doesNotEndWith("...").doesNotEndWith("…");
    }

    @Test
    void
            aBirthDateMakingThePatient111IsWarnedAndKeptOneBefore1900OrInTheFutureIsRefusedEachMessageWhole(
                    FxRobot robot) {
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Ana Ruiz");
        TextField dob = robot.lookup("#dobField").queryAs(TextField.class);
        robot.clickOn(dob).write("12/03/1915");
        Label message = robot.lookup("#dobError").queryAs(Label.class);
        UiHarness.waitUntil(() -> message.getText().contains("years old"));
        assertThat(message.getStyleClass()).contains("field-warning");
        whole(robot, message);
        Node ok =
                robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).as("a warning blocks nothing").isFalse();

        robot.interact(() -> dob.setText("12/03/1886"));
        UiHarness.waitUntil(() -> message.getText().contains("before"));
        whole(robot, message);
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(() -> dob.setText("12/03/2099"));
        UiHarness.waitUntil(() -> message.getText().contains("future"));
        assertThat(message.getStyleClass()).doesNotContain("field-warning");
        whole(robot, message);
        assertThat(ok.isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }
}
