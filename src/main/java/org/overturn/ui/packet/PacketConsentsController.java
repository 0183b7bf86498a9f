package org.overturn.ui.packet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.overturn.domain.packet.ConsentPurpose;
import org.overturn.domain.packet.Part2Consent;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;

/**
 * The Letters section's Part 2 card, shown only when the packet carries records protected by 42 CFR
 * Part 2: the patient's consents to disclose them, and a form to add one.
 */
public final class PacketConsentsController {

    private final PacketViewModel vm;
    private final Clock clock;

    @FXML private VBox part2Card;
    @FXML private Label part2Status;
    @FXML private ListView<Part2Consent> consentsList;
    @FXML private TextField consentRecipient;
    @FXML private ComboBox<ConsentPurpose> consentPurpose;
    @FXML private TextField consentDetail;
    @FXML private TextField consentInformation;
    @FXML private TextField consentExpires;
    @FXML private TextField consentEvent;
    @FXML private TextField consentSigned;
    @FXML private TextField consentSignedBy;
    @FXML private Label consentError;
    @FXML private Button removeConsentButton;

    public PacketConsentsController(PacketViewModel vm, Clock clock) {
        this.vm = vm;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        consentPurpose.getItems().setAll(ConsentPurpose.values());
        EnumCells.install(consentPurpose);
        consentPurpose.setValue(ConsentPurpose.PAYMENT_AND_APPEAL);
        part2Card.visibleProperty().bind(vm.part2NeededProperty());
        part2Card.managedProperty().bind(vm.part2NeededProperty());
        part2Status.textProperty().bind(vm.part2StatusProperty());
        consentsList.setCellFactory(lv -> new ConsentCell());
        removeConsentButton
                .disableProperty()
                .bind(consentsList.getSelectionModel().selectedItemProperty().isNull());
        consentSigned.setText(Dates.show(LocalDate.now(clock)));
        vm.caseFileProperty().addListener((o, a, c) -> show());
        show();
    }

    /** "Harbor Health Plan, payment and appeal, until …, signed …". */
    private static final class ConsentCell extends ListCell<Part2Consent> {
        @Override
        protected void updateItem(Part2Consent k, boolean empty) {
            super.updateItem(k, empty);
            setText(
                    empty || k == null
                            ? null
                            : Messages.format(
                                    "packet.part2.item",
                                    k.recipient(),
                                    Messages.label(k.purpose()),
                                    k.until(),
                                    Dates.show(k.signedOn())));
        }
    }

    private void show() {
        consentsList.getItems().setAll(vm.caseFile().packet().consents());
        if (consentRecipient.getText().isBlank()) {
            consentRecipient.setText(vm.recipient());
        }
    }

    /** Brings the consent form into view when a consent is what to fix and the card is shown. */
    boolean fix(FixPlace place, Consumer<Control> focus) {
        if (place != FixPlace.LETTERS_CONSENT || !part2Card.isVisible()) {
            return false;
        }
        focus.accept(consentRecipient);
        return true;
    }

    @FXML
    void addConsent() {
        consentError.setText("");
        var signed = Dates.parse(consentSigned.getText());
        var expires = Dates.parse(consentExpires.getText());
        if (signed.error().isPresent() || expires.error().isPresent()) {
            consentError.setText(signed.error().or(expires::error).orElseThrow());
            return;
        }
        if (signed.value().isEmpty()) {
            consentError.setText(Messages.get("packet.part2.signedRequired"));
            return;
        }
        try {
            vm.addConsent(
                    consentRecipient.getText(),
                    consentPurpose.getValue(),
                    consentDetail.getText(),
                    expires.value(),
                    consentEvent.getText(),
                    signed.value().get(),
                    consentSignedBy.getText(),
                    consentInformation.getText());
            consentDetail.clear();
            consentInformation.clear();
            consentExpires.clear();
            consentEvent.clear();
        } catch (IllegalArgumentException e) {
            consentError.setText(e.getMessage());
        }
    }

    @FXML
    private void removeConsent() {
        Part2Consent k = consentsList.getSelectionModel().getSelectedItem();
        if (k != null) {
            vm.removeConsent(k);
        }
    }
}
