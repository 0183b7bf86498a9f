package org.overturn.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.casefile.DatePlausibility;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.UsStates;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.TriState;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.overturn.ui.payers.PayerEditorController;

/** Patient and plan: binds the form to its view model and runs the payer dialog. */
public final class PatientPlanController {

    private final UiServices ctx;
    private final WorkspaceViewModel workspace;
    private final PatientPlanViewModel vm;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private TextField dobField;
    @FXML private Label dobError;
    @FXML private TextField memberIdField;
    @FXML private TextField groupField;
    @FXML private ComboBox<String> patientStateBox;
    @FXML private SearchableComboBox<Payer> payerBox;
    @FXML private Button editPayerButton;
    @FXML private Label payerDetails;
    @FXML private ComboBox<PlanType> planTypeBox;
    @FXML private TextField planNameField;
    @FXML private ComboBox<String> issuedStateBox;
    @FXML private ComboBox<TriState> employerBox;
    @FXML private TextField employerNameField;
    @FXML private CheckBox shareWithEmployerBox;
    @FXML private Label shareNotAskedLabel;
    @FXML private CheckBox hasRepBox;
    @FXML private GridPane repGrid;
    @FXML private TextField repNameField;
    @FXML private Label repNameError;
    @FXML private TextField repRelationshipField;
    @FXML private CheckBox repFormBox;

    public PatientPlanController(UiServices ctx, WorkspaceViewModel workspace) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.vm = new PatientPlanViewModel(workspace);
    }

    public PatientPlanViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        ValidationSupport vs = new ValidationSupport();
        nameField.textProperty().bindBidirectional(vm.name);
        dobField.textProperty().bindBidirectional(vm.dateOfBirth);
        memberIdField.textProperty().bindBidirectional(vm.memberId);
        groupField.textProperty().bindBidirectional(vm.groupNumber);
        FieldCheck.install(vs, nameField, nameError, PatientPlanViewModel::checkName);
        FieldCheck.install(vs, dobField, dobError, vm::checkDateOfBirth)
                .warnWhen(
                        t ->
                                Dates.parse(t)
                                        .value()
                                        .flatMap(
                                                d ->
                                                        DatePlausibility.dateOfBirth(
                                                                d, LocalDate.now())));

        List<String> states = new ArrayList<>();
        UsStates.codes().forEach(states::add);
        for (ComboBox<String> box : List.of(patientStateBox, issuedStateBox)) {
            box.getItems().setAll(states);
            box.getItems().add(0, null);
            box.setConverter(
                    new StringConverter<>() {
                        @Override
                        public String toString(String code) {
                            return code == null
                                    ? Messages.get("field.notSet")
                                    : code + " · " + UsStates.name(code).orElse(code);
                        }

                        @Override
                        public String fromString(String s) {
                            return s == null || s.length() < 2 ? null : s.substring(0, 2);
                        }
                    });
        }
        patientStateBox.valueProperty().bindBidirectional(vm.patientState);
        issuedStateBox.valueProperty().bindBidirectional(vm.issuedState);

        payerBox.setItems(workspace.payers());
        payerBox.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Payer p) {
                        return p == null ? "" : p.name();
                    }

                    @Override
                    public Payer fromString(String s) {
                        return workspace.payers().stream()
                                .filter(p -> p.name().equals(s))
                                .findFirst()
                                .orElse(null);
                    }
                });
        payerBox.setPromptText(Messages.get("payer.choose"));
        payerBox.valueProperty().bindBidirectional(vm.payer);
        vm.payer.addListener((o, a, p) -> showPayer(p));
        showPayer(vm.payer.get());
        editPayerButton.disableProperty().bind(vm.payer.isNull());

        planTypeBox.getItems().setAll(PlanType.values());
        EnumCells.install(planTypeBox);
        planTypeBox.valueProperty().bindBidirectional(vm.planType);
        planNameField.textProperty().bindBidirectional(vm.planName);
        TriState.install(employerBox);
        employerBox.valueProperty().bindBidirectional(vm.employerSponsored);
        employerNameField.textProperty().bindBidirectional(vm.employerName);
        shareWithEmployerBox.selectedProperty().bindBidirectional(vm.shareWithEmployer);
        shareNotAskedLabel.visibleProperty().bind(vm.shareAskedProperty().not());
        shareNotAskedLabel.managedProperty().bind(shareNotAskedLabel.visibleProperty());

        hasRepBox.selectedProperty().bindBidirectional(vm.hasRepresentative);
        repGrid.disableProperty().bind(vm.hasRepresentative.not());
        repNameField.textProperty().bindBidirectional(vm.repName);
        repRelationshipField.textProperty().bindBidirectional(vm.repRelationship);
        repFormBox.selectedProperty().bindBidirectional(vm.repFormOnFile);
        FieldCheck repCheck = FieldCheck.install(vs, repNameField, repNameError, vm::checkRepName);
        vm.hasRepresentative.addListener((o, a, b) -> repCheck.evaluate());
    }

    private void showPayer(Payer p) {
        if (p == null) {
            payerDetails.setText(Messages.get("payer.none"));
            return;
        }
        StringBuilder sb = new StringBuilder();
        append(sb, "payer.detail.fax", p.appealsFax());
        append(sb, "payer.detail.phone", p.phone());
        append(sb, "payer.detail.bhManager", p.behavioralHealthManager());
        String address =
                p.appealsAddress().replace('\n', ',').replace(",", ", ").replaceAll("\\s+", " ");
        append(sb, "payer.detail.address", address);
        payerDetails.setText(sb.length() == 0 ? Messages.get("payer.noDetails") : sb.toString());
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (!value.isBlank()) {
            if (sb.length() > 0) {
                sb.append("   ·   ");
            }
            sb.append(Messages.format(key, value));
        }
    }

    @FXML
    private void newPayer(ActionEvent e) {
        openPayerDialog(Optional.empty());
    }

    @FXML
    private void editPayer(ActionEvent e) {
        openPayerDialog(Optional.ofNullable(vm.payer.get()));
    }

    private void openPayerDialog(Optional<Payer> existing) {
        ViewLoader.View<PayerEditorController> view =
                ctx.views().load(PayerEditorController.class, "PayerEditor");
        existing.ifPresent(view.controller()::edit);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(
                Messages.get(existing.isPresent() ? "payer.edit.title" : "payer.new.title"));
        dialog.setHeaderText(Messages.get("payer.dialog.header"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(view.controller().invalidBinding());
        // Keep the dialog open until the directory has accepted the entry (a duplicate name is
        // refused).
        ok.addEventFilter(
                ActionEvent.ACTION,
                ev -> {
                    ev.consume();
                    workspace.savePayer(
                            view.controller().value(),
                            saved -> {
                                vm.payer.set(saved);
                                showPayer(saved);
                                dialog.setResult(ButtonType.OK);
                                dialog.close();
                            },
                            err -> view.controller().showSaveError(err.getMessage()));
                });
        if (nameField.getScene() != null) {
            dialog.initOwner(nameField.getScene().getWindow());
        }
        dialog.setOnShown(ev -> view.controller().nameField().requestFocus());
        dialog.showAndWait();
    }
}
