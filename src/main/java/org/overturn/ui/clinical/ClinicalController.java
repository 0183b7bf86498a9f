package org.overturn.ui.clinical;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.DsmSeverity;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.scoring.measures.CssrsRisk;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.WhodasScoring;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.opencase.ClinicalRiskFlags;
import org.overturn.ui.opencase.WorkspaceViewModel;

/** Clinical picture: binds the forms to their view models and lists what the case holds. */
public final class ClinicalController {

    private final ClinicalViewModel vm;
    private final MeasuresViewModel measures;
    private MeasuresTable table;

    @FXML private VBox riskFlagBox;
    @FXML private Label dxEmpty;
    @FXML private VBox diagnosesBox;
    @FXML private TextField dxCodeField;
    @FXML private Label dxCodeError;
    @FXML private TextField dxNameField;
    @FXML private TextField dxCriteriaField;
    @FXML private Label dxCriteriaError;
    @FXML private ComboBox<DsmSeverity> dxSeverityBox;
    @FXML private Label dxDerived;
    @FXML private TextField dxSpecifierField;
    @FXML private Button addDiagnosisButton;
    @FXML private Label historyEmpty;
    @FXML private VBox episodesBox;
    @FXML private ComboBox<CareSetting> epSettingBox;
    @FXML private ComboBox<EpisodeOutcome> epOutcomeBox;
    @FXML private TextField epStartField;
    @FXML private Label epStartError;
    @FXML private TextField epEndField;
    @FXML private Label epEndError;
    @FXML private TextField epReasonField;
    @FXML private TextField epProviderField;
    @FXML private Button addEpisodeButton;
    @FXML private TextField riskDateField;
    @FXML private Label riskDateError;
    @FXML private TextField assessedByField;
    @FXML private ComboBox<RiskLevel> suicideBox;
    @FXML private ComboBox<RiskLevel> selfHarmBox;
    @FXML private ComboBox<RiskLevel> othersBox;
    @FXML private ComboBox<RiskLevel> relapseBox;
    @FXML private TextArea riskFactorsArea;
    @FXML private TextArea protectiveArea;
    @FXML private TextArea ifCareStopsArea;
    @FXML private TableView<MeasureEntry> measuresTable;
    @FXML private TableColumn<MeasureEntry, String> mDateColumn;
    @FXML private TableColumn<MeasureEntry, String> mMeasureColumn;
    @FXML private TableColumn<MeasureEntry, String> mResultColumn;
    @FXML private Button removeMeasureButton;
    @FXML private ComboBox<Measure> measureBox;
    @FXML private TextField measureDateField;
    @FXML private Label measureDateError;
    @FXML private VBox scoreBox;
    @FXML private Label scoreLabel;
    @FXML private TextField scoreField;
    @FXML private Label scoreError;
    @FXML private VBox whodasBox;
    @FXML private ComboBox<WhodasScoring> whodasMethodBox;
    @FXML private VBox cssrsBox;
    @FXML private ComboBox<CssrsRisk> cssrsCategoryBox;
    @FXML private VBox itemsBox;
    @FXML private HBox itemFields;
    @FXML private Label itemsError;
    @FXML private TextField measureNoteField;
    @FXML private Button addMeasureButton;
    @FXML private Label measurePreview;
    @FXML private Label measureLicence;
    @FXML private VBox checklistBox;

    public ClinicalController(WorkspaceViewModel workspace) {
        this.vm = new ClinicalViewModel(workspace);
        this.measures = new MeasuresViewModel(workspace);
    }

    public ClinicalViewModel viewModel() {
        return vm;
    }

    public MeasuresViewModel measures() {
        return measures;
    }

    @FXML
    private void initialize() {
        ValidationSupport vs = new ValidationSupport();
        bindDiagnosisForm(vs);
        bindEpisodeForm(vs);
        riskDateField.textProperty().bindBidirectional(vm.riskDate);
        FieldCheck.install(vs, riskDateField, riskDateError, vm::checkRiskDate);
        assessedByField.textProperty().bindBidirectional(vm.assessedBy);
        Choices.bind(suicideBox, RiskLevel.values(), vm.suicide);
        Choices.bind(selfHarmBox, RiskLevel.values(), vm.selfHarm);
        Choices.bind(othersBox, RiskLevel.values(), vm.harmToOthers);
        Choices.bind(relapseBox, RiskLevel.values(), vm.relapse);
        riskFactorsArea.textProperty().bindBidirectional(vm.riskFactors);
        protectiveArea.textProperty().bindBidirectional(vm.protectiveFactors);
        ifCareStopsArea.textProperty().bindBidirectional(vm.ifCareStops);
        new MeasureForm(
                        measures,
                        measureBox,
                        measureDateField,
                        measureDateError,
                        scoreBox,
                        scoreLabel,
                        scoreField,
                        scoreError,
                        whodasBox,
                        whodasMethodBox,
                        cssrsBox,
                        cssrsCategoryBox,
                        itemsBox,
                        new ItemFields(measures, itemFields, itemsError, measureNoteField),
                        measureNoteField,
                        addMeasureButton,
                        measurePreview,
                        measureLicence)
                .bind(vs);
        table =
                new MeasuresTable(
                        measuresTable,
                        mDateColumn,
                        mMeasureColumn,
                        mResultColumn,
                        removeMeasureButton);
        vm.workspace().caseFileProperty().addListener((o, a, c) -> refresh(c));
        refresh(vm.workspace().caseFile());
    }

    private void bindDiagnosisForm(ValidationSupport vs) {
        dxCodeField.textProperty().bindBidirectional(vm.dxCode);
        dxNameField.textProperty().bindBidirectional(vm.dxName);
        dxCriteriaField.textProperty().bindBidirectional(vm.dxCriteria);
        dxSpecifierField.textProperty().bindBidirectional(vm.dxSpecifier);
        dxSeverityBox.getItems().add(null);
        dxSeverityBox.getItems().addAll(DsmSeverity.values());
        dxSeverityBox.setConverter(EnumCells.converter(dxSeverityBox));
        dxSeverityBox.setPromptText(Messages.get("clinical.dx.severity.prompt"));
        dxSeverityBox.valueProperty().bindBidirectional(vm.dxSeverity);
        FieldCheck.install(vs, dxCodeField, dxCodeError, ClinicalViewModel::checkCode);
        FieldCheck criteria =
                FieldCheck.install(vs, dxCriteriaField, dxCriteriaError, vm::checkCriteria);
        Runnable update =
                () -> {
                    criteria.evaluate();
                    dxSeverityBox.setDisable(!vm.dxCriteria.get().isBlank());
                    dxDerived.setText(vm.severityHint());
                    Nodes.show(dxDerived, !dxDerived.getText().isEmpty());
                    addDiagnosisButton.setDisable(vm.newDiagnosis().isEmpty());
                };
        vm.dxCode.addListener((o, a, b) -> update.run());
        vm.dxCriteria.addListener((o, a, b) -> update.run());
        vm.dxSeverity.addListener((o, a, b) -> update.run());
        update.run();
    }

    private void bindEpisodeForm(ValidationSupport vs) {
        Choices.bind(epSettingBox, CareSetting.values(), vm.epSetting);
        Choices.bind(epOutcomeBox, EpisodeOutcome.values(), vm.epOutcome);
        epStartField.textProperty().bindBidirectional(vm.epStart);
        epEndField.textProperty().bindBidirectional(vm.epEnd);
        epReasonField.textProperty().bindBidirectional(vm.epReason);
        epProviderField.textProperty().bindBidirectional(vm.epProvider);
        FieldCheck.install(vs, epStartField, epStartError, vm::checkEpisodeStart);
        FieldCheck end = FieldCheck.install(vs, epEndField, epEndError, vm::checkEpisodeEnd);
        Runnable update =
                () -> {
                    end.evaluate();
                    addEpisodeButton.setDisable(vm.newEpisode().isEmpty());
                };
        vm.epStart.addListener((o, a, b) -> update.run());
        vm.epEnd.addListener((o, a, b) -> update.run());
        vm.epSetting.addListener((o, a, b) -> update.run());
        update.run();
    }

    private void refresh(CaseFile c) {
        List<String> flags = ClinicalRiskFlags.of(c);
        riskFlagBox.getChildren().setAll(flags.stream().map(ClinicalController::flag).toList());
        Nodes.show(riskFlagBox, !flags.isEmpty());
        diagnosesBox.getChildren().setAll(DiagnosisRow.all(c.clinical().diagnoses(), vm));
        Nodes.show(dxEmpty, c.clinical().diagnoses().isEmpty());
        episodesBox
                .getChildren()
                .setAll(c.clinical().history().stream().map(e -> EpisodeRow.of(e, vm)).toList());
        Nodes.show(historyEmpty, c.clinical().history().isEmpty());
        table.show(measures.entries());
        checklistBox
                .getChildren()
                .setAll(vm.checklist().stream().map(l -> ChecklistRow.of(l, vm)).toList());
    }

    private static Node flag(String text) {
        Label l = Nodes.label(text, "alert-text");
        l.setGraphic(new FontIcon("mdi2a-alert-outline"));
        return l;
    }

    @FXML
    private void addDiagnosis() {
        vm.addDiagnosis();
        dxCodeField.requestFocus();
    }

    @FXML
    private void addEpisode() {
        vm.addEpisode();
    }

    @FXML
    private void addMeasure() {
        measures.add();
    }

    @FXML
    private void removeMeasure() {
        table.selected().ifPresent(e -> measures.remove(e.id()));
    }
}
