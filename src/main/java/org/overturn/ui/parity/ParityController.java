package org.overturn.ui.parity;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.core.ReferenceData;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityInference;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.TriState;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Parity: binds the plan facts and shows what follows from them, each point with its library
 * entries.
 */
public final class ParityController {

    private final UiServices services;
    private final ParityViewModel vm;
    private final PointCards cards;
    private final ComplaintWork complaints;
    private ComplaintController complaint;

    @FXML private Label planSummary;
    @FXML private ComboBox<FundingType> fundingBox;
    @FXML private Label inferredLabel;
    @FXML private TextField employerSizeField;
    @FXML private Label employerSizeError;
    @FXML private ComboBox<TriState> churchBox;
    @FXML private ComboBox<TriState> retireeBox;
    @FXML private ComboBox<TriState> grandfatheredBox;
    @FXML private TextField appealLevelsField;
    @FXML private Label appealLevelsError;
    @FXML private TextField planYearField;
    @FXML private Label planYearError;
    @FXML private Label applicabilityLabel;
    @FXML private VBox reasonsBox;
    @FXML private VBox nqtlCard;
    @FXML private VBox nqtlBox;
    @FXML private VBox comparatorCard;
    @FXML private Label classificationLabel;
    @FXML private VBox comparatorBox;
    @FXML private VBox documentsCard;
    @FXML private VBox documentsBox;
    @FXML private VBox persuasiveCard;
    @FXML private VBox persuasiveBox;
    @FXML private Label wrongCriteriaLabel;
    @FXML private Label stateSummary;
    @FXML private VBox stateBox;

    public ParityController(
            UiServices services,
            WorkspaceViewModel workspace,
            ReferenceData reference,
            ComplaintWork complaints) {
        this.services = services;
        this.vm = new ParityViewModel(workspace, reference);
        this.cards = new PointCards(reference);
        this.complaints = complaints;
    }

    public ParityViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        ValidationSupport vs = new ValidationSupport();
        fundingBox.getItems().setAll(FundingType.values());
        EnumCells.install(fundingBox);
        fundingBox.valueProperty().bindBidirectional(vm.funding);
        tri(churchBox, vm.churchPlan);
        tri(retireeBox, vm.retireeOnly);
        tri(grandfatheredBox, vm.grandfathered);
        employerSizeField.textProperty().bindBidirectional(vm.employerSize);
        appealLevelsField.textProperty().bindBidirectional(vm.appealLevels);
        planYearField.textProperty().bindBidirectional(vm.planYearStart);
        FieldCheck.install(
                vs, employerSizeField, employerSizeError, ParityViewModel::checkEmployerSize);
        FieldCheck.install(
                vs, appealLevelsField, appealLevelsError, ParityViewModel::checkAppealLevels);
        FieldCheck.install(vs, planYearField, planYearError, ParityViewModel::checkPlanYearStart);
        vm.workspace().caseFileProperty().addListener((o, a, c) -> refresh());
        refresh();
    }

    private static void tri(ComboBox<TriState> box, ObjectProperty<TriState> p) {
        TriState.install(box);
        box.valueProperty().bindBidirectional(p);
    }

    private void refresh() {
        planSummary.setText(vm.planSummary());
        List<ParityInference.Inferred> inferred = vm.inferred();
        inferredLabel.setText(ParityViewModel.inferredNote(inferred));
        Nodes.show(inferredLabel, !inferred.isEmpty());
        // The choice itself reads as inferred while it is not set: "Self-funded (plan type)".
        InferredChoice.show(
                fundingBox,
                FundingType.UNKNOWN,
                ParityViewModel.inferredChoice(inferred, "Funding"));
        InferredChoice.show(
                churchBox,
                TriState.UNKNOWN,
                ParityViewModel.inferredChoice(inferred, "Church plan"));

        ParityAssessment a = vm.assessment();
        applicabilityLabel.setText(Messages.label(a.applicability()));
        VerdictStyle.apply(applicabilityLabel, a.applicability());
        reasonsBox.getChildren().setAll(a.reasons().stream().map(cards::finding).toList());
        boolean applies = ParityViewModel.applies(a);

        nqtlBox.getChildren().setAll(a.nqtls().stream().map(cards::nqtl).toList());
        if (a.nqtls().isEmpty()) {
            nqtlBox.getChildren().add(Nodes.label(vm.noLimitation(), "text-muted"));
        }
        Nodes.show(nqtlCard, applies);

        classificationLabel.setText(vm.classification(a));
        comparatorBox.getChildren().clear();
        if (!a.comparators().isEmpty()) {
            comparatorBox
                    .getChildren()
                    .add(Nodes.label(Messages.get("parity.comparators"), "text-muted"));
            comparatorBox.getChildren().add(Nodes.chips(a.comparators(), ""));
        }
        a.classificationNotes().forEach(f -> comparatorBox.getChildren().add(cards.finding(f)));
        Nodes.show(comparatorCard, applies);

        documentsBox.getChildren().setAll(a.documents().stream().map(cards::document).toList());
        Nodes.show(documentsCard, applies && !a.documents().isEmpty());
        persuasiveBox
                .getChildren()
                .setAll(a.persuasiveOnly().stream().map(cards::finding).toList());
        Nodes.show(persuasiveCard, applies && !a.persuasiveOnly().isEmpty());

        stateLaw();
    }

    private void stateLaw() {
        stateBox.getChildren().clear();
        Optional<StateCriteriaResult> result = vm.stateLaw();
        Nodes.show(wrongCriteriaLabel, vm.wrongCriteriaApplied());
        stateSummary.setText(vm.stateSummary(result));
        if (result.isEmpty()) {
            return;
        }
        StateCriteriaResult r = result.get();
        List<CriteriaVerdict> verdicts = vm.verdicts(r);
        for (StateCriteriaRule rule : r.rules()) {
            stateBox.getChildren()
                    .add(
                            RuleCard.of(
                                    rule,
                                    ParityViewModel.verdictFor(verdicts, rule),
                                    vm.reference().citations()));
        }
        r.notes().forEach(n -> stateBox.getChildren().add(Nodes.label(n, "text-muted")));
    }

    /** Opens the complaint dialog, or brings the open one to the front. */
    @FXML
    void draftComplaint() {
        if (complaint != null && complaint.dialog().isShowing()) {
            complaint.dialog().getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Window owner = planSummary.getScene() == null ? null : planSummary.getScene().getWindow();
        complaint =
                ComplaintController.open(
                        services, new ComplaintViewModel(vm.workspace(), complaints), owner);
    }

    /** The complaint dialog last opened, for tests. */
    public Optional<ComplaintController> complaint() {
        return Optional.ofNullable(complaint);
    }

    @FXML
    private void editPlan() {
        vm.workspace().sectionProperty().set(Section.PATIENT_PLAN);
    }
}
