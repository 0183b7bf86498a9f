package org.overturn.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A section of cards that uses a wide window: from {@link #FROM} pixels wide its cards stand in two
 * columns (the first cards, in order, down the left until about half the height is there, the rest
 * down the right), and below that in one column as written. A section opts in with the style class
 * {@code two-columns} on its VBox; what is not a card (the title, a risk banner) stays above the
 * columns.
 */
public final class TwoColumns {

    /** The width from which the cards stand in two columns. */
    public static final double FROM = 1400;

    static final String STYLE = "two-columns";
    private static final String MARK = "overturn.twoColumns";

    private TwoColumns() {}

    /** Every opted-in section under the root. */
    public static void install(Parent root) {
        Nodes.descendants(
                root,
                n -> {
                    if (n instanceof VBox v && v.getStyleClass().contains(STYLE)) {
                        install(v);
                    }
                });
    }

    static void install(VBox section) {
        if (section.getProperties().putIfAbsent(MARK, Boolean.TRUE) != null) {
            return;
        }
        List<Node> cards =
                section.getChildren().stream()
                        .filter(n -> n.getStyleClass().contains("card"))
                        .toList();
        if (cards.size() < 2) {
            return;
        }
        int at = section.getChildren().indexOf(cards.get(0));
        VBox left = column(section);
        VBox right = column(section);
        HBox columns = new HBox(section.getSpacing(), left, right);
        columns.getStyleClass().add("two-columns-row");
        List<Node> original = new ArrayList<>(section.getChildren());
        section.widthProperty()
                .addListener(
                        (o, was, now) -> {
                            boolean wide = now.doubleValue() >= FROM;
                            boolean split = columns.getParent() == section;
                            if (wide && !split) {
                                section.getChildren().removeAll(cards);
                                split(cards, left, right);
                                section.getChildren()
                                        .add(Math.min(at, section.getChildren().size()), columns);
                            } else if (!wide && split) {
                                left.getChildren().clear();
                                right.getChildren().clear();
                                section.getChildren().setAll(original);
                            }
                        });
    }

    private static VBox column(VBox section) {
        VBox v = new VBox(section.getSpacing());
        HBox.setHgrow(v, Priority.ALWAYS);
        v.setMinWidth(0);
        v.setMaxWidth(Double.MAX_VALUE);
        // Equal halves: the extra width is shared out evenly from nothing.
        v.setPrefWidth(0);
        return v;
    }

    /**
     * The cards in order: down the left until it holds about half their height, the rest down the
     * right.
     */
    static void split(List<Node> cards, VBox left, VBox right) {
        double total = cards.stream().mapToDouble(TwoColumns::height).sum();
        double sofar = 0;
        for (Node card : cards) {
            if (sofar < total / 2 || left.getChildren().isEmpty()) {
                left.getChildren().add(card);
                sofar += height(card);
            } else {
                right.getChildren().add(card);
            }
        }
    }

    private static double height(Node n) {
        double h = n.getLayoutBounds().getHeight();
        return h > 0 ? h : n.prefHeight(-1);
    }
}
