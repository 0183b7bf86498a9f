package org.overturn.ui.clinical;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.scoring.measures.CssrsRisk;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.WhodasScoring;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The form for one administration of another measure: the inputs the chosen measure takes (nine
 * items, a C-SSRS category, or a total in the measure's range, with WHODAS's method), the preview
 * of the band it gives and the measure's licence note. Its nodes come from the section's FXML.
 */
final class MeasureForm {

    private final MeasuresViewModel measures;
    private final ComboBox<Measure> measureBox;
    private final ComboBox<WhodasScoring> whodasMethodBox;
    private final ComboBox<CssrsRisk> cssrsCategoryBox;
    private final TextField dateField;
    private final Label dateError;
    private final VBox scoreBox;
    private final Label scoreLabel;
    private final TextField scoreField;
    private final Label scoreError;
    private final VBox whodasBox;
    private final VBox cssrsBox;
    private final VBox itemsBox;
    private final ItemFields items;
    private final TextField noteField;
    private final Button addButton;
    private final Label preview;
    private final Label licence;

    MeasureForm(
            MeasuresViewModel measures,
            ComboBox<Measure> measureBox,
            TextField dateField,
            Label dateError,
            VBox scoreBox,
            Label scoreLabel,
            TextField scoreField,
            Label scoreError,
            VBox whodasBox,
            ComboBox<WhodasScoring> whodasMethodBox,
            VBox cssrsBox,
            ComboBox<CssrsRisk> cssrsCategoryBox,
            VBox itemsBox,
            ItemFields items,
            TextField noteField,
            Button addButton,
            Label preview,
            Label licence) {
        this.measures = measures;
        this.measureBox = measureBox;
        this.dateField = dateField;
        this.dateError = dateError;
        this.scoreBox = scoreBox;
        this.scoreLabel = scoreLabel;
        this.scoreField = scoreField;
        this.scoreError = scoreError;
        this.whodasBox = whodasBox;
        this.whodasMethodBox = whodasMethodBox;
        this.cssrsBox = cssrsBox;
        this.cssrsCategoryBox = cssrsCategoryBox;
        this.itemsBox = itemsBox;
        this.items = items;
        this.noteField = noteField;
        this.addButton = addButton;
        this.preview = preview;
        this.licence = licence;
    }

    void bind(ValidationSupport vs) {
        Choices.bind(measureBox, Measure.values(), measures.measure);
        Choices.bind(whodasMethodBox, WhodasScoring.values(), measures.whodas);
        cssrsCategoryBox.getItems().setAll(CssrsRisk.values());
        EnumCells.install(cssrsCategoryBox);
        cssrsCategoryBox.valueProperty().bindBidirectional(measures.cssrs);
        dateField.textProperty().bindBidirectional(measures.date);
        scoreField.textProperty().bindBidirectional(measures.score);
        noteField.textProperty().bindBidirectional(measures.note);
        FieldCheck.install(vs, dateField, dateError, measures::checkDate);
        FieldCheck score = FieldCheck.install(vs, scoreField, scoreError, measures::checkScore);
        items.build(vs);
        preview.textProperty().bind(measures.previewProperty());
        measures.previewRiskProperty().addListener((o, a, risk) -> previewStyle(risk));
        addButton.disableProperty().bind(measures.readyProperty().not());
        Runnable shape =
                () -> {
                    Measure m = measures.measure.get();
                    Nodes.show(itemsBox, measures.byItem());
                    Nodes.show(cssrsBox, measures.byCategory());
                    Nodes.show(whodasBox, m == Measure.WHODAS_2);
                    Nodes.show(scoreBox, !measures.byItem() && !measures.byCategory());
                    scoreLabel.setText(
                            Messages.format(
                                    "clinical.measures.score",
                                    measures.scoreMin(),
                                    measures.scoreMax()));
                    licence.setText(m.licenceNote());
                    score.evaluate();
                };
        measures.measure.addListener((o, a, b) -> shape.run());
        measures.whodas.addListener((o, a, b) -> shape.run());
        shape.run();
    }

    private void previewStyle(boolean risk) {
        preview.getStyleClass().remove("danger-text");
        if (risk) {
            preview.getStyleClass().add("danger-text");
        }
    }
}
