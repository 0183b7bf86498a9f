package org.overturn.ui.clock;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.overturn.domain.deadlines.Deadline;

/**
 * One open deadline on the clock card: due date, what it is, who acts and the time left, then what
 * missing it means, its rule, its legal basis, how firm the date is and any note.
 */
final class DeadlineRow {

    private DeadlineRow() {}

    static VBox of(ClockViewModel.Row r, ClockViewModel vm, CitationTitles citations) {
        Deadline d = r.deadline();
        Label due = new Label(ClockDates.due(d));
        due.getStyleClass().add("deadline-due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label(d.label());
        label.getStyleClass().add("deadline-label");
        label.setWrapText(true);
        Label who = new Label(r.party());
        who.getStyleClass().add("deadline-party");
        who.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label left = new Label(vm.timeLeft(d));
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.getStyleClass().add("clock-badge");
        UrgencyStyle.apply(left, vm.urgency(d));
        HBox head = new HBox(12, due, label, who, gap, left);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(3, head);
        box.getStyleClass().add("deadline-row");
        box.getProperties().put("deadline-id", d.id().id());
        box.setId("deadline-" + d.id().id());
        if (r.passed()) {
            box.getStyleClass().add("deadline-passed");
        }
        // What missing it means, or once passed, what can still be done: one line, right under the
        // date.
        box.getChildren()
                .add(
                        wrapped(
                                r.consequenceLine(),
                                r.passed() ? "deadline-now" : "deadline-if-missed"));
        box.getChildren().add(wrapped(d.rule(), "deadline-rule"));
        box.getChildren().add(wrapped(r.basis(citations), "text-muted"));
        String guarantee = r.guarantee();
        if (!guarantee.isEmpty()) {
            box.getChildren().add(wrapped(guarantee, "deadline-guarantee"));
        }
        if (!d.note().isEmpty()) {
            box.getChildren().add(wrapped(d.note(), "deadline-note"));
        }
        return box;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
