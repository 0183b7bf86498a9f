package org.overturn.ui.workspace;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The bar that offers to undo what was just removed, for twelve seconds. */
final class UndoBar {

    private final HBox bar;
    private final Label text;
    private final PauseTransition timeout = new PauseTransition(Duration.seconds(12));

    UndoBar(HBox bar, Label text) {
        this.bar = bar;
        this.text = text;
        timeout.setOnFinished(e -> hide());
    }

    /** Shows the bar with what can be undone, or hides it when there is nothing. */
    void show(String label) {
        if (label == null || label.isEmpty()) {
            hide();
            return;
        }
        text.setText(label);
        bar.setVisible(true);
        bar.setManaged(true);
        timeout.playFromStart();
    }

    void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
    }
}
