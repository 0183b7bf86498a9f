package org.overturn.ui.clinical;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.ChecklistLine;
import org.overturn.domain.rebuttal.ChecklistStatus;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.DsmSeverity;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.rebuttal.SubstanceUseSeverity;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.measures.CssrsRisk;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureRules;
import org.overturn.domain.scoring.measures.WhodasScoring;
import org.overturn.ui.common.Dates;
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
        choice(suicideBox, RiskLevel.values(), vm.suicide);
        choice(selfHarmBox, RiskLevel.values(), vm.selfHarm);
        choice(othersBox, RiskLevel.values(), vm.harmToOthers);
        choice(relapseBox, RiskLevel.values(), vm.relapse);
        riskFactorsArea.textProperty().bindBidirectional(vm.riskFactors);
        protectiveArea.textProperty().bindBidirectional(vm.protectiveFactors);
        ifCareStopsArea.textProperty().bindBidirectional(vm.ifCareStops);
        bindMeasures(vs);
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
                    Optional<DsmSeverity> derived = vm.derivedSeverity();
                    dxSeverityBox.setDisable(!vm.dxCriteria.get().isBlank());
                    dxDerived.setText(
                            derived.map(
                                            s ->
                                                    Messages.format(
                                                            "clinical.dx.derived",
                                                            Messages.label(s)))
                                    .orElse(
                                            SubstanceUseSeverity.isSubstanceUseCode(vm.dxCode.get())
                                                    ? Messages.get("clinical.dx.sudHint")
                                                    : ""));
                    Nodes.show(dxDerived, !dxDerived.getText().isEmpty());
                    addDiagnosisButton.setDisable(vm.newDiagnosis().isEmpty());
                };
        vm.dxCode.addListener((o, a, b) -> update.run());
        vm.dxCriteria.addListener((o, a, b) -> update.run());
        vm.dxSeverity.addListener((o, a, b) -> update.run());
        update.run();
    }

    private void bindEpisodeForm(ValidationSupport vs) {
        choice(epSettingBox, CareSetting.values(), vm.epSetting);
        choice(epOutcomeBox, EpisodeOutcome.values(), vm.epOutcome);
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

    /**
     * Each item takes one digit: a valid answer typed into an item moves on to the next item, and
     * after the last to the note, so nine answers are nine keys.
     */
    private void advanceByThemselves() {
        List<TextField> fields =
                itemFields.getChildren().stream()
                        .filter(TextField.class::isInstance)
                        .map(TextField.class::cast)
                        .toList();
        for (int i = 0; i < fields.size(); i++) {
            TextField f = fields.get(i);
            Node next = i + 1 < fields.size() ? fields.get(i + 1) : measureNoteField;
            // An answer reached by advancing is replaced by the next key, not added to.
            f.focusedProperty()
                    .addListener(
                            (o, was, now) -> {
                                if (now) {
                                    Platform.runLater(f::selectAll);
                                }
                            });
            f.textProperty()
                    .addListener(
                            (o, was, now) -> {
                                if (f.isFocused()
                                        && now != null
                                        && now.strip().length() == 1
                                        && MeasuresViewModel.checkItem(now).isEmpty()) {
                                    next.requestFocus();
                                }
                            });
        }
    }

    private void bindMeasures(ValidationSupport vs) {
        choice(measureBox, Measure.values(), measures.measure);
        choice(whodasMethodBox, WhodasScoring.values(), measures.whodas);
        cssrsCategoryBox.getItems().setAll(CssrsRisk.values());
        EnumCells.install(cssrsCategoryBox);
        cssrsCategoryBox.valueProperty().bindBidirectional(measures.cssrs);
        measureDateField.textProperty().bindBidirectional(measures.date);
        scoreField.textProperty().bindBidirectional(measures.score);
        measureNoteField.textProperty().bindBidirectional(measures.note);
        FieldCheck.install(vs, measureDateField, measureDateError, measures::checkDate);
        FieldCheck score = FieldCheck.install(vs, scoreField, scoreError, measures::checkScore);
        for (int i = 0; i < MeasuresViewModel.PHQ9_ITEMS; i++) {
            TextField f = new TextField();
            f.setId("item" + (i + 1) + "Field");
            f.setPrefColumnCount(2);
            f.setPrefWidth(44);
            f.textProperty().bindBidirectional(measures.items.get(i));
            FieldCheck.install(vs, f, new Label(), MeasuresViewModel::checkItem);
            Label n = Nodes.label(String.valueOf(i + 1), "text-muted");
            itemFields.getChildren().addAll(n, f);
            measures.items.get(i).addListener((o, a, b) -> itemProblems());
        }
        advanceByThemselves();
        itemProblems();
        measurePreview.textProperty().bind(measures.previewProperty());
        measures.previewRiskProperty().addListener((o, a, risk) -> previewStyle(risk));
        addMeasureButton.disableProperty().bind(measures.readyProperty().not());
        Runnable shape =
                () -> {
                    Measure m = measures.measure.get();
                    Nodes.show(itemsBox, measures.byItem());
                    Nodes.show(cssrsBox, measures.byCategory());
                    Nodes.show(whodasBox, m == Measure.WHODAS_2);
                    Nodes.show(scoreBox, !measures.byItem() && !measures.byCategory());
                    int min =
                            m == Measure.WHODAS_2 && measures.whodas.get() != null
                                    ? measures.whodas.get().min()
                                    : m.min();
                    int max =
                            m == Measure.WHODAS_2 && measures.whodas.get() != null
                                    ? measures.whodas.get().max()
                                    : m.max();
                    scoreLabel.setText(Messages.format("clinical.measures.score", min, max));
                    measureLicence.setText(m.licenceNote());
                    score.evaluate();
                };
        measures.measure.addListener((o, a, b) -> shape.run());
        measures.whodas.addListener((o, a, b) -> shape.run());
        shape.run();

        mDateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().date())));
        mMeasureColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().measure())));
        mResultColumn.setCellValueFactory(
                c ->
                        new ReadOnlyStringWrapper(
                                MeasuresViewModel.describe(MeasureRules.evaluate(c.getValue()))));
        mResultColumn.setCellFactory(
                col ->
                        new TableCell<>() {
                            private final Label text = Nodes.label("");

                            @Override
                            protected void updateItem(String s, boolean empty) {
                                super.updateItem(s, empty);
                                text.setText(empty || s == null ? "" : s);
                                text.maxWidthProperty().bind(col.widthProperty().subtract(12));
                                setGraphic(empty ? null : text);
                            }
                        });
        measuresTable.setPlaceholder(new Label(Messages.get("clinical.measures.none")));
        removeMeasureButton
                .disableProperty()
                .bind(measuresTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void previewStyle(boolean risk) {
        measurePreview.getStyleClass().remove("danger-text");
        if (risk) {
            measurePreview.getStyleClass().add("danger-text");
        }
    }

    private void itemProblems() {
        String first = "";
        for (int i = 0; i < measures.items.size() && first.isEmpty(); i++) {
            first =
                    MeasuresViewModel.checkItem(measures.items.get(i).get())
                            .map(m -> Messages.format("clinical.measures.itemProblem", m))
                            .orElse("");
        }
        itemsError.setText(first);
        Nodes.show(itemsError, !first.isEmpty());
    }

    private static <T extends HasId> void choice(ComboBox<T> box, T[] values, ObjectProperty<T> p) {
        box.getItems().setAll(values);
        EnumCells.install(box);
        box.valueProperty().bindBidirectional(p);
    }

    private void refresh(CaseFile c) {
        List<String> flags = ClinicalRiskFlags.of(c);
        riskFlagBox
                .getChildren()
                .setAll(
                        flags.stream()
                                .map(
                                        f -> {
                                            Label l = Nodes.label(f, "alert-text");
                                            l.setGraphic(new FontIcon("mdi2a-alert-outline"));
                                            return (Node) l;
                                        })
                                .toList());
        Nodes.show(riskFlagBox, !flags.isEmpty());

        diagnosesBox.getChildren().clear();
        for (int i = 0; i < c.clinical().diagnoses().size(); i++) {
            diagnosesBox.getChildren().add(diagnosisRow(i, c.clinical().diagnoses().get(i)));
        }
        Nodes.show(dxEmpty, c.clinical().diagnoses().isEmpty());
        episodesBox
                .getChildren()
                .setAll(c.clinical().history().stream().map(this::episodeRow).toList());
        Nodes.show(historyEmpty, c.clinical().history().isEmpty());
        measuresTable.getItems().setAll(measures.entries());
        checklistBox.getChildren().setAll(vm.checklist().stream().map(this::checklistRow).toList());
    }

    private Node diagnosisRow(int index, Diagnosis d) {
        StringBuilder sb = new StringBuilder(d.code());
        if (!d.name().isEmpty()) {
            sb.append(" · ").append(d.name());
        }
        String severity =
                d.severity().map(Messages::label).orElse(Messages.get("clinical.dx.noSeverity"));
        if (d.criteriaMet().isPresent()) {
            severity =
                    Messages.format(
                            "clinical.dx.severityFromCount", severity, d.criteriaMet().get());
        }
        VBox text =
                new VBox(
                        2,
                        Nodes.label(sb.toString(), "row-criterion"),
                        Nodes.label(
                                severity + (d.specifier().isEmpty() ? "" : " · " + d.specifier()),
                                "text-muted"));
        SubstanceUseSeverity.codeConflict(d)
                .ifPresent(w -> text.getChildren().add(Nodes.label(w, "danger-text")));
        return listRow(text, "removeDiagnosis-" + index, () -> vm.removeDiagnosis(index));
    }

    private Node episodeRow(TreatmentEpisode e) {
        String dates =
                e.startDate().isEmpty() && e.endDate().isEmpty()
                        ? Messages.get("clinical.ep.undated")
                        : Messages.format(
                                "clinical.ep.dates",
                                Dates.show(e.startDate()),
                                e.endDate()
                                        .map(Dates::show)
                                        .orElse(Messages.get("clinical.ep.now")));
        String head =
                Messages.label(e.setting())
                        + " · "
                        + dates
                        + (e.provider().isEmpty() ? "" : " · " + e.provider());
        String outcome =
                Messages.label(e.outcome())
                        + (e.endReason().isEmpty()
                                ? ""
                                : " · " + Messages.format("clinical.ep.why", e.endReason()));
        VBox text =
                new VBox(
                        2,
                        Nodes.label(head, "row-criterion"),
                        Nodes.label(
                                outcome,
                                e.outcome().showsInsufficient()
                                        ? "outcome-insufficient"
                                        : "text-muted"));
        return listRow(text, "removeEpisode-" + e.id(), () -> vm.removeEpisode(e.id()));
    }

    private static Node listRow(VBox text, String id, Runnable remove) {
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button b = new Button(null, new FontIcon("mdi2d-delete-outline"));
        b.getStyleClass().add("flat");
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get("clinical.remove")));
        b.setOnAction(e -> remove.run());
        HBox row = new HBox(10, text, b);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("list-row");
        return row;
    }

    private Node checklistRow(ChecklistLine l) {
        boolean present = l.present();
        FontIcon icon =
                new FontIcon(present ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add(present ? "icon-ok" : "icon-missing");
        Label name = Nodes.label(Messages.label(l.item()), "row-criterion");
        name.setMinWidth(300);
        name.setPrefWidth(300);
        Label hint =
                Nodes.label(
                        l.status() == ChecklistStatus.MISSING
                                ? l.hint()
                                : l.status() == ChecklistStatus.TICKED
                                        ? Messages.get("clinical.checklist.ticked")
                                        : l.hint(),
                        "text-muted");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, icon, name, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!ClinicalViewModel.FROM_CASE_ONLY.contains(l.item())) {
            CheckBox held = new CheckBox(Messages.get("clinical.checklist.held"));
            held.setId("held-" + l.item().id());
            held.setSelected(vm.ticked(l.item()));
            held.setOnAction(e -> vm.tick(l.item(), held.isSelected()));
            held.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(held);
        }
        return row;
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
        MeasureEntry e = measuresTable.getSelectionModel().getSelectedItem();
        if (e != null) {
            measures.remove(e.id());
        }
    }
}
