package org.overturn.ui.scoring;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.LevelSummary;

/**
 * The table of the case's assessments and the row that starts a new one, bound to the view model.
 * Its nodes come from the section's FXML.
 */
final class AssessmentList {

    /** The nodes of the new-assessment row. */
    record NewRow(
            ComboBox<Instrument> instrument,
            TextField date,
            Label dateError,
            TextField rater,
            Button start,
            Button remove,
            Label suggestion) {}

    private final ScoringViewModel vm;
    private final TableView<Assessment> table;

    AssessmentList(
            ScoringViewModel vm,
            TableView<Assessment> table,
            TableColumn<Assessment, String> dateColumn,
            TableColumn<Assessment, String> instrumentColumn,
            TableColumn<Assessment, String> raterColumn,
            TableColumn<Assessment, String> levelColumn,
            TableColumn<Assessment, String> overrideColumn,
            NewRow row) {
        this.vm = vm;
        this.table = table;
        dateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().date())));
        instrumentColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.instrument(c.getValue())));
        raterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rater()));
        levelColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.computed(c.getValue())));
        overrideColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.override(c.getValue())));
        table.setPlaceholder(new Label(Messages.get("scoring.none")));
        table.setItems(vm.assessments());
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, s) -> {
                            if (s != null
                                    && vm.selected()
                                            .map(x -> !x.id().equals(s.id()))
                                            .orElse(true)) {
                                vm.select(s.id());
                            }
                        });
        row.instrument().getItems().setAll(Instrument.values());
        row.instrument().setConverter(Choices.converter(Instrument::label, ""));
        row.instrument().valueProperty().bindBidirectional(vm.newInstrument);
        row.date().textProperty().bindBidirectional(vm.newDate);
        row.rater().textProperty().bindBidirectional(vm.newRater);
        FieldCheck newDate =
                FieldCheck.install(
                        new ValidationSupport(),
                        row.date(),
                        row.dateError(),
                        vm::checkAssessmentDate);
        row.start().disableProperty().bind(newDate.validProperty().not());
        row.remove().disableProperty().bind(vm.selectedProperty().isNull());
        row.suggestion().textProperty().bind(vm.suggestionProperty());
    }

    /** Selects the assessment's row unless it is already the selected one. */
    void select(Assessment x) {
        if (table.getSelectionModel().getSelectedItem() == null
                || !table.getSelectionModel().getSelectedItem().id().equals(x.id())) {
            vm.assessments().stream()
                    .filter(y -> y.id().equals(x.id()))
                    .findFirst()
                    .ifPresent(y -> table.getSelectionModel().select(y));
        }
    }

    /** Redraws the rows (a level or an override may have changed). */
    void refresh() {
        table.refresh();
    }
}
