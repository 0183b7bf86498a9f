package org.overturn.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;

/**
 * Settings → Practice profile: binds the practice's fields, the list of clinicians and the form for
 * the one selected, and the images. Checking and the result are the view model's.
 */
public final class PracticeProfileController {

    private final PracticeProfileViewModel vm;
    private ClinicianRow bound;
    // The box follows the row (its credentials may tick it); a click is the clinician's own choice.
    private final ChangeListener<Boolean> physicianFollows =
            (o, a, v) -> this.physicianBox.setSelected(v);

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
        vm.logoProperty().addListener((o, a, img) -> show(logoView, clearLogoButton, img));
        show(logoView, clearLogoButton, vm.logoProperty().get());
        vm.signatureProperty()
                .addListener((o, a, img) -> show(signatureView, clearSignatureButton, img));
        show(signatureView, clearSignatureButton, vm.signatureProperty().get());
        signatureNote.textProperty().bind(vm.signatureNoteProperty());
        imageError.textProperty().bind(vm.imageErrorProperty());
        problemLabel
                .textProperty()
                .bind(
                        Bindings.when(vm.problemProperty().isEmpty())
                                .then(vm.saveErrorProperty())
                                .otherwise(vm.problemProperty()));

        clinicianList.setItems(vm.clinicians());
        clinicianList.setCellFactory(
                lv ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(ClinicianRow r, boolean empty) {
                                super.updateItem(r, empty);
                                if (empty || r == null) {
                                    setText(null);
                                    return;
                                }
                                boolean bad =
                                        r.nameProblem().isPresent() || r.npiProblem().isPresent();
                                setText(
                                        (bad ? "⚠ " : "")
                                                + r.display()
                                                + (r.physicianProperty().get()
                                                        ? "  ·  "
                                                                + Messages.get(
                                                                        "profile.clinician.physicianShort")
                                                        : ""));
                            }
                        });
        Label none = new Label(Messages.get("profile.clinicians.none"));
        none.setWrapText(true);
        none.setMaxWidth(220);
        clinicianList.setPlaceholder(none);
        clinicianList
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, r) -> {
                            if (r != null) {
                                vm.selectedProperty().set(r);
                            }
                        });
        vm.selectedProperty().addListener((o, a, r) -> select(r));
        vm.clinicians()
                .addListener(
                        (ListChangeListener<ClinicianRow>)
                                ch -> {
                                    rowChecks();
                                    buttons();
                                });
        physicianBox.setOnAction(
                e -> {
                    if (bound != null) {
                        bound.choosePhysician(physicianBox.isSelected());
                    }
                });
        select(vm.selectedProperty().get());
    }

    /** Shows the row in the form, bound both ways, so typing edits the row and nothing is lost. */
    private void select(ClinicianRow r) {
        if (bound != null) {
            unbind(nameField, bound.nameProperty());
            unbind(credentialsField, bound.credentialsProperty());
            unbind(npiField, bound.npiProperty());
            unbind(clinicianPhoneField, bound.phoneProperty());
            unbind(clinicianFaxField, bound.faxProperty());
            unbind(emailField, bound.emailProperty());
            bound.physicianProperty().removeListener(physicianFollows);
        }
        bound = r;
        clinicianForm.setDisable(r == null);
        if (r == null) {
            for (TextField f :
                    List.of(
                            nameField,
                            credentialsField,
                            npiField,
                            clinicianPhoneField,
                            clinicianFaxField,
                            emailField)) {
                f.clear();
            }
            physicianBox.setSelected(false);
        } else {
            nameField.textProperty().bindBidirectional(r.nameProperty());
            credentialsField.textProperty().bindBidirectional(r.credentialsProperty());
            npiField.textProperty().bindBidirectional(r.npiProperty());
            clinicianPhoneField.textProperty().bindBidirectional(r.phoneProperty());
            clinicianFaxField.textProperty().bindBidirectional(r.faxProperty());
            emailField.textProperty().bindBidirectional(r.emailProperty());
            physicianBox.setSelected(r.physicianProperty().get());
            r.physicianProperty().addListener(physicianFollows);
            if (clinicianList.getSelectionModel().getSelectedItem() != r) {
                clinicianList.getSelectionModel().select(r);
            }
        }
        rowChecks();
        buttons();
    }

    private static void unbind(TextField f, StringProperty p) {
        f.textProperty().unbindBidirectional(p);
    }

    /** The selected row's own messages, under its fields. */
    private void rowChecks() {
        Optional<String> name = bound == null ? Optional.empty() : bound.nameProblem();
        Optional<String> npi = bound == null ? Optional.empty() : bound.npiProblem();
        mark(nameField, nameError, name);
        mark(npiField, npiError, npi);
    }

    private static void mark(TextField f, Label error, Optional<String> problem) {
        error.setText(problem.orElse(""));
        Nodes.show(error, problem.isPresent());
        f.getStyleClass().remove("field-invalid");
        if (problem.isPresent()) {
            f.getStyleClass().add("field-invalid");
        }
    }

    private void buttons() {
        int i = bound == null ? -1 : vm.clinicians().indexOf(bound);
        removeClinicianButton.setDisable(i < 0);
        upClinicianButton.setDisable(i <= 0);
        downClinicianButton.setDisable(i < 0 || i >= vm.clinicians().size() - 1);
    }

    private static void show(ImageView view, Button clear, Optional<ProfileImage> img) {
        view.setImage(img.map(i -> new Image(new ByteArrayInputStream(i.bytes()))).orElse(null));
        Nodes.show(view, img.isPresent());
        clear.setDisable(img.isEmpty());
    }

    @FXML
    void addClinician() {
        vm.add();
        nameField.requestFocus();
    }

    @FXML
    void removeClinician() {
        if (bound != null) {
            vm.remove(bound);
        }
    }

    @FXML
    void moveUp() {
        if (bound != null) {
            vm.move(bound, -1);
        }
    }

    @FXML
    void moveDown() {
        if (bound != null) {
            vm.move(bound, 1);
        }
    }

    private Optional<File> choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("profile.image.choose"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                Messages.get("profile.image.filter"), "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(
                chooser.showOpenDialog(
                        root.getScene() == null ? null : root.getScene().getWindow()));
    }

    @FXML
    private void chooseLogo() {
        choose().ifPresent(f -> vm.chooseLogo(f.toPath()));
    }

    @FXML
    private void clearLogo() {
        vm.clearLogo();
    }

    @FXML
    private void chooseSignature() {
        choose().ifPresent(f -> vm.chooseSignature(f.toPath()));
    }

    @FXML
    private void clearSignature() {
        vm.clearSignature();
    }
}
