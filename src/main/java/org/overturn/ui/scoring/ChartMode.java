package org.overturn.ui.scoring;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * The trajectory chart's two mode pills (composite, per dimension) as one choice that is never left
 * empty: pressing the selected pill keeps it selected, and a change of mode redraws.
 */
final class ChartMode {

    private ChartMode() {}

    static void install(ToggleButton composite, ToggleButton perDimension, Runnable redraw) {
        ToggleGroup mode = new ToggleGroup();
        composite.setToggleGroup(mode);
        perDimension.setToggleGroup(mode);
        mode.selectedToggleProperty()
                .addListener(
                        (o, a, t) -> {
                            if (t == null) {
                                a.setSelected(true);
                            } else {
                                redraw.run();
                            }
                        });
    }
}
