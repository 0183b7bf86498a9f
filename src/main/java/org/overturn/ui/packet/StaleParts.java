package org.overturn.ui.packet;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.overturn.domain.letters.LetterStaleness.Stale;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The cards of the letter's parts the case has changed under, in the Letters and packet section.
 */
final class StaleParts {

    private StaleParts() {}

    /**
     * Each edited part the case has changed under: the sentences of its draft then and now, side by
     * side, and the choice that unblocks the export.
     */
    static void show(
            VBox staleBox, List<Stale> stale, Consumer<Stale> keepMine, Consumer<Stale> takeNew) {
        staleBox.getChildren().clear();
        for (Stale s : stale) {
            Label title =
                    Nodes.label(Messages.format("packet.stale.title", s.part().label()), "title-4");
            title.setWrapText(true);
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(4);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().setAll(half, half);
            grid.add(Nodes.label(Messages.get("packet.stale.then"), "text-muted"), 0, 0);
            grid.add(Nodes.label(Messages.get("packet.stale.now"), "text-muted"), 1, 0);
            Label then =
                    Nodes.label(
                            String.join(
                                    "\n",
                                    s.then().isEmpty()
                                            ? List.of(Messages.get("packet.stale.nothing"))
                                            : s.then()),
                            "stale-then");
            Label now =
                    Nodes.label(
                            String.join(
                                    "\n",
                                    s.now().isEmpty()
                                            ? List.of(Messages.get("packet.stale.nothing"))
                                            : s.now()),
                            "stale-now");
            then.setWrapText(true);
            now.setWrapText(true);
            then.setMinHeight(Control.USE_PREF_SIZE);
            now.setMinHeight(Control.USE_PREF_SIZE);
            grid.add(then, 0, 1);
            grid.add(now, 1, 1);
            Button keep = new Button(Messages.get("packet.stale.keep"));
            keep.setOnAction(e -> keepMine.accept(s));
            Button take = new Button(Messages.get("packet.stale.take"));
            take.getStyleClass().add("accent");
            take.setOnAction(e -> takeNew.accept(s));
            HBox buttons = new HBox(8, keep, take);
            VBox one = new VBox(6, title, grid, buttons);
            one.getStyleClass().add("stale-part");
            staleBox.getChildren().add(one);
        }
        staleBox.setVisible(!stale.isEmpty());
        staleBox.setManaged(!stale.isEmpty());
    }
}
