package org.overturn.ui.payers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.ui.common.Messages;

/** The Payers screen's two charts, from the rows shown: outcomes by payer, and reasons by payer. */
final class PayerCharts {

    /** Payer names longer than this are cut with an ellipsis on the charts' axes. */
    static final int AXIS_NAME = 30;

    private PayerCharts() {}

    static String shortName(PayerPatterns p) {
        return shorten(PayersViewModel.name(p));
    }

    static String shorten(String name) {
        return name.length() <= AXIS_NAME ? name : name.substring(0, AXIS_NAME - 1).strip() + "…";
    }

    static void fill(
            PayersViewModel vm,
            BarChart<Number, String> outcomeChart,
            StackedBarChart<Number, String> reasonChart) {
        XYChart.Series<Number, String> denials = new XYChart.Series<>();
        denials.setName(Messages.get("payers.chart.denials"));
        XYChart.Series<Number, String> overturned = new XYChart.Series<>();
        overturned.setName(Messages.get("payers.chart.overturned"));
        for (PayerPatterns p : vm.rows()) {
            denials.getData().add(new XYChart.Data<>(p.denials(), shortName(p)));
            overturned.getData().add(new XYChart.Data<>(p.overturned(), shortName(p)));
        }
        // The same payers in the same order on both charts, the most denials at the top (a
        // horizontal chart draws its first category at the bottom).
        List<String> order =
                new ArrayList<>(vm.rows().stream().map(PayerCharts::shortName).toList());
        Collections.reverse(order);
        for (XYChart<Number, String> chart :
                List.<XYChart<Number, String>>of(outcomeChart, reasonChart)) {
            ((CategoryAxis) chart.getYAxis())
                    .setCategories(FXCollections.observableArrayList(order));
        }
        outcomeChart.getData().setAll(List.of(denials, overturned));
        List<XYChart.Series<Number, String>> reasons = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : vm.reasonsByPayer().entrySet()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(
                    HasId.find(DenialReason.class, e.getKey())
                            .map(DenialReason::label)
                            .orElse(e.getKey()));
            e.getValue()
                    .forEach((payer, n) -> s.getData().add(new XYChart.Data<>(n, shorten(payer))));
            reasons.add(s);
        }
        reasonChart.getData().setAll(reasons);
    }

    /** How many payers the charts over time draw, the most denials first; more would not read. */
    static final int OVER_TIME = 6;

    /**
     * Denials and the overturn rate month by month, one line per payer (the {@link #OVER_TIME}
     * payers with the most denials); a month with no case decided has no rate point.
     */
    static void overTime(
            PayersViewModel vm,
            LineChart<String, Number> denialsChart,
            LineChart<Number, Number> rateChart) {
        List<PayerPatterns> payers = vm.rows().stream().limit(OVER_TIME).toList();
        List<String> months =
                vm.months().stream().map(m -> m.month().toString()).distinct().sorted().toList();
        List<XYChart.Series<String, Number>> denials = new ArrayList<>();
        List<XYChart.Series<Number, Number>> rates = new ArrayList<>();
        for (PayerPatterns p : payers) {
            String name = shortName(p);
            XYChart.Series<String, Number> d = new XYChart.Series<>();
            d.setName(name);
            XYChart.Series<Number, Number> r = new XYChart.Series<>();
            r.setName(name);
            for (PayerMonth m : vm.months()) {
                if (!m.payer().equals(p.payer())) {
                    continue;
                }
                d.getData().add(new XYChart.Data<>(m.month().toString(), m.denials()));
                if (m.decided() > 0) {
                    r.getData()
                            .add(
                                    new XYChart.Data<>(
                                            months.indexOf(m.month().toString()),
                                            Math.round(100.0 * m.overturned() / m.decided())));
                }
            }
            denials.add(d);
            rates.add(r);
        }
        // Every month in order on both, set after the data: an axis left to find its categories
        // lists them as the series first name them, and a month one payer lacks would come last.
        denialsChart.getData().setAll(denials);
        rateChart.getData().setAll(rates);
        CategoryAxis x = (CategoryAxis) denialsChart.getXAxis();
        x.setAutoRanging(false);
        x.setCategories(FXCollections.observableArrayList(months));
        // The rate's months on a numbered axis labelled with them: a category axis here lost its
        // labels when a payer had no decided case in some months.
        rateChart.setVerticalZeroLineVisible(false);
        NumberAxis rx = (NumberAxis) rateChart.getXAxis();
        rx.setLowerBound(-0.5);
        rx.setUpperBound(Math.max(0, months.size() - 1) + 0.5);
        rx.setTickLabelFormatter(
                new StringConverter<>() {
                    @Override
                    public String toString(Number n) {
                        int i = (int) Math.round(n.doubleValue());
                        return i >= 0 && i < months.size() && Math.abs(n.doubleValue() - i) < 1e-6
                                ? months.get(i)
                                : "";
                    }

                    @Override
                    public Number fromString(String s) {
                        return months.indexOf(s);
                    }
                });
    }
}
