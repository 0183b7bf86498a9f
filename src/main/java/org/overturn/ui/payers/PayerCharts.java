package org.overturn.ui.payers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.HasId;
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
        java.util.Collections.reverse(order);
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
}
