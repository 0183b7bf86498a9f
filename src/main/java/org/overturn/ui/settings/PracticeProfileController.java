package org.overturn.ui.settings;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;

/** Settings → Practice profile: who signs, the practice's letterhead, and the logo and signature images. */
public final class PracticeProfileController {

    /** Images above this size are refused: a letterhead logo needs far less. */
    static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    @FXML private TextField nameField;
    @FXML private TextField credentialsField;
    @FXML private TextField npiField;
    @FXML private Label npiError;
    @FXML private TextField practiceField;
    @FXML private TextArea addressArea;
    @FXML private TextField phoneField;
    @FXML private TextField faxField;
    @FXML private ImageView logoView;
    @FXML private ImageView signatureView;
    @FXML private Label imageError;

    private FieldCheck npiCheck;
    private Optional<ProfileImage> logo = Optional.empty();
    private List<Clinician> others = List.of();
    private Optional<Boolean> firstPhysician = Optional.empty();
    private Optional<ProfileImage> signature = Optional.empty();

    @FXML
    private void initialize() {
        npiCheck = FieldCheck.install(new ValidationSupport(), npiField, npiError, PracticeProfileController::checkNpi);
        imageError.setText("");
    }

    static Optional<String> checkNpi(String t) {
        String s = t == null ? "" : t.replace(" ", "");
        return s.isEmpty() || s.matches("\\d{10}") ? Optional.empty() : Optional.of(Messages.get("profile.npi.invalid"));
    }

    public void edit(PracticeProfile p) {
        others = p.clinicians().size() > 1 ? p.clinicians().subList(1, p.clinicians().size()) : List.of();
        Optional<Clinician> first = p.clinicians().stream().findFirst();
        firstPhysician = first.map(Clinician::physician);
        nameField.setText(first.map(Clinician::name).orElse(""));
        credentialsField.setText(first.map(Clinician::credentials).orElse(""));
        npiField.setText(first.map(Clinician::npi).orElse(""));
        practiceField.setText(p.practiceName());
        addressArea.setText(p.address());
        phoneField.setText(p.phone());
        faxField.setText(p.fax());
        logo = p.logo();
        signature = p.signature();
        show(logoView, logo);
        show(signatureView, signature);
    }

    public BooleanBinding invalidBinding() {
        return Bindings.not(npiCheck.validProperty());
    }

    public PracticeProfile value() {
        List<Clinician> clinicians = new java.util.ArrayList<>();
        if (!nameField.getText().isBlank()) {
            String cred = credentialsField.getText();
            clinicians.add(new Clinician(nameField.getText(), cred,
                    firstPhysician.orElse(Clinician.credentialsNamePhysician(cred)), npiField.getText(), "", "", ""));
        }
        others.stream().filter(k -> !k.name().equalsIgnoreCase(nameField.getText().strip())).forEach(clinicians::add);
        return new PracticeProfile(practiceField.getText(), addressArea.getText(), phoneField.getText(),
                faxField.getText(), clinicians, logo, signature);
    }

    private static void show(ImageView view, Optional<ProfileImage> img) {
        view.setImage(img.map(i -> new Image(new java.io.ByteArrayInputStream(i.bytes()))).orElse(null));
    }

    private Optional<ProfileImage> choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("profile.image.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("profile.image.filter"),
                "*.png", "*.jpg", "*.jpeg"));
        File f = chooser.showOpenDialog(nameField.getScene() == null ? null : nameField.getScene().getWindow());
        return f == null ? Optional.empty() : read(f);
    }

    /** Reads and checks an image file; a bad one is named under the images and nothing changes. */
    Optional<ProfileImage> read(File f) {
        imageError.setText("");
        try {
            if (Files.size(f.toPath()) > MAX_IMAGE_BYTES) {
                imageError.setText(Messages.format("profile.image.tooLarge", f.getName()));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(f.toPath());
            if (javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) == null) {
                imageError.setText(Messages.format("profile.image.unreadable", f.getName()));
                return Optional.empty();
            }
            return Optional.of(new ProfileImage(f.getName(), bytes));
        } catch (IOException | RuntimeException e) {
            imageError.setText(Messages.format("profile.image.unreadable", f.getName()));
            return Optional.empty();
        }
    }

    @FXML
    private void chooseLogo() {
        choose().ifPresent(i -> {
            logo = Optional.of(i);
            show(logoView, logo);
        });
    }

    @FXML
    private void clearLogo() {
        logo = Optional.empty();
        show(logoView, logo);
    }

    @FXML
    private void chooseSignature() {
        choose().ifPresent(i -> {
            signature = Optional.of(i);
            show(signatureView, signature);
        });
    }

    @FXML
    private void clearSignature() {
        signature = Optional.empty();
        show(signatureView, signature);
    }
}
