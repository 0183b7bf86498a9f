package org.overturn.ui.scoring;

import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The result card beside the stepper when there is room for both, under it when there is not. */
final class ResultPlacement {

    /**
     * Below this width the result card goes under the stepper instead of beside it (1024-pixel
     * windows).
     */
    static final double SIDE_BY_SIDE_FROM = 800;

    private ResultPlacement() {}

    /** Moves the card as the work area's width crosses {@link #SIDE_BY_SIDE_FROM}. */
    static void besideOrBelow(VBox workArea, HBox stepperRow, VBox resultCard) {
        workArea.widthProperty()
                .addListener(
                        (o, was, now) -> {
                            boolean beside = now.doubleValue() >= SIDE_BY_SIDE_FROM;
                            if (beside && resultCard.getParent() != stepperRow) {
                                workArea.getChildren().remove(resultCard);
                                stepperRow.getChildren().add(resultCard);
                                resultCard.setMaxWidth(420);
                            } else if (!beside && resultCard.getParent() == stepperRow) {
                                stepperRow.getChildren().remove(resultCard);
                                workArea.getChildren()
                                        .add(
                                                workArea.getChildren().indexOf(stepperRow) + 1,
                                                resultCard);
                                resultCard.setMaxWidth(Double.MAX_VALUE);
                            }
                        });
    }
}
