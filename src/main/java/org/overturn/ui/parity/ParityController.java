package org.overturn.ui.parity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.UsStates;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.CriteriaFinding;
import org.overturn.domain.parity.CriteriaVerdict;
import org.overturn.domain.parity.DocumentRequest;
import org.overturn.domain.parity.Finding;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.NqtlIssue;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityInference;
import org.overturn.domain.parity.StateCriteriaResult;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.ui.citations.CitationNodes;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * Parity: binds the plan facts and shows what follows from them, each point with its library
 * entries.
 */
public final class ParityController {

    private final ParityViewModel vm;

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

    public ParityController(WorkspaceViewModel workspace, ReferenceData reference) {
        this.vm = new ParityViewModel(workspace, reference);
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
        vm.workspace().caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(vm.workspace().caseFile());
    }

    private static <T> void showInferred(
            ComboBox<T> box, T unset, List<ParityInference.Inferred> inferred, String fact) {
        Optional<String> value =
                inferred.stream()
                        .filter(i -> i.fact().equals(fact))
                        .map(ParityInference.Inferred::value)
                        .findFirst();
        StringConverter<T> shown = box.getConverter();
        box.setButtonCell(
                new ListCell<>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        if (empty || item == null) {
                            setText(null);
                        } else if (item.equals(unset) && value.isPresent()) {
                            setText(Messages.format("parity.inferred.value", value.get()));
                        } else {
                            setText(shown == null ? item.toString() : shown.toString(item));
                        }
                    }
                });
    }

    private static void tri(ComboBox<TriState> box, ObjectProperty<TriState> p) {
        TriState.install(box);
        box.valueProperty().bindBidirectional(p);
    }

    private CitationLibrary library() {
        return vm.reference().citations();
    }

    private void refresh(CaseFile c) {
        String type = c.plan().planType().map(Messages::label).orElse(Messages.get("field.notSet"));
        String state =
                c.plan().issuedState().isEmpty()
                        ? Messages.get("field.notSet")
                        : c.plan().issuedState()
                                + " · "
                                + UsStates.name(c.plan().issuedState()).orElse("");
        planSummary.setText(Messages.format("parity.planSummary", type, state));
        // Asked once: what the plan type already says is shown as filled in, with where it came
        // from.
        List<ParityInference.Inferred> inferred =
                ParityInference.from(c.plan().planType(), c.plan().employerSponsored(), c.parity());
        inferredLabel.setText(
                inferred.isEmpty()
                        ? ""
                        : Messages.format(
                                "parity.inferred",
                                inferred.get(0).from(),
                                inferred.stream()
                                        .map(i -> i.fact() + ": " + i.value())
                                        .collect(Collectors.joining("; "))));
        Nodes.show(inferredLabel, !inferred.isEmpty());
        // The choice itself reads as inferred while it is not set: "Self-funded (plan type)".
        showInferred(fundingBox, FundingType.UNKNOWN, inferred, "Funding");
        showInferred(churchBox, TriState.UNKNOWN, inferred, "Church plan");

        ParityAssessment a = vm.assessment();
        applicabilityLabel.setText(Messages.label(a.applicability()));
        applicabilityLabel.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-muted");
        applicabilityLabel
                .getStyleClass()
                .add(
                        switch (a.applicability()) {
                            case APPLIES, APPLIES_MEDICAID -> "verdict-ok";
                            case VERIFY, NEEDS_FACTS -> "verdict-warn";
                            case NOT_SUBJECT -> "verdict-muted";
                        });
        reasonsBox.getChildren().setAll(a.reasons().stream().map(this::finding).toList());
        boolean applies =
                a.applicability() != Applicability.NOT_SUBJECT
                        && a.applicability() != Applicability.NEEDS_FACTS;

        nqtlBox.getChildren().setAll(a.nqtls().stream().map(this::nqtl).toList());
        if (a.nqtls().isEmpty()) {
            nqtlBox.getChildren()
                    .add(
                            Nodes.label(
                                    Messages.get(
                                            c.currentDenial().isPresent()
                                                    ? "parity.nqtl.none"
                                                    : "parity.noDenial"),
                                    "text-muted"));
        }
        Nodes.show(nqtlCard, applies);

        classificationLabel.setText(
                a.classification()
                        .map(x -> Messages.format("parity.classification", Messages.label(x)))
                        .orElse(
                                Messages.get(
                                        c.currentDenial().isPresent()
                                                ? "parity.classification.unknown"
                                                : "parity.noDenial")));
        comparatorBox.getChildren().clear();
        if (!a.comparators().isEmpty()) {
            comparatorBox
                    .getChildren()
                    .add(Nodes.label(Messages.get("parity.comparators"), "text-muted"));
            comparatorBox.getChildren().add(Nodes.chips(a.comparators(), ""));
        }
        a.classificationNotes().forEach(f -> comparatorBox.getChildren().add(finding(f)));
        Nodes.show(comparatorCard, applies);

        documentsBox.getChildren().setAll(a.documents().stream().map(this::document).toList());
        Nodes.show(documentsCard, applies && !a.documents().isEmpty());
        persuasiveBox.getChildren().setAll(a.persuasiveOnly().stream().map(this::finding).toList());
        Nodes.show(persuasiveCard, applies && !a.persuasiveOnly().isEmpty());

        stateLaw(c);
    }

    private void stateLaw(CaseFile c) {
        stateBox.getChildren().clear();
        Optional<StateCriteriaResult> result = vm.stateLaw();
        boolean wrong = vm.wrongCriteriaApplied();
        Nodes.show(wrongCriteriaLabel, wrong);
        if (result.isEmpty()) {
            stateSummary.setText(
                    Messages.get(
                            c.plan().planType().isEmpty()
                                    ? "parity.state.needPlanType"
                                    : "parity.noDenial"));
            return;
        }
        StateCriteriaResult r = result.get();
        stateSummary.setText(
                r.rules().isEmpty()
                        ? Messages.get("parity.state.noneReach")
                        : Messages.format(
                                "parity.state.reach",
                                r.rules().size(),
                                r.state(),
                                Messages.label(vm.criteriaUsed())));
        List<CriteriaVerdict> verdicts = vm.verdicts(r);
        for (StateCriteriaRule rule : r.rules()) {
            Optional<CriteriaVerdict> v =
                    verdicts.stream().filter(x -> x.ruleId().equals(rule.id())).findFirst();
            stateBox.getChildren().add(rule(rule, v));
        }
        r.notes().forEach(n -> stateBox.getChildren().add(Nodes.label(n, "text-muted")));
    }

    private Node rule(StateCriteriaRule r, Optional<CriteriaVerdict> v) {
        String title = library().find(r.citationId()).map(x -> x.shortTitle()).orElse(r.id());
        VBox card = new VBox(8, Nodes.label(r.state() + " · " + title, "row-criterion"));
        card.getStyleClass().add("inner-card");
        card.setId("rule-" + r.id());
        if (r.verification() == Verification.UNVERIFIED) {
            card.getChildren().add(Nodes.label(Messages.get("citation.verify"), "tag-warning"));
        }
        GridPane g = Nodes.grid();
        int row = 0;
        row = Nodes.row(g, row, Messages.get("parity.rule.requires"), Nodes.label(r.requirement()));
        row =
                Nodes.row(
                        g,
                        row,
                        Messages.get("parity.rule.reaches"),
                        Nodes.label(labels(r.markets())));
        row = Nodes.row(g, row, Messages.get("parity.rule.covers"), Nodes.label(labels(r.focus())));
        String accepted = labels(r.accepted());
        if (!r.conditional().isEmpty()) {
            accepted += "; " + Messages.format("parity.rule.conditional", labels(r.conditional()));
        }
        row = Nodes.row(g, row, Messages.get("parity.rule.accepted"), Nodes.label(accepted));
        String dates =
                r.effectiveUntil()
                        .map(
                                u ->
                                        Messages.format(
                                                "parity.rule.fromUntil",
                                                Dates.show(r.effectiveFrom()),
                                                Dates.show(u)))
                        .orElse(Messages.format("parity.rule.from", Dates.show(r.effectiveFrom())));
        row = Nodes.row(g, row, Messages.get("parity.rule.effective"), Nodes.label(dates));
        if (v.isPresent()) {
            Label verdict =
                    Nodes.label(
                            Messages.label(v.get().finding()) + ". " + v.get().message(),
                            verdictStyle(v.get().finding()));
            verdict.setId("verdict-" + r.id());
            row = Nodes.row(g, row, Messages.get("parity.rule.verdict"), verdict);
        }
        Nodes.row(
                g,
                row,
                Messages.get("parity.rule.source"),
                CitationNodes.list(library(), List.of(r.citationId())));
        card.getChildren().add(g);
        return card;
    }

    private static String verdictStyle(CriteriaFinding f) {
        return switch (f) {
            case MATCHES -> "verdict-ok";
            case WRONG_CRITERIA -> "verdict-danger";
            case VERIFY, NOT_STATED -> "verdict-warn";
        };
    }

    private static String labels(List<? extends HasId> items) {
        return items.isEmpty()
                ? Messages.get("parity.rule.noneListed")
                : items.stream().map(Messages::label).collect(Collectors.joining(", "));
    }

    private Node finding(Finding f) {
        VBox box = new VBox(4, Nodes.label(f.text()));
        if (!f.citationIds().isEmpty()) {
            box.getChildren().add(CitationNodes.list(library(), f.citationIds()));
        }
        return box;
    }

    private Node nqtl(NqtlIssue n) {
        VBox box =
                new VBox(
                        4,
                        Nodes.label(Messages.label(n.nqtl()), "row-criterion"),
                        Nodes.label(n.why()),
                        CitationNodes.list(library(), n.citationIds()));
        box.getStyleClass().add("inner-card");
        return box;
    }

    private Node document(DocumentRequest d) {
        VBox box =
                new VBox(
                        4,
                        Nodes.label(d.what(), "row-criterion"),
                        Nodes.label(d.basis()),
                        CitationNodes.list(library(), d.citationIds()));
        box.getStyleClass().add("inner-card");
        return box;
    }

    @FXML
    private void editPlan() {
        vm.workspace().sectionProperty().set(Section.PATIENT_PLAN);
    }
}
