package org.overturn.ui.packet;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.settings.PracticeProfileDialog;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * The Letters section's letter card: the letter's variant and addressee, who signs it, its parts
 * and their text, what the draft still lacks and which parts went stale.
 */
public final class PacketLetterController {

    private final UiServices ctx;
    private final PacketViewModel vm;
    private final PracticeProfiles profiles;
    private boolean showing;
    private SignerChoice signer;

    @FXML private VBox letterCard;
    @FXML private ComboBox<AppealUrgency> urgencyBox;
    @FXML private ComboBox<Signer> signerBox;
    @FXML private ComboBox<ReviewLevel> levelBox;
    @FXML private ComboBox<Clinician> signedByBox;
    @FXML private Hyperlink profileLink;
    @FXML private Label signerDetail;
    @FXML private TextField addresseeField;
    @FXML private Button draftButton;
    @FXML private VBox gapsBox;
    @FXML private VBox staleBox;
    @FXML private Label gapsLabel;
    @FXML private ListView<LetterSection> letterParts;
    @FXML private TextArea partText;
    @FXML private Label editedLabel;
    @FXML private Button revertButton;

    public PacketLetterController(UiServices ctx, PacketViewModel vm, PracticeProfiles profiles) {
        this.ctx = ctx;
        this.vm = vm;
        this.profiles = profiles;
    }

    @FXML
    private void initialize() {
        urgencyBox.getItems().setAll(AppealUrgency.values());
        signerBox.getItems().setAll(Signer.values());
        levelBox.getItems().setAll(ReviewLevel.values());
        for (ComboBox<?> b : List.of(urgencyBox, signerBox, levelBox)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            ComboBox<HasId> box = (ComboBox) b;
            EnumCells.install(box);
        }
        urgencyBox.valueProperty().addListener((o, a, v) -> variantChanged());
        signerBox.valueProperty().addListener((o, a, v) -> variantChanged());
        levelBox.valueProperty().addListener((o, a, v) -> variantChanged());
        addresseeField
                .focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                vm.setAddressee(addresseeField.getText());
                            }
                        });
        addresseeField.setOnAction(e -> vm.setAddressee(addresseeField.getText()));
        letterParts.setCellFactory(lv -> new LetterPartCell());
        letterParts
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, s) -> showPart(s));
        partText.textProperty()
                .addListener(
                        (o, a, t) -> {
                            LetterSection s = letterParts.getSelectionModel().getSelectedItem();
                            if (!showing && s != null) {
                                vm.editPart(s.part(), t);
                            }
                        });
        Label none = new Label(Messages.get("packet.letter.none"));
        none.setWrapText(true);
        none.setMaxWidth(240);
        letterParts.setPlaceholder(none);
        vm.gaps().addListener((ListChangeListener<String>) ch -> gaps());
        gaps();
        vm.stale().addListener((ListChangeListener<Object>) ch -> stale());
        stale();
        signer = new SignerChoice(vm, signedByBox, profileLink, signerDetail);
        vm.caseFileProperty().addListener((o, a, c) -> show());
        show();
    }

    private void show() {
        showing = true;
        try {
            LetterDraft l = vm.letter();
            urgencyBox.setValue(l.urgency());
            signerBox.setValue(l.signer());
            levelBox.setValue(l.reviewLevel());
            signer.show();
            if (!addresseeField.isFocused()) {
                addresseeField.setText(l.addressee());
                addresseeField.setPromptText(vm.recipient());
            }
            draftButton.setText(
                    Messages.get(
                            l.sections().isEmpty()
                                    ? "packet.letter.draft"
                                    : "packet.letter.regenerate"));
            LetterSection sel = letterParts.getSelectionModel().getSelectedItem();
            letterParts.getItems().setAll(l.sections());
            Optional<LetterSection> again =
                    sel == null
                            ? Optional.empty()
                            : l.sections().stream().filter(s -> s.part() == sel.part()).findFirst();
            again.ifPresentOrElse(
                    s -> letterParts.getSelectionModel().select(s),
                    () -> letterParts.getSelectionModel().selectFirst());
            LetterSection now = letterParts.getSelectionModel().getSelectedItem();
            editedLabel.setVisible(now != null && now.wasEdited());
            revertButton.setDisable(now == null || !now.wasEdited());
        } finally {
            showing = false;
        }
    }

    private void showPart(LetterSection s) {
        showing = true;
        try {
            if (s == null) {
                partText.clear();
                partText.setDisable(true);
            } else if (!partText.getText().equals(s.text())) {
                partText.setDisable(false);
                partText.setText(s.text());
            } else {
                partText.setDisable(false);
            }
            editedLabel.setVisible(s != null && s.wasEdited());
            revertButton.setDisable(s == null || !s.wasEdited());
        } finally {
            showing = false;
        }
    }

    /**
     * Brings what fixes {@code place} into view through {@code focus}, if it is on this card.
     *
     * @return whether this card handled it
     */
    boolean fix(FixPlace place, Consumer<Control> focus) {
        switch (place) {
            case LETTERS_SIGNER -> {
                if (vm.signers().isEmpty()) {
                    openPracticeProfile();
                } else {
                    focus.accept(signedByBox);
                    signedByBox.show();
                }
            }
            case LETTERS_VARIANT, LETTERS_CONSENT -> focus.accept(urgencyBox);
            case LETTERS_STALE ->
                    staleBox.lookupAll(".button").stream()
                            .findFirst()
                            .ifPresent(b -> focus.accept((Control) b));
            case PRACTICE_PROFILE -> openPracticeProfile();
            default -> {
                return false;
            }
        }
        return true;
    }

    @FXML
    void openPracticeProfile() {
        PracticeProfileDialog.open(ctx, profiles, window(), d -> {});
    }

    private void stale() {
        StaleParts.show(staleBox, vm.stale(), vm::keepMine, vm::takeNew);
    }

    private void gaps() {
        gapsLabel.setText(String.join("\n", vm.gaps().stream().map(g -> "• " + g).toList()));
        gapsBox.setVisible(!vm.gaps().isEmpty());
        gapsBox.setManaged(!vm.gaps().isEmpty());
    }

    private void variantChanged() {
        if (showing
                || urgencyBox.getValue() == null
                || signerBox.getValue() == null
                || levelBox.getValue() == null) {
            return;
        }
        vm.setVariant(urgencyBox.getValue(), signerBox.getValue(), levelBox.getValue());
    }

    private Window window() {
        return letterCard.getScene() == null ? null : letterCard.getScene().getWindow();
    }

    @FXML
    void draft() {
        List<LetterPart> atStake = vm.editsAtStake();
        if (atStake.isEmpty()) {
            vm.regenerate(false);
            return;
        }
        RegenerateDialog.ask(window(), atStake).ifPresent(vm::regenerate);
    }

    @FXML
    private void revert() {
        LetterSection s = letterParts.getSelectionModel().getSelectedItem();
        if (s != null) {
            vm.revertPart(s.part());
        }
    }
}
