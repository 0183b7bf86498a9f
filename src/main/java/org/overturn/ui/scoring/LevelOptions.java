package org.overturn.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * The selected assessment's clinician override and its reason, the licensed-grid level (CALOCUS)
 * and its agreement, the insurer's ASAM edition, and the LOCUS options, bound to the view model.
 * Its nodes come from the section's FXML.
 */
final class LevelOptions {

    private final ScoringViewModel vm;
    private final ComboBox<Optional<String>> overrideBox;
    private final ComboBox<Optional<String>> gridBox;
    private final HBox gridRow;
    private final Label agreementLabel;
    private final HBox editionRow;
    private final VBox optionsRow;

    LevelOptions(
            ScoringViewModel vm,
            ComboBox<Optional<String>> overrideBox,
            TextArea reasonArea,
            Label reasonError,
            HBox gridRow,
            ComboBox<Optional<String>> gridBox,
            Label agreementLabel,
            HBox editionRow,
            ComboBox<Optional<AsamEdition>> editionBox,
            VBox optionsRow,
            CheckBox noPriorBox,
            CheckBox actBox) {
        this.vm = vm;
        this.overrideBox = overrideBox;
        this.gridBox = gridBox;
        this.gridRow = gridRow;
        this.agreementLabel = agreementLabel;
        this.editionRow = editionRow;
        this.optionsRow = optionsRow;
        reasonArea.textProperty().bindBidirectional(vm.varianceReason);
        FieldCheck reason =
                FieldCheck.install(
                        new ValidationSupport(), reasonArea, reasonError, vm::checkReason);
        vm.overrideLevel.addListener((o, a, b) -> reason.evaluate());
        // Converters before values: a combo box shows a value through the converter it has at that
        // moment, and the default one would print "Optional.empty".
        overrideBox.setConverter(
                Choices.converter(o -> o.orElse(Messages.get("scoring.override.none")), ""));
        gridBox.setConverter(
                Choices.converter(o -> o.orElse(Messages.get("scoring.grid.none")), ""));
        Choices.link(overrideBox, vm.overrideLevel);
        Choices.link(gridBox, vm.licensedGridLevel);
        editionBox.getItems().add(Optional.empty());
        for (AsamEdition e : AsamEdition.values()) {
            editionBox.getItems().add(Optional.of(e));
        }
        editionBox.setConverter(
                Choices.converter(
                        o -> o.map(Messages::label).orElse(Messages.get("scoring.edition.none")),
                        ""));
        Choices.link(editionBox, vm.insurerEdition);
        noPriorBox.selectedProperty().bindBidirectional(vm.noPriorTreatment);
        actBox.selectedProperty().bindBidirectional(vm.actAvailable);
    }

    /** Shows the rows that apply to the instrument, and its levels in the two level boxes. */
    void showFor(Instrument i) {
        Nodes.show(gridRow, i == Instrument.CALOCUS);
        Nodes.show(editionRow, i == Instrument.ASAM);
        Nodes.show(optionsRow, i != Instrument.ASAM);
        List<Optional<String>> levels = new ArrayList<>();
        levels.add(Optional.empty());
        Instruments.levelCodes(i).forEach(code -> levels.add(Optional.of(code)));
        if (!overrideBox.getItems().equals(levels)) {
            overrideBox.getItems().setAll(levels);
            gridBox.getItems().setAll(levels);
        }
        overrideBox.setConverter(
                Choices.converter(
                        o -> o.map(i::levelName).orElse(Messages.get("scoring.override.none")),
                        ""));
        gridBox.setConverter(
                Choices.converter(
                        o -> o.map(i::levelName).orElse(Messages.get("scoring.grid.none")), ""));
        // The shown value is drawn again with the instrument's names (a new converter alone does
        // not redraw it).
        overrideBox.setButtonCell(Choices.buttonCell(overrideBox));
        gridBox.setButtonCell(Choices.buttonCell(gridBox));
        overrideBox.setValue(Optional.ofNullable(vm.overrideLevel.get()));
        gridBox.setValue(Optional.ofNullable(vm.licensedGridLevel.get()));
    }

    /** The licensed grid's agreement with the computed level, for a CALOCUS result. */
    void showAgreement(PlacementResult r) {
        agreementLabel.setText(r instanceof CalocusResult c ? Messages.label(c.agreement()) : "");
    }
}
