package org.overturn.ui.clock;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;

/**
 * The bar under the list for the request selected: the day it was answered, checked against that
 * request, and a new follow-up date, each with its button enabled only when it would take. Its
 * nodes come from the card's FXML.
 */
final class SelectedRequestBar {

    private SelectedRequestBar() {}

    static void bind(
            DisclosureViewModel vm,
            ValidationSupport vs,
            ReadOnlyObjectProperty<DisclosureRequest> selected,
            FlowPane selectedBar,
            TextField answeredField,
            Label answeredError,
            Button answeredButton,
            TextField changeFollowUpField,
            Button changeFollowUpButton) {
        answeredField.textProperty().bindBidirectional(vm.answeredOn);
        selectedBar.disableProperty().bind(selected.isNull());
        FieldCheck answered =
                FieldCheck.install(
                        vs,
                        answeredField,
                        answeredError,
                        t ->
                                selected.get() == null
                                        ? Optional.empty()
                                        : vm.checkAnsweredOn(selected.get(), t));
        selected.addListener(
                (o, a, r) -> {
                    answered.evaluate();
                    changeFollowUpField.setText(r == null ? "" : Dates.show(r.followUpOn()));
                });
        answeredButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        !DisclosureViewModel.answerable(selected.get())
                                                || !answered.isValid(),
                                selected,
                                answered.validProperty()));
        changeFollowUpButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        !DisclosureViewModel.canSetFollowUp(
                                                selected.get(), changeFollowUpField.getText()),
                                selected,
                                changeFollowUpField.textProperty()));
    }
}
