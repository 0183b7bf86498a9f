package org.overturn.ui.clock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.Messages;

/**
 * The clock card at the top of the Overview: the next deadline with its time left, why there is no
 * clock when there is none, cautions, every open deadline and the notes. It reads the clock again
 * each minute while on screen, and holds still while a field below it is being typed in. Its nodes
 * come from the card's FXML.
 */
final class ClockCard {

    private final ClockViewModel vm;
    private final CitationTitles citations;
    private final Timeline minuteTick;
    private final VBox nextBox;
    private final Label nextLabel;
    private final Label nextLeft;
    private final Label nextDue;
    private final Label ifMissed;
    private final Label stateMessage;
    private final VBox cautionsBox;
    private final Label openHeading;
    private final VBox deadlinesBox;
    private final Label notesHeading;
    private final VBox notesBox;
    private ClockViewModel.View pending;

    ClockCard(
            ClockViewModel vm,
            CitationTitles citations,
            VBox nextBox,
            Label nextLabel,
            Label nextLeft,
            Label nextDue,
            Label ifMissed,
            Label stateMessage,
            VBox cautionsBox,
            Label openHeading,
            VBox deadlinesBox,
            Label notesHeading,
            VBox notesBox) {
        this.vm = vm;
        this.citations = citations;
        this.minuteTick = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.refresh()));
        this.nextBox = nextBox;
        this.nextLabel = nextLabel;
        this.nextLeft = nextLeft;
        this.nextDue = nextDue;
        this.ifMissed = ifMissed;
        this.stateMessage = stateMessage;
        this.cautionsBox = cautionsBox;
        this.openHeading = openHeading;
        this.deadlinesBox = deadlinesBox;
        this.notesHeading = notesHeading;
        this.notesBox = notesBox;
    }

    /**
     * Shows the clock now and keeps it current; {@code root} holds the card and the forms below.
     */
    void bind(VBox root) {
        // While a field below the clock is being typed in, the clock card above it keeps its size:
        // a card that grew under the cursor would move the field, and the next click would land in
        // another one. It catches up when the focus leaves that field.
        vm.viewProperty()
                .addListener(
                        (o, a, v) -> {
                            if (typingBelow(root)) {
                                pending = v;
                            } else {
                                show(v);
                            }
                        });
        root.sceneProperty()
                .addListener(
                        (o, a, scene) -> {
                            if (scene != null) {
                                scene.focusOwnerProperty()
                                        .addListener(
                                                (x, was, now) -> {
                                                    if (pending != null) {
                                                        ClockViewModel.View v = pending;
                                                        pending = null;
                                                        show(v);
                                                    }
                                                });
                            }
                        });
        show(vm.view());
        minuteTick.setCycleCount(Timeline.INDEFINITE);
        // Time left changes by the minute; tick only while the card is on screen.
        root.sceneProperty()
                .addListener(
                        (o, a, scene) -> {
                            if (scene == null) {
                                minuteTick.stop();
                            } else {
                                vm.refresh();
                                minuteTick.play();
                            }
                        });
    }

    /** Whether the focus is in a text field of this section below the clock card. */
    private static boolean typingBelow(VBox root) {
        if (root.getScene() == null
                || !(root.getScene().getFocusOwner() instanceof TextInputControl t)) {
            return false;
        }
        Node card = root.getChildren().get(0);
        for (Node n = t; n != null; n = n.getParent()) {
            if (n == card) {
                return false;
            }
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void show(ClockViewModel.View v) {
        boolean hasNext = v.next().isPresent();
        visible(nextBox, hasNext);
        stateMessage.setText(v.stateMessage());
        visible(stateMessage, !stateMessage.getText().isEmpty());
        v.summary()
                .filter(s -> s.next().isPresent())
                .ifPresent(
                        s -> {
                            Deadline next = s.next().get();
                            nextLabel.setText(Messages.format("clock.next", next.label()));
                            nextDue.setText(Messages.format("clock.due", ClockDates.due(next)));
                            nextLeft.setText(s.timeLeft());
                            UrgencyStyle.apply(nextLeft, s.urgency());
                            ifMissed.setText(
                                    Messages.format(
                                            s.urgency() == Urgency.OVERDUE
                                                    ? "clock.row.passed"
                                                    : "clock.ifMissed",
                                            s.ifMissed()));
                        });
        cautionsBox.getChildren().clear();
        for (String c : v.cautions()) {
            cautionsBox.getChildren().add(line(c, "mdi2a-alert-outline", "clock-caution"));
        }
        visible(openHeading, !v.open().isEmpty());
        deadlinesBox.getChildren().clear();
        for (ClockViewModel.Row r : vm.rows()) {
            deadlinesBox.getChildren().add(DeadlineRow.of(r, vm, citations));
        }
        notesBox.getChildren().clear();
        for (String n : v.notes()) {
            notesBox.getChildren().add(line(n, "mdi2i-information-outline", "clock-note"));
        }
        visible(notesHeading, !v.notes().isEmpty());
    }

    private static Label line(String text, String icon, String style) {
        Label l = new Label(text, new FontIcon(icon));
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
