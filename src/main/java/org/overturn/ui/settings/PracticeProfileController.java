package org.overturn.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.overturn.ui.common.Messages;

/**
 * Settings → Practice profile: binds the practice's fields, the list of clinicians and the form for
 * the one selected, and the images. Checking and the result are the view model's.
 */
public final class PracticeProfileController {

    private final PracticeProfileViewModel vm;
    private ClinicianForm clinician;

    @FXML private VBox root;
    @FXML private TextField practiceField;
    @FXML private TextArea addressArea;
    @FXML private TextField phoneField;
    @FXML private TextField faxField;
    @FXML private ImageView logoView;
    @FXML private Button clearLogoButton;
    @FXML private ListView<ClinicianRow> clinicianList;
    @FXML private Button removeClinicianButton;
    @FXML private Button upClinicianButton;
    @FXML private Button downClinicianButton;
    @FXML private GridPane clinicianForm;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField credentialsField;
    @FXML private CheckBox physicianBox;
    @FXML private TextField npiField;
    @FXML private Label npiError;
    @FXML private TextField clinicianPhoneField;
    @FXML private TextField clinicianFaxField;
    @FXML private TextField emailField;
    @FXML private ImageView signatureView;
    @FXML private Button clearSignatureButton;
    @FXML private Label signatureNote;
    @FXML private Label imageError;
    @FXML private Label problemLabel;

    public PracticeProfileController(PracticeProfileViewModel vm) {
        this.vm = vm;
    }

    public PracticeProfileViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        root.getProperties().put(PracticeProfileController.class, this);
        practiceField.textProperty().bindBidirectional(vm.practiceName);
        addressArea.textProperty().bindBidirectional(vm.address);
        phoneField.textProperty().bindBidirectional(vm.phone);
        faxField.textProperty().bindBidirectional(vm.fax);
        ProfileImages.bind(logoView, clearLogoButton, vm.logoProperty());
        ProfileImages.bind(signatureView, clearSignatureButton, vm.signatureProperty());
        signatureNote.textProperty().bind(vm.signatureNoteProperty());
        imageError.textProperty().bind(vm.imageErrorProperty());
        problemLabel
                .textProperty()
                .bind(
                        Bindings.when(vm.problemProperty().isEmpty())
                                .then(vm.saveErrorProperty())
                                .otherwise(vm.problemProperty()));

        clinicianList.setItems(vm.clinicians());
        clinicianList.setCellFactory(lv -> new ClinicianCell());
        Label none = new Label(Messages.get("profile.clinicians.none"));
        none.setWrapText(true);
        none.setMaxWidth(220);
        clinicianList.setPlaceholder(none);
        clinician =
                new ClinicianForm(
                        vm,
                        clinicianList,
                        clinicianForm,
                        nameField,
                        nameError,
                        credentialsField,
                        physicianBox,
                        npiField,
                        npiError,
                        clinicianPhoneField,
                        clinicianFaxField,
                        emailField,
                        removeClinicianButton,
                        upClinicianButton,
                        downClinicianButton);
    }

    @FXML
    void addClinician() {
        vm.add();
        clinician.focusName();
    }

    @FXML
    void removeClinician() {
        clinician.bound().ifPresent(vm::remove);
    }

    @FXML
    void moveUp() {
        clinician.bound().ifPresent(r -> vm.move(r, -1));
    }

    @FXML
    void moveDown() {
        clinician.bound().ifPresent(r -> vm.move(r, 1));
    }

    @FXML
    private void chooseLogo() {
        ProfileImages.choose(root).ifPresent(f -> vm.chooseLogo(f.toPath()));
    }

    @FXML
    private void clearLogo() {
        vm.clearLogo();
    }

    @FXML
    private void chooseSignature() {
        ProfileImages.choose(root).ifPresent(f -> vm.chooseSignature(f.toPath()));
    }

    @FXML
    private void clearSignature() {
        vm.clearSignature();
    }
}
