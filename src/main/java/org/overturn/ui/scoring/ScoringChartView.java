package org.overturn.ui.scoring;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.overturn.domain.scoring.AsamResult;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionFinding;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.LevelSummary;

/** Draws the ratings of the selected assessment and the trajectory of its instrument over time. */
final class ScoringChartView {

    private final Label barTitle;
    private final BarChart<String, Number> bar;
    private final CategoryAxis barX;
    private final NumberAxis barY;
    private final Label lineTitle;
    private final LineChart<String, Number> line;
    private final CategoryAxis lineX;
    private final NumberAxis lineY;
    private final Label lineNote;
    private final ToggleButton compositeToggle;
    private final ToggleButton perDimensionToggle;
    private final Instruments instruments;

    ScoringChartView(
            Label barTitle,
            BarChart<String, Number> bar,
            CategoryAxis barX,
            NumberAxis barY,
            Label lineTitle,
            LineChart<String, Number> line,
            CategoryAxis lineX,
            NumberAxis lineY,
            Label lineNote,
            ToggleButton compositeToggle,
            ToggleButton perDimensionToggle,
            Instruments instruments) {
        this.instruments = instruments;
        this.barTitle = barTitle;
        this.bar = bar;
        this.barX = barX;
        this.barY = barY;
        this.lineTitle = lineTitle;
        this.line = line;
        this.lineX = lineX;
        this.lineY = lineY;
        this.lineNote = lineNote;
        this.compositeToggle = compositeToggle;
        this.perDimensionToggle = perDimensionToggle;
    }

    void show(Assessment a, List<Assessment> all, PlacementResult result) {
        bars(a, result);
        trajectory(a.instrument(), all);
    }

    private void bars(Assessment a, PlacementResult result) {
        Instrument i = a.instrument();
        barTitle.setText(
                Messages.format(
                        "scoring.chart.ratings", LevelSummary.instrument(a), Dates.show(a.date())));
        List<ScoringCharts.Bar> bars = ScoringCharts.bars(a, instruments);
        barX.setCategories(
                FXCollections.observableArrayList(
                        bars.stream().map(ScoringCharts.Bar::label).toList()));
        barY.setLowerBound(0);
        barY.setUpperBound(i.scaleMax());
        barY.setTickUnit(1);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (ScoringCharts.Bar b : bars) {
            if (b.value() != null) {
                s.getData().add(new XYChart.Data<>(b.label(), b.value()));
            }
        }
        bar.getData().setAll(List.of(s));
        // Colour each bar by what it says about IOP: ASAM by its finding, the others by severity of
        // the rating.
        for (XYChart.Data<String, Number> d : s.getData()) {
            if (d.getNode() == null) {
                continue;
            }
            String style = "bar-neutral";
            if (result instanceof AsamResult asam) {
                int index = barX.getCategories().indexOf(d.getXValue());
                DimensionFinding f = asam.findings().get(index);
                style = "bar-" + f.fit().id();
            } else if (d.getYValue().intValue() >= 4) {
                style = "bar-high";
            }
            d.getNode().getStyleClass().removeIf(c -> c.startsWith("bar-"));
            d.getNode().getStyleClass().add(style);
        }
    }

    private void trajectory(Instrument i, List<Assessment> all) {
        boolean composite = ScoringCharts.hasComposite(i) && compositeToggle.isSelected();
        compositeToggle.setDisable(!ScoringCharts.hasComposite(i));
        if (!ScoringCharts.hasComposite(i) && !perDimensionToggle.isSelected()) {
            perDimensionToggle.setSelected(true);
            return; // the toggle's listener draws again
        }
        List<String> dates = ScoringCharts.dates(all, i);
        lineTitle.setText(Messages.format("scoring.chart.trajectory", i.label()));
        lineX.setCategories(FXCollections.observableArrayList(dates));
        line.getData().clear();
        int count = i.dimensionIds().size();
        if (composite) {
            lineY.setLowerBound(i.scaleMin() * count);
            lineY.setUpperBound(i.scaleMax() * count);
            lineY.setTickUnit(count);
            line.setLegendVisible(false);
            line.getData()
                    .add(
                            toSeries(
                                    ScoringCharts.composite(
                                            all, i, Messages.get("scoring.chart.composite"))));
        } else {
            lineY.setLowerBound(i.scaleMin());
            lineY.setUpperBound(i.scaleMax());
            lineY.setTickUnit(1);
            line.setLegendVisible(true);
            ScoringCharts.perDimension(all, i, instruments)
                    .forEach(s -> line.getData().add(toSeries(s)));
        }
        String note =
                ((ScoringCharts.hasComposite(i) ? "" : Messages.get("scoring.chart.asamNote") + " ")
                                + (dates.size() < 2
                                        ? Messages.get("scoring.chart.oneAssessment")
                                        : ""))
                        .strip();
        lineNote.setText(note);
        lineNote.setVisible(!note.isEmpty());
        lineNote.setManaged(!note.isEmpty());
    }

    private static XYChart.Series<String, Number> toSeries(ScoringCharts.Series s) {
        XYChart.Series<String, Number> out = new XYChart.Series<>();
        out.setName(s.name());
        s.points().forEach(p -> out.getData().add(new XYChart.Data<>(p.x(), p.y())));
        return out;
    }
}
