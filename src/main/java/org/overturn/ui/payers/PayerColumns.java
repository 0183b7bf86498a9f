package org.overturn.ui.payers;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.Resolution;
import org.overturn.ui.common.Messages;

/** The Payers table's columns: text sorted as text, figures sorted as numbers. */
final class PayerColumns {

    private PayerColumns() {}

    /** The columns, left to right as the CSV's: text columns sort as text, the rest as numbers. */
    static void install(TableView<PayerPatterns> payersTable) {
        payersTable.getColumns().clear();
        text(payersTable, "payers.col.payer", PayersViewModel::name, 240);
        text(payersTable, "payers.col.manager", PayerPatterns::behavioralHealthManager, 210);
        number(
                payersTable,
                "payers.col.cases",
                p -> (double) p.cases(),
                p -> String.valueOf(p.cases()));
        number(
                payersTable,
                "payers.col.denials",
                p -> (double) p.denials(),
                p -> String.valueOf(p.denials()));
        number(
                payersTable,
                "payers.col.notPsychiatrist",
                p -> (double) p.deniedByNonPsychiatrists(),
                p -> String.valueOf(p.deniedByNonPsychiatrists()));
        number(
                payersTable,
                "payers.col.p2pHeld",
                p -> (double) p.casesWithCall(),
                p -> String.valueOf(p.casesWithCall()));
        number(
                payersTable,
                "payers.col.p2pNotHonoured",
                p -> (double) p.callsNotHonoured(),
                p -> String.valueOf(p.callsNotHonoured()));
        number(
                payersTable,
                "payers.col.overturned",
                p -> (double) p.overturned(),
                p -> String.valueOf(p.overturned()));
        number(
                payersTable,
                "payers.col.upheld",
                p -> (double) p.resolved(Resolution.UPHELD),
                p -> String.valueOf(p.resolved(Resolution.UPHELD)));
        number(
                payersTable,
                "payers.col.open",
                p -> (double) p.resolved(Resolution.OPEN),
                p -> String.valueOf(p.resolved(Resolution.OPEN)));
        number(
                payersTable,
                "payers.col.rate",
                p -> p.overturnRate().orElse(-1.0),
                PayersViewModel::rate);
        number(
                payersTable,
                "payers.col.median",
                p -> p.medianDaysToDecision().orElse(-1.0),
                PayersViewModel::median);
        number(
                payersTable,
                "payers.col.billed",
                p -> (double) p.billedCents(),
                p -> PayersViewModel.dollars(p.billedCents()));
        number(
                payersTable,
                "payers.col.recovered",
                p -> (double) p.recoveredCents(),
                p -> PayersViewModel.dollars(p.recoveredCents()));
    }

    private static void text(
            TableView<PayerPatterns> payersTable,
            String key,
            Function<PayerPatterns, String> value,
            double width) {
        TableColumn<PayerPatterns, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        payersTable.getColumns().add(c);
    }

    /** A column sorted by the number and shown as the text (a rate as "67%", none as "–"). */
    private static void number(
            TableView<PayerPatterns> payersTable,
            String key,
            Function<PayerPatterns, Double> sortBy,
            Function<PayerPatterns, String> shown) {
        TableColumn<PayerPatterns, PayerPatterns> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        c.setComparator((a, b) -> Double.compare(sortBy.apply(a), sortBy.apply(b)));
        c.setCellFactory(
                col ->
                        new TableCell<>() {
                            @Override
                            protected void updateItem(PayerPatterns p, boolean empty) {
                                super.updateItem(p, empty);
                                setText(empty || p == null ? null : shown.apply(p));
                            }
                        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(Math.max(80, Messages.get(key).length() * 8.5 + 24));
        payersTable.getColumns().add(c);
    }
}
