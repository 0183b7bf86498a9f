package org.overturn.ui.cases;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.overturn.domain.deadlines.Urgency;

/**
 * The next deadline: how long is left (red when under seven days or overdue), what it is and when.
 */
final class NextDeadlineCell extends TableCell<CaseRow, CaseRow> {
    private final Label left = new Label();
    private final Label what = new Label();
    private final HBox box = new HBox(8, left, what);

    NextDeadlineCell() {
        left.getStyleClass().add("deadline-left");
        left.setMinWidth(Region.USE_PREF_SIZE);
        what.getStyleClass().add("text-muted");
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(CaseRow r, boolean empty) {
        super.updateItem(r, empty);
        setText(null);
        if (empty || r == null || r.nextDeadline().isEmpty()) {
            setGraphic(null);
            return;
        }
        left.setText(r.timeLeft());
        left.getStyleClass().removeAll("urgency-overdue", "urgency-soon");
        if (r.urgency() == Urgency.OVERDUE) {
            left.getStyleClass().add("urgency-overdue");
        } else if (r.urgency() == Urgency.DUE_SOON) {
            left.getStyleClass().add("urgency-soon");
        }
        what.setText(r.deadlineText());
        setGraphic(box);
    }
}
