package org.overturn.ui.clinical;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureRules;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The table of recorded measures: date, measure and result (wrapped to the column), and the button
 * that removes the selected one.
 */
final class MeasuresTable {

    private final TableView<MeasureEntry> table;

    MeasuresTable(
            TableView<MeasureEntry> table,
            TableColumn<MeasureEntry, String> dateColumn,
            TableColumn<MeasureEntry, String> measureColumn,
            TableColumn<MeasureEntry, String> resultColumn,
            Button removeButton) {
        this.table = table;
        dateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().date())));
        measureColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().measure())));
        resultColumn.setCellValueFactory(
                c ->
                        new ReadOnlyStringWrapper(
                                MeasuresViewModel.describe(MeasureRules.evaluate(c.getValue()))));
        resultColumn.setCellFactory(
                col ->
                        new TableCell<>() {
                            private final Label text = Nodes.label("");

                            @Override
                            protected void updateItem(String s, boolean empty) {
                                super.updateItem(s, empty);
                                text.setText(empty || s == null ? "" : s);
                                text.maxWidthProperty().bind(col.widthProperty().subtract(12));
                                setGraphic(empty ? null : text);
                            }
                        });
        table.setPlaceholder(new Label(Messages.get("clinical.measures.none")));
        removeButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    void show(List<MeasureEntry> entries) {
        table.getItems().setAll(entries);
    }

    Optional<MeasureEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
