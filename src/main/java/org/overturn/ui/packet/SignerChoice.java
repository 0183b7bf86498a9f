package org.overturn.ui.packet;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;
import org.overturn.domain.packet.Clinician;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * Who signs the letter: the practice's clinicians in a choice box that keeps showing the case's own
 * signer when the practice profile changes under it.
 */
final class SignerChoice {

    private final PacketViewModel vm;
    private final ComboBox<Clinician> box;
    private final Label detail;
    private boolean showing;

    SignerChoice(PacketViewModel vm, ComboBox<Clinician> box, Hyperlink profileLink, Label detail) {
        this.vm = vm;
        this.box = box;
        this.detail = detail;
        box.setItems(vm.signers());
        Callback<ListView<Clinician>, ListCell<Clinician>> cells =
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Clinician k, boolean empty) {
                                super.updateItem(k, empty);
                                setText(empty || k == null ? null : vm.signerLabel(k));
                            }
                        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setPlaceholder(new Label(Messages.get("packet.letter.signedBy.none")));
        box.valueProperty()
                .addListener(
                        (o, a, k) -> {
                            if (!showing && k != null) {
                                vm.chooseSigner(k);
                            }
                        });
        // Replacing the list clears the box's value: show the case's signer again. The button cell
        // keeps its text, and a label that depends on the profile ("no longer in the practice
        // profile") must be drawn again.
        vm.signers()
                .addListener(
                        (ListChangeListener<Clinician>)
                                ch -> {
                                    box.setButtonCell(box.getCellFactory().call(null));
                                    show();
                                });
        profileLink
                .textProperty()
                .bind(
                        Bindings.when(vm.noCliniciansProperty())
                                .then(Messages.get("packet.letter.profileLink.empty"))
                                .otherwise(Messages.get("packet.letter.profileLink")));
        show();
    }

    /** Shows the case's signer without choosing it again. */
    void show() {
        showing = true;
        try {
            Optional<Clinician> k = vm.signer();
            if (!Objects.equals(box.getValue(), k.orElse(null))) {
                box.setValue(k.orElse(null));
            }
            detail.setText(k.map(vm::signerDetail).orElse(""));
            Nodes.show(detail, k.isPresent());
        } finally {
            showing = false;
        }
    }
}
