package org.overturn.ui.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.overturn.ui.UiHarness;
import org.testfx.api.FxRobot;

/**
 * A robot that counts what a person would do: each click, each key or key combination, each field
 * typed into (one interaction however long the text), each paste and each scroll. The walk fails
 * past its budget.
 */
final class Interactions {

    /** Prints where the focus is after each interaction (set while changing the walk). */
    private static final boolean TRACE = false;

    private final FxRobot robot;
    private final List<String> log = new ArrayList<>();
    private int clicks;
    private int keys;
    private int typed;

    Interactions(FxRobot robot) {
        this.robot = robot;
    }

    /** One key, or one combination such as Ctrl+N (the modifiers are not counted apart). */
    Interactions key(KeyCode... combination) {
        keys++;
        log.add("key " + Arrays.toString(combination));
        robot.push(combination);
        settle();
        return this;
    }

    /** Types into the focused field: one interaction. */
    Interactions type(String text) {
        typed++;
        log.add("type " + abbreviate(text));
        robot.write(text);
        settle();
        return this;
    }

    /** Pastes into the focused field (Ctrl+V of text copied elsewhere): one interaction. */
    Interactions paste(String text) {
        keys++;
        log.add("paste " + abbreviate(text));
        robot.interact(
                () -> {
                    Node focus =
                            Window.getWindows().stream()
                                    .filter(Window::isFocused)
                                    .reduce((a, b) -> b)
                                    .map(w -> w.getScene().getFocusOwner())
                                    .orElse(null);
                    if (!(focus instanceof TextInputControl t)) {
                        throw new AssertionError("nothing to paste into: the focus is on " + focus);
                    }
                    t.replaceSelection(text);
                });
        settle();
        return this;
    }

    /** A click on what the query finds (it must be shown). */
    Interactions click(String query) {
        clicks++;
        log.add("click " + query);
        robot.clickOn(query);
        settle();
        return this;
    }

    /** Something done outside the window that still counts (Enter in the system's save dialog). */
    Interactions counted(String what) {
        keys++;
        log.add(what);
        return this;
    }

    int total() {
        return clicks + keys + typed;
    }

    String summary() {
        return total()
                + " interactions ("
                + clicks
                + " clicks, "
                + keys
                + " keys, "
                + typed
                + " typed fields): "
                + String.join("; ", log);
    }

    private void settle() {
        UiHarness.waitUntil(() -> true);
        if (TRACE) {
            robot.interact(
                    () ->
                            System.err.println(
                                    "  after "
                                            + log.get(log.size() - 1)
                                            + ": focus on "
                                            + Window.getWindows().stream()
                                                    .filter(Window::isFocused)
                                                    .reduce((a, b) -> b)
                                                    .map(
                                                            w ->
                                                                    String.valueOf(
                                                                            w.getScene()
                                                                                    .getFocusOwner()))
                                                    .orElse("no window")));
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 30 ? one.substring(0, 30) + "…" : one;
    }
}
