package org.overturn.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Small builders for screens whose content is made in code (lists of cards, chips, label/value
 * rows).
 */
public final class Nodes {

    private Nodes() {}

    /** Shows or hides a node, and takes it out of the layout while hidden. */
    /**
     * Every node under {@code n}, itself included, with the content of scroll panes, titled panes,
     * tabs and split panes, which are not children of their pane.
     */
    public static void descendants(Node n, Consumer<Node> each) {
        each.accept(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                descendants(child, each);
            }
        }
        if (n instanceof ScrollPane sp && sp.getContent() != null) {
            descendants(sp.getContent(), each);
        }
        if (n instanceof TitledPane tp && tp.getContent() != null) {
            descendants(tp.getContent(), each);
        }
        if (n instanceof TabPane tabs) {
            tabs.getTabs().stream()
                    .filter(t -> t.getContent() != null)
                    .forEach(t -> descendants(t.getContent(), each));
        }
        if (n instanceof SplitPane split) {
            split.getItems().forEach(item -> descendants(item, each));
        }
    }

    public static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /**
     * Scrolls the nearest scroll pane around the node so that the node is in view (a focus alone
     * does not).
     */
    public static void reveal(Node n) {
        Node p = n.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY() - 40;
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    private static final int LONG_CHIP = 44;
    private static final double LONG_CHIP_WIDTH = 300;

    /** Words shown as small rounded tags. */
    public static FlowPane chips(List<String> words, String emptyText) {
        FlowPane p = new FlowPane(6, 6);
        if (words.isEmpty()) {
            p.getChildren().add(label(emptyText, "text-muted"));
        }
        for (String w : words) {
            Label chip = label(w, "chip");
            if (w.length() > LONG_CHIP) {
                // A long tag wraps inside a bounded width: a flow pane is never narrower than its
                // widest tag, and one
                // 600-pixel tag would push the whole section into a sideways scroll.
                chip.setPrefWidth(LONG_CHIP_WIDTH);
            }
            p.getChildren().add(chip);
        }
        return p;
    }

    /** Adds "name: value" as the next row of a two-column grid; returns the next row index. */
    public static int row(GridPane grid, int row, String name, Node value) {
        Label k = label(name, "text-muted");
        k.setMinWidth(120);
        grid.addRow(row, k, value);
        GridPane.setHgrow(value, Priority.ALWAYS);
        GridPane.setValignment(k, VPos.TOP);
        return row + 1;
    }

    /** A two-column grid for label/value rows. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        names.setPrefWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        g.getColumnConstraints().setAll(names, values);
        return g;
    }
}
