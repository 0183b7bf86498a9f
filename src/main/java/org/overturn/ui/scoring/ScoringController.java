package org.overturn.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.FieldCheck;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Scoring section. Keyboard: in the stepper a digit picks a rating and Enter moves on
 * (Shift+Enter goes back); in the evidence note digits are typed as text, Ctrl+Enter moves on and
 * Esc returns to the ratings.
 */
public final class ScoringController {

    private final ScoringViewModel vm;
    private final ToggleGroup chartMode = new ToggleGroup();
    private ResultPanel resultPanel;
    private ScoringChartView charts;
    private RatingStepper ratings;

    @FXML private ScrollPane scoringScroll;
    @FXML private TableView<Assessment> assessmentTable;
    @FXML private TableColumn<Assessment, String> dateColumn;
    @FXML private TableColumn<Assessment, String> instrumentColumn;
    @FXML private TableColumn<Assessment, String> raterColumn;
    @FXML private TableColumn<Assessment, String> levelColumn;
    @FXML private TableColumn<Assessment, String> overrideColumn;
    @FXML private ComboBox<Instrument> newInstrumentBox;
    @FXML private TextField newDateField;
    @FXML private Label newDateError;
    @FXML private TextField newRaterField;
    @FXML private Button startAssessmentButton;
    @FXML private Button removeAssessmentButton;
    @FXML private Label suggestionLabel;
    @FXML private Label emptyLabel;
    @FXML private VBox workArea;
    @FXML private VBox stepper;
    @FXML private Label assessmentTitle;
    @FXML private TextField assessmentDateField;
    @FXML private Label assessmentDateError;
    @FXML private TextField raterField;
    @FXML private HBox progressStrip;
    @FXML private Label stepLabel;
    @FXML private Label dimensionName;
    @FXML private Label dimensionPrompt;
    @FXML private VBox choiceBox;
    @FXML private Label evidenceLabel;
    @FXML private TextArea evidenceArea;
    @FXML private TextField evidenceDateField;
    @FXML private Label evidenceDateError;
    @FXML private Button stepBackButton;
    @FXML private Button stepNextButton;
    @FXML private Label keyHint;
    @FXML private VBox resultCard;
    @FXML private HBox stepperRow;
    @FXML private ComboBox<Optional<String>> overrideBox;
    @FXML private TextArea reasonArea;
    @FXML private Label reasonError;
    @FXML private HBox gridRow;
    @FXML private ComboBox<Optional<String>> gridBox;
    @FXML private Label agreementLabel;
    @FXML private HBox editionRow;
    @FXML private ComboBox<Optional<AsamEdition>> editionBox;
    @FXML private VBox optionsRow;
    @FXML private CheckBox noPriorBox;
    @FXML private CheckBox actBox;
    @FXML private Label barTitle;
    @FXML private BarChart<String, Number> barChart;
    @FXML private CategoryAxis barX;
    @FXML private NumberAxis barY;
    @FXML private Label lineTitle;
    @FXML private ToggleButton compositeToggle;
    @FXML private ToggleButton perDimensionToggle;
    @FXML private LineChart<String, Number> lineChart;
    @FXML private CategoryAxis lineX;
    @FXML private NumberAxis lineY;
    @FXML private Label lineNote;

    private final Instruments instruments;

    public ScoringController(WorkspaceViewModel workspace, Instruments instruments) {
        this.instruments = instruments;
        this.vm = new ScoringViewModel(workspace, instruments);
    }

    public ScoringViewModel viewModel() {
        return vm;
    }

    /**
     * Below this width the result card goes under the stepper instead of beside it (1024-pixel
     * windows).
     */
    static final double SIDE_BY_SIDE_FROM = 800;

    /**
     * The result card beside the stepper when there is room for both, under it when there is not.
     */
    private void besideOrBelow() {
        workArea.widthProperty()
                .addListener(
                        (o, was, now) -> {
                            boolean beside = now.doubleValue() >= SIDE_BY_SIDE_FROM;
                            if (beside && resultCard.getParent() != stepperRow) {
                                workArea.getChildren().remove(resultCard);
                                stepperRow.getChildren().add(resultCard);
                                resultCard.setMaxWidth(420);
                            } else if (!beside && resultCard.getParent() == stepperRow) {
                                stepperRow.getChildren().remove(resultCard);
                                workArea.getChildren()
                                        .add(
                                                workArea.getChildren().indexOf(stepperRow) + 1,
                                                resultCard);
                                resultCard.setMaxWidth(Double.MAX_VALUE);
                            }
                        });
    }

    @FXML
    private void initialize() {
        resultPanel = new ResultPanel(resultCard, instruments);
        besideOrBelow();
        charts =
                new ScoringChartView(
                        barTitle,
                        barChart,
                        barX,
                        barY,
                        lineTitle,
                        lineChart,
                        lineX,
                        lineY,
                        lineNote,
                        compositeToggle,
                        perDimensionToggle,
                        instruments);
        compositeToggle.setToggleGroup(chartMode);
        perDimensionToggle.setToggleGroup(chartMode);
        chartMode
                .selectedToggleProperty()
                .addListener(
                        (o, a, t) -> {
                            if (t == null) {
                                a.setSelected(true);
                            } else {
                                refreshCharts();
                            }
                        });
        bindList();
        ratings =
                new RatingStepper(
                        vm,
                        stepper,
                        assessmentDateField,
                        assessmentDateError,
                        raterField,
                        progressStrip,
                        stepLabel,
                        dimensionName,
                        dimensionPrompt,
                        choiceBox,
                        evidenceArea,
                        evidenceDateField,
                        evidenceDateError,
                        stepBackButton,
                        stepNextButton);
        bindOverride();
        vm.selectedProperty()
                .addListener(
                        (o, a, s) -> {
                            // A new value of the same assessment (an edit) only refreshes; another
                            // assessment rebuilds the stepper.
                            if (a != null && s != null && a.id().equals(s.id())) {
                                selectRow(s);
                                ratings.refreshStrip();
                                ratings.showNextState();
                                showResult();
                            } else {
                                showAssessment();
                            }
                        });
        vm.resultProperty().addListener((o, a, r) -> showResult());
        vm.assessments().addListener((ListChangeListener<Assessment>) ch -> refreshCharts());
        showAssessment();
    }

    // ---- the list and a new assessment
    // -----------------------------------------------------------------------

    private void bindList() {
        dateColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Dates.show(c.getValue().date())));
        instrumentColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.instrument(c.getValue())));
        raterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rater()));
        levelColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.computed(c.getValue())));
        overrideColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(LevelSummary.override(c.getValue())));
        assessmentTable.setPlaceholder(new Label(Messages.get("scoring.none")));
        assessmentTable.setItems(vm.assessments());
        assessmentTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, s) -> {
                            if (s != null
                                    && vm.selected()
                                            .map(x -> !x.id().equals(s.id()))
                                            .orElse(true)) {
                                vm.select(s.id());
                            }
                        });
        newInstrumentBox.getItems().setAll(Instrument.values());
        newInstrumentBox.setConverter(converter(Instrument::label, ""));
        newInstrumentBox.valueProperty().bindBidirectional(vm.newInstrument);
        newDateField.textProperty().bindBidirectional(vm.newDate);
        newRaterField.textProperty().bindBidirectional(vm.newRater);
        FieldCheck newDate =
                FieldCheck.install(
                        new ValidationSupport(),
                        newDateField,
                        newDateError,
                        vm::checkAssessmentDate);
        startAssessmentButton.disableProperty().bind(newDate.validProperty().not());
        removeAssessmentButton.disableProperty().bind(vm.selectedProperty().isNull());
        suggestionLabel.textProperty().bind(vm.suggestionProperty());
    }

    @FXML
    private void create() {
        vm.create().ifPresent(a -> ratings.focusChoices());
    }

    @FXML
    private void remove() {
        vm.removeSelected();
    }

    // ---- the stepper
    // ----------------------------------------------------------------------------------------------

    @FXML
    private void next() {
        ratings.next();
    }

    @FXML
    private void back() {
        ratings.back();
    }

    private void showAssessment() {
        Optional<Assessment> a = vm.selected();
        workArea.setVisible(a.isPresent());
        workArea.setManaged(a.isPresent());
        emptyLabel.setVisible(a.isEmpty());
        emptyLabel.setManaged(a.isEmpty());
        a.ifPresent(
                x -> {
                    selectRow(x);
                    assessmentTitle.setText(LevelSummary.instrument(x));
                    Instrument i = x.instrument();
                    keyHint.setText(Messages.format("scoring.keys", i.scaleMin(), i.scaleMax()));
                    show(gridRow, i == Instrument.CALOCUS);
                    show(editionRow, i == Instrument.ASAM);
                    show(optionsRow, i != Instrument.ASAM);
                    fillLevelBoxes(i);
                });
        assessmentTable.refresh();
        ratings.showStep();
        showResult();
        refreshCharts();
    }

    private void selectRow(Assessment x) {
        if (assessmentTable.getSelectionModel().getSelectedItem() == null
                || !assessmentTable.getSelectionModel().getSelectedItem().id().equals(x.id())) {
            vm.assessments().stream()
                    .filter(y -> y.id().equals(x.id()))
                    .findFirst()
                    .ifPresent(y -> assessmentTable.getSelectionModel().select(y));
        }
    }

    private void showResult() {
        vm.selected().ifPresent(a -> resultPanel.show(a, vm.resultProperty().get()));
        agreementLabel.setText(
                vm.resultProperty().get() instanceof CalocusResult c
                        ? Messages.label(c.agreement())
                        : "");
        assessmentTable.refresh();
        refreshCharts();
    }

    private void refreshCharts() {
        if (charts != null) {
            vm.selected()
                    .ifPresent(a -> charts.show(a, vm.assessments(), vm.resultProperty().get()));
        }
    }

    // ---- override, licensed grid, edition, options
    // ------------------------------------------------------------------

    private void bindOverride() {
        reasonArea.textProperty().bindBidirectional(vm.varianceReason);
        FieldCheck reason =
                FieldCheck.install(
                        new ValidationSupport(), reasonArea, reasonError, vm::checkReason);
        vm.overrideLevel.addListener((o, a, b) -> reason.evaluate());
        // Converters before values: a combo box shows a value through the converter it has at that
        // moment, and the
        // default one would print "Optional.empty".
        overrideBox.setConverter(
                converter(o -> o.orElse(Messages.get("scoring.override.none")), ""));
        gridBox.setConverter(converter(o -> o.orElse(Messages.get("scoring.grid.none")), ""));
        link(overrideBox, vm.overrideLevel);
        link(gridBox, vm.licensedGridLevel);
        editionBox.getItems().add(Optional.empty());
        for (AsamEdition e : AsamEdition.values()) {
            editionBox.getItems().add(Optional.of(e));
        }
        editionBox.setConverter(
                converter(
                        o -> o.map(Messages::label).orElse(Messages.get("scoring.edition.none")),
                        ""));
        link(editionBox, vm.insurerEdition);
        noPriorBox.selectedProperty().bindBidirectional(vm.noPriorTreatment);
        actBox.selectedProperty().bindBidirectional(vm.actAvailable);
    }

    private void fillLevelBoxes(Instrument i) {
        List<Optional<String>> levels = new ArrayList<>();
        levels.add(Optional.empty());
        Instruments.levelCodes(i).forEach(code -> levels.add(Optional.of(code)));
        if (!overrideBox.getItems().equals(levels)) {
            overrideBox.getItems().setAll(levels);
            gridBox.getItems().setAll(levels);
        }
        overrideBox.setConverter(
                converter(
                        o -> o.map(i::levelName).orElse(Messages.get("scoring.override.none")),
                        ""));
        gridBox.setConverter(
                converter(o -> o.map(i::levelName).orElse(Messages.get("scoring.grid.none")), ""));
        // The shown value is drawn again with the instrument's names (a new converter alone does
        // not redraw it).
        overrideBox.setButtonCell(buttonCell(overrideBox));
        gridBox.setButtonCell(buttonCell(gridBox));
        overrideBox.setValue(Optional.ofNullable(vm.overrideLevel.get()));
        gridBox.setValue(Optional.ofNullable(vm.licensedGridLevel.get()));
    }

    private static <T> ListCell<T> buttonCell(ComboBox<T> box) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(empty ? null : item));
            }
        };
    }

    /** A combo box of optional values kept in step with a nullable property. */
    private static <T> void link(ComboBox<Optional<T>> box, ObjectProperty<T> p) {
        box.setValue(Optional.ofNullable(p.get()));
        box.valueProperty()
                .addListener(
                        (o, a, v) -> {
                            T value = v == null ? null : v.orElse(null);
                            if (!Objects.equals(value, p.get())) {
                                p.set(value);
                            }
                        });
        p.addListener(
                (o, a, v) -> {
                    if (!Optional.ofNullable(v).equals(box.getValue())) {
                        box.setValue(Optional.ofNullable(v));
                    }
                });
    }

    private static <T> StringConverter<T> converter(Function<T, String> show, String empty) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? empty : show.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
