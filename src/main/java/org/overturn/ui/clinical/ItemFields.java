package org.overturn.ui.clinical;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Nodes;

/**
 * The PHQ-9's nine item fields, built into the form's row, with the line naming the first refused
 * answer. Each item takes one digit: a valid answer typed into an item moves on to the next item,
 * and after the last to the note, so nine answers are nine keys.
 */
final class ItemFields {

    private final MeasuresViewModel measures;
    private final HBox itemFields;
    private final Label itemsError;
    private final TextField noteField;

    ItemFields(MeasuresViewModel measures, HBox itemFields, Label itemsError, TextField noteField) {
        this.measures = measures;
        this.itemFields = itemFields;
        this.itemsError = itemsError;
        this.noteField = noteField;
    }

    void build(ValidationSupport vs) {
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < MeasuresViewModel.PHQ9_ITEMS; i++) {
            TextField f = new TextField();
            f.setId("item" + (i + 1) + "Field");
            f.setPrefColumnCount(2);
            f.setPrefWidth(44);
            f.textProperty().bindBidirectional(measures.items.get(i));
            FieldCheck.install(vs, f, new Label(), MeasuresViewModel::checkItem);
            Label n = Nodes.label(String.valueOf(i + 1), "text-muted");
            itemFields.getChildren().addAll(n, f);
            fields.add(f);
            measures.items.get(i).addListener((o, a, b) -> showProblem());
        }
        for (int i = 0; i < fields.size(); i++) {
            advance(fields.get(i), i + 1 < fields.size() ? fields.get(i + 1) : noteField);
        }
        showProblem();
    }

    private static void advance(TextField f, Node next) {
        // An answer reached by advancing is replaced by the next key, not added to.
        f.focusedProperty()
                .addListener(
                        (o, was, now) -> {
                            if (now) {
                                Platform.runLater(f::selectAll);
                            }
                        });
        f.textProperty()
                .addListener(
                        (o, was, now) -> {
                            if (f.isFocused()
                                    && now != null
                                    && now.strip().length() == 1
                                    && MeasuresViewModel.checkItem(now).isEmpty()) {
                                next.requestFocus();
                            }
                        });
    }

    private void showProblem() {
        String first = measures.firstItemProblem().orElse("");
        itemsError.setText(first);
        Nodes.show(itemsError, !first.isEmpty());
    }
}
