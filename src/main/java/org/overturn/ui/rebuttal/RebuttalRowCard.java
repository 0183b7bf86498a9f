package org.overturn.ui.rebuttal;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The card of one matrix row: its criterion, dimensions and their ratings, what the reviewer's
 * position implies, the gap, the clinician's answer and the drafted suggestion. Each change goes to
 * the view model; the answer area is kept so a later case value can be put in without a rebuild.
 */
final class RebuttalRowCard {

    private final VBox card;
    private final TextArea answer;

    RebuttalRowCard(RebuttalViewModel vm, RebuttalRow r) {
        Label criterion = Nodes.label(r.criterion(), "row-criterion");
        criterion.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(criterion, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId("removeRow-" + r.id());
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip(Messages.get("rebuttal.removeRow")));
        remove.setOnAction(e -> vm.removeRow(r.id()));
        HBox head = new HBox(10, criterion, remove);
        head.setAlignment(Pos.TOP_LEFT);

        GridPane g = Nodes.grid();
        int row = 0;
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.dimensions"),
                        DimensionMenu.beside(
                                Nodes.chips(
                                        r.dimensionIds().stream().map(vm.scored()::name).toList(),
                                        Messages.get("rebuttal.row.chooseDimensions")),
                                DimensionMenu.of(
                                        vm,
                                        "rowDims-" + r.id(),
                                        r.dimensionIds(),
                                        (d, on) -> vm.setRowDimension(r.id(), d, on))));
        row = Nodes.row(g, row, Messages.get("rebuttal.row.ratings"), ratings(vm, r));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.row.implies"),
                        r.reviewerPosition().isEmpty()
                                ? Nodes.label(
                                        Messages.get("rebuttal.row.impliesNone"), "text-muted")
                                : Nodes.label(r.reviewerPosition()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("rebuttal.row.gap"),
                        r.gap().isEmpty()
                                ? Nodes.label(Messages.get("rebuttal.row.gapNone"), "text-muted")
                                : Nodes.label(r.gap()));
        answer = answer(vm, r);
        row = Nodes.row(g, row, Messages.get("rebuttal.row.answer"), answer);
        Nodes.row(g, row, Messages.get("rebuttal.row.suggestion"), suggestion(vm, r));

        card = new VBox(10, head, g);
        card.getStyleClass().add("inner-card");
        card.setId("row-" + r.id());
    }

    VBox node() {
        return card;
    }

    TextArea answer() {
        return answer;
    }

    /** The row's dimensions, each with its rating in the latest assessment or why it has none. */
    private static VBox ratings(RebuttalViewModel vm, RebuttalRow r) {
        VBox box = new VBox(4);
        if (r.dimensionIds().isEmpty()) {
            box.getChildren()
                    .add(Nodes.label(Messages.get("rebuttal.row.noDimensions"), "text-muted"));
        }
        for (ScoredDimensions.Linked l : vm.linked(r)) {
            LinkedRating shown = LinkedRating.of(l);
            box.getChildren().add(Nodes.label(shown.text(), shown.style()));
        }
        return box;
    }

    /** The answer, saved as typed (a change of trailing space alone is not a change). */
    private static TextArea answer(RebuttalViewModel vm, RebuttalRow r) {
        TextArea answer = new TextArea(r.answer());
        answer.setId("answer-" + r.id());
        answer.setWrapText(true);
        answer.setPrefRowCount(Math.min(10, Math.max(4, r.answer().length() / 100 + 2)));
        answer.setPromptText(Messages.get("rebuttal.row.answer.prompt"));
        answer.textProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!b.stripTrailing()
                                    .equals(
                                            vm.row(r.id())
                                                    .map(RebuttalRow::answer)
                                                    .orElse(b.stripTrailing()))) {
                                vm.setAnswer(r.id(), b);
                            }
                        });
        return answer;
    }

    /** The drafted suggestion, and the button that copies it into the answer. */
    private static VBox suggestion(RebuttalViewModel vm, RebuttalRow r) {
        Button use =
                new Button(
                        Messages.get("rebuttal.row.useSuggestion"),
                        new FontIcon("mdi2c-content-copy"));
        use.setId("useSuggestion-" + r.id());
        use.setMnemonicParsing(false);
        Nodes.show(use, !r.suggestion().isEmpty());
        use.setOnAction(e -> vm.useSuggestion(r.id()));
        Label suggestion =
                r.suggestion().isEmpty()
                        ? Nodes.label(Messages.get("rebuttal.row.noSuggestion"), "text-muted")
                        : Nodes.label(r.suggestion(), "suggestion");
        suggestion.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, suggestion, use);
    }
}
