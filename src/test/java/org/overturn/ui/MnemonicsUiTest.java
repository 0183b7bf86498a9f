package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, the flow: every button on every screen has an Alt mnemonic, none shared, and Alt+letter
 * presses it.
 */
class MnemonicsUiTest extends UiTestBase {

    @Test
    void everyButtonOfEverySectionHasItsOwnMnemonic(FxRobot robot) {
        assertUnique(robot, "Cases");
        openSample(robot, 0);
        for (Section s : Section.values()) {
            section(robot, s, Object.class);
            WaitForAsyncUtils.waitForFxEvents();
            assertUnique(robot, s.name());
        }
    }

    @Test
    void altAndTheLetterPressTheButton(FxRobot robot) {
        openSample(robot, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Button back = robot.lookup("#backButton").queryAs(Button.class);
        String text = back.getText();
        assertThat(text).contains("_");
        char letter = Character.toUpperCase(text.charAt(text.indexOf('_') + 1));
        robot.press(KeyCode.ALT)
                .type(KeyCode.getKeyCode(String.valueOf(letter)))
                .release(KeyCode.ALT);
        UiHarness.waitUntil(() -> h.main.workspace().isEmpty());
        // The label reads as before: the marker is not shown.
        assertThat(Mnemonics.plain(text)).isEqualTo("All cases");
    }

    @Test
    void aButtonWhoseLabelChangesKeepsItsLetter(FxRobot robot) {
        openSample(robot, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Button next = robot.lookup("#pathNextButton").queryAs(Button.class);
        UiHarness.waitUntil(() -> next.getText().contains("_"));
        char before = Character.toLowerCase(next.getText().charAt(next.getText().indexOf('_') + 1));
        robot.interact(() -> next.setText("Next: draft the letter again"));
        UiHarness.waitUntil(() -> next.getText().contains("_"));
        char after = Character.toLowerCase(next.getText().charAt(next.getText().indexOf('_') + 1));
        assertThat(after).isEqualTo(before);
    }

    private void assertUnique(FxRobot robot, String where) {
        Scene scene =
                robot.lookup("#backButton")
                        .tryQuery()
                        .map(Node::getScene)
                        .orElseGet(() -> robot.listWindows().get(0).getScene());
        List<Button> buttons = new ArrayList<>();
        robot.interact(() -> collect(scene.getRoot(), buttons));
        assertThat(buttons).as(where).isNotEmpty();
        // A second button for the same action (the empty list's "New case from a denial") shares
        // the first's.
        Set<String> reachable =
                buttons.stream()
                        .map(Button::getText)
                        .filter(t -> t.indexOf('_') >= 0)
                        .map(Mnemonics::plain)
                        .collect(Collectors.toSet());
        List<String> without =
                buttons.stream()
                        .map(Button::getText)
                        .filter(t -> t.indexOf('_') < 0 && !reachable.contains(t))
                        .toList();
        assertThat(without).as(where + ": buttons without a mnemonic").isEmpty();
        Map<Character, List<String>> byLetter =
                buttons.stream()
                        .filter(b -> b.getText().indexOf('_') >= 0)
                        .collect(
                                Collectors.groupingBy(
                                        b ->
                                                Character.toLowerCase(
                                                        b.getText()
                                                                .charAt(
                                                                        b.getText().indexOf('_')
                                                                                + 1)),
                                        Collectors.mapping(
                                                b -> Mnemonics.plain(b.getText()),
                                                Collectors.toList())));
        byLetter.forEach(
                (letter, labels) ->
                        assertThat(labels.stream().distinct().count())
                                .as(
                                        where
                                                + ": Alt+"
                                                + letter.toString().toUpperCase(Locale.ROOT)
                                                + " "
                                                + labels)
                                .isEqualTo(1));
    }

    private static void collect(Node n, List<Button> out) {
        if (!n.isVisible() || n instanceof IndexedCell<?>) {
            return;
        }
        if (n instanceof Button b
                && b.isMnemonicParsing()
                && b.getText() != null
                && !b.getText().isBlank()
                && !b.textProperty().isBound()) {
            out.add(b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
