package org.overturn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.Mnemonics;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing lost: Escape or Cancel in "New case from a denial" asks before it throws a pasted letter
 * away.
 */
class IntakeDiscardUiTest extends UiTestBase {

    private static boolean asking(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(d -> "Discard this denial letter?".equals(d.getHeaderText()));
    }

    private static void answer(FxRobot robot, String label) {
        DialogPane ask =
                robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                        .filter(d -> "Discard this denial letter?".equals(d.getHeaderText()))
                        .findFirst()
                        .orElseThrow();
        Button b =
                robot.from(ask)
                        .lookup((Button x) -> label.equals(Mnemonics.plain(x.getText())))
                        .query();
        robot.interact(b::fire);
    }

    @Test
    void escapeAfterPastingAsksAndKeepingEditingKeepsTheLetter(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        UiHarness.waitUntil(() -> robot.lookup("#letterArea").tryQuery().isPresent());
        TextArea letter = robot.lookup("#letterArea").queryAs(TextArea.class);
        robot.interact(
                () ->
                        letter.setText(
                                "Member: Jordan Ellery\nThe request for continued IOP is denied."));

        robot.type(KeyCode.ESCAPE);
        UiHarness.waitUntil(() -> asking(robot));
        answer(robot, "Keep editing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#letterArea").tryQuery()).isPresent();
        assertThat(letter.getText()).startsWith("Member: Jordan Ellery");

        robot.type(KeyCode.ESCAPE);
        UiHarness.waitUntil(() -> asking(robot));
        answer(robot, "Discard");
        UiHarness.waitUntil(() -> robot.lookup("#letterArea").tryQuery().isEmpty());
        assertThat(h.main.viewModel().cases().rows()).isEmpty();
    }

    @Test
    void anEmptyDialogClosesOnEscapeWithoutAsking(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        UiHarness.waitUntil(() -> robot.lookup("#letterArea").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        UiHarness.waitUntil(() -> robot.lookup("#letterArea").tryQuery().isEmpty());
        assertThat(asking(robot)).isFalse();
    }
}
