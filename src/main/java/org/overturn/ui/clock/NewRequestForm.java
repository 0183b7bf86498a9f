package org.overturn.ui.clock;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRule;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/**
 * The form for a new request: its kind, the date sent and the follow-up date, checked as typed, and
 * under it the chosen kind's legal basis, any caution on the rule and what to ask. Its nodes come
 * from the card's FXML.
 */
final class NewRequestForm {

    private NewRequestForm() {}

    static void bind(
            DisclosureViewModel vm,
            ValidationSupport vs,
            ComboBox<DisclosureKind> kindBox,
            TextField sentField,
            Label sentError,
            TextField followUpField,
            Label followUpError,
            Button addButton,
            Label basisLabel,
            Label ruleNote,
            Label askLabel) {
        kindBox.getItems().setAll(DisclosureKind.values());
        EnumCells.install(kindBox);
        kindBox.valueProperty().bindBidirectional(vm.kind);
        sentField.textProperty().bindBidirectional(vm.sentOn);
        followUpField.textProperty().bindBidirectional(vm.followUpOn);
        FieldCheck sent = FieldCheck.install(vs, sentField, sentError, vm::checkSentOn);
        FieldCheck follow = FieldCheck.install(vs, followUpField, followUpError, vm::checkFollowUp);
        vm.sentOn.addListener((o, a, b) -> follow.evaluate());
        vm.kind.addListener(
                (o, a, k) -> {
                    follow.evaluate();
                    showRule(vm, k, basisLabel, ruleNote, askLabel);
                });
        addButton
                .disableProperty()
                .bind(
                        vm.kind
                                .isNull()
                                .or(sent.validProperty().not())
                                .or(follow.validProperty().not()));
        showRule(vm, vm.kind.get(), basisLabel, ruleNote, askLabel);
    }

    private static void showRule(
            DisclosureViewModel vm,
            DisclosureKind k,
            Label basisLabel,
            Label ruleNote,
            Label askLabel) {
        if (k == null) {
            basisLabel.setText("");
            ruleNote.setText("");
            askLabel.setText("");
            return;
        }
        DisclosureRule rule = vm.ruleFor(k);
        basisLabel.setText(Messages.format("disclosure.basis", vm.basisFor(k)));
        ruleNote.setText(rule.note());
        ruleNote.setGraphic(rule.note().isEmpty() ? null : new FontIcon("mdi2a-alert-outline"));
        askLabel.setText(k.ask());
    }
}
