package org.overturn.ui.scoring;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Nodes;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Scoring section. Keyboard: in the stepper a digit picks a rating and Enter moves on
 * (Shift+Enter goes back); in the evidence note digits are typed as text, Ctrl+Enter moves on and
 * Esc returns to the ratings.
 */
public final class ScoringController {

    private final ScoringViewModel vm;
    private ResultPanel resultPanel;
    private ScoringChartView charts;
    private RatingStepper ratings;
    private AssessmentList list;
    private LevelOptions levels;

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

    @FXML
    private void initialize() {
        resultPanel = new ResultPanel(resultCard, instruments);
        ResultPlacement.besideOrBelow(workArea, stepperRow, resultCard);
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
        ChartMode.install(compositeToggle, perDimensionToggle, this::refreshCharts);
        list =
                new AssessmentList(
                        vm,
                        assessmentTable,
                        dateColumn,
                        instrumentColumn,
                        raterColumn,
                        levelColumn,
                        overrideColumn,
                        new AssessmentList.NewRow(
                                newInstrumentBox,
                                newDateField,
                                newDateError,
                                newRaterField,
                                startAssessmentButton,
                                removeAssessmentButton,
                                suggestionLabel));
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
        levels =
                new LevelOptions(
                        vm,
                        overrideBox,
                        reasonArea,
                        reasonError,
                        gridRow,
                        gridBox,
                        agreementLabel,
                        editionRow,
                        editionBox,
                        optionsRow,
                        noPriorBox,
                        actBox);
        vm.selectedProperty()
                .addListener(
                        (o, a, s) -> {
                            // A new value of the same assessment (an edit) only refreshes; another
                            // assessment rebuilds the stepper.
                            if (a != null && s != null && a.id().equals(s.id())) {
                                list.select(s);
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

    @FXML
    private void create() {
        vm.create().ifPresent(a -> ratings.focusChoices());
    }

    @FXML
    private void remove() {
        vm.removeSelected();
    }

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
        Nodes.show(workArea, a.isPresent());
        Nodes.show(emptyLabel, a.isEmpty());
        a.ifPresent(
                x -> {
                    list.select(x);
                    assessmentTitle.setText(LevelSummary.instrument(x));
                    Instrument i = x.instrument();
                    keyHint.setText(Messages.format("scoring.keys", i.scaleMin(), i.scaleMax()));
                    levels.showFor(i);
                });
        list.refresh();
        ratings.showStep();
        showResult();
        refreshCharts();
    }

    private void showResult() {
        vm.selected().ifPresent(a -> resultPanel.show(a, vm.resultProperty().get()));
        levels.showAgreement(vm.resultProperty().get());
        list.refresh();
        refreshCharts();
    }

    private void refreshCharts() {
        if (charts != null) {
            vm.selected()
                    .ifPresent(a -> charts.show(a, vm.assessments(), vm.resultProperty().get()));
        }
    }
}
