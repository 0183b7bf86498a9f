package org.overturn.ui.clock;

import java.util.List;
import javafx.scene.control.Label;
import org.overturn.domain.deadlines.Urgency;

/** The colour of a time-left badge: overdue, due soon or later. */
final class UrgencyStyle {

    private UrgencyStyle() {}

    static void apply(Label l, Urgency u) {
        l.getStyleClass().removeAll(List.of("urgency-overdue", "urgency-soon", "urgency-later"));
        switch (u) {
            case OVERDUE -> l.getStyleClass().add("urgency-overdue");
            case DUE_SOON -> l.getStyleClass().add("urgency-soon");
            case LATER -> l.getStyleClass().add("urgency-later");
            default -> {}
        }
    }
}
