package org.overturn.ui.payers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.files.DurableFiles;
import org.overturn.ui.common.EnumCells;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.common.SideWindows;
import org.overturn.ui.common.UiServices;
import org.overturn.ui.common.ViewLoader;

/**
 * The Payers screen: the table of payers (sortable by any column; Enter or a double click shows
 * that payer's cases), the two charts, and Export CSV.
 */
public final class PayersController {

    private final PayersViewModel vm;
    private final SaveDialogs saveDialogs;
    private Consumer<String> showCases = p -> {};

    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private ComboBox<LevelOfCare> levelBox;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<PayerPatterns> payersTable;
    @FXML private BarChart<Number, String> outcomeChart;
    @FXML private StackedBarChart<Number, String> reasonChart;
    @FXML private LineChart<String, Number> denialsByMonthChart;
    @FXML private LineChart<Number, Number> rateByMonthChart;
    @FXML private Button exportCsvButton;

    public PayersController(PayersViewModel vm, SaveDialogs saveDialogs) {
        this.vm = vm;
        this.saveDialogs = saveDialogs;
    }

    public PayersViewModel viewModel() {
        return vm;
    }

    /**
     * Opens the screen in its own window beside the app and counts in the background; {@code
     * showCases} gets a payer's name when the user asks for its cases.
     */
    public static Stage open(UiServices ctx, Window owner, Consumer<String> showCases) {
        ViewLoader.View<PayersController> view = ctx.views().load(PayersController.class, "Payers");
        view.controller().showCases = showCases;
        Stage stage = SideWindows.show(view.root(), Messages.get("payers.title"), owner);
        view.controller().vm.load();
        return stage;
    }

    @FXML
    private void initialize() {
        fromField.textProperty().bindBidirectional(vm.from);
        toField.textProperty().bindBidirectional(vm.to);
        levelBox.getItems().setAll(LevelOfCare.values());
        EnumCells.install(levelBox);
        levelBox.valueProperty().bindBidirectional(vm.level);
        levelBox.valueProperty().addListener((o, a, b) -> vm.load());
        fromField.setOnAction(e -> vm.load());
        toField.setOnAction(e -> vm.load());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        columns();
        payersTable.setItems(vm.rows().sorted());
        payersTable.setRowFactory(
                t -> {
                    TableRow<PayerPatterns> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getClickCount() == 2 && !row.isEmpty()) {
                                    showCases.accept(row.getItem().payer());
                                }
                            });
                    return row;
                });
        payersTable.setOnKeyPressed(
                e -> {
                    PayerPatterns chosen = payersTable.getSelectionModel().getSelectedItem();
                    if (e.getCode() == KeyCode.ENTER && chosen != null) {
                        showCases.accept(chosen.payer());
                        e.consume();
                    }
                });
        exportCsvButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        vm.rows()
                .addListener(
                        (javafx.collections.ListChangeListener<PayerPatterns>)
                                c -> {
                                    PayerCharts.fill(vm, outcomeChart, reasonChart);
                                    PayerCharts.overTime(vm, denialsByMonthChart, rateByMonthChart);
                                });
    }

    /** The columns, left to right as the CSV's: text columns sort as text, the rest as numbers. */
    private void columns() {
        payersTable.getColumns().clear();
        text("payers.col.payer", PayersViewModel::name, 240);
        text("payers.col.manager", PayerPatterns::behavioralHealthManager, 210);
        number("payers.col.cases", p -> (double) p.cases(), p -> String.valueOf(p.cases()));
        number("payers.col.denials", p -> (double) p.denials(), p -> String.valueOf(p.denials()));
        number(
                "payers.col.notPsychiatrist",
                p -> (double) p.deniedByNonPsychiatrists(),
                p -> String.valueOf(p.deniedByNonPsychiatrists()));
        number(
                "payers.col.p2pHeld",
                p -> (double) p.casesWithCall(),
                p -> String.valueOf(p.casesWithCall()));
        number(
                "payers.col.p2pNotHonoured",
                p -> (double) p.callsNotHonoured(),
                p -> String.valueOf(p.callsNotHonoured()));
        number(
                "payers.col.overturned",
                p -> (double) p.overturned(),
                p -> String.valueOf(p.overturned()));
        number(
                "payers.col.upheld",
                p -> (double) p.resolved(org.overturn.domain.report.Resolution.UPHELD),
                p -> String.valueOf(p.resolved(org.overturn.domain.report.Resolution.UPHELD)));
        number(
                "payers.col.open",
                p -> (double) p.resolved(org.overturn.domain.report.Resolution.OPEN),
                p -> String.valueOf(p.resolved(org.overturn.domain.report.Resolution.OPEN)));
        number("payers.col.rate", p -> p.overturnRate().orElse(-1.0), PayersViewModel::rate);
        number(
                "payers.col.median",
                p -> p.medianDaysToDecision().orElse(-1.0),
                PayersViewModel::median);
        number(
                "payers.col.billed",
                p -> (double) p.billedCents(),
                p -> PayersViewModel.dollars(p.billedCents()));
        number(
                "payers.col.recovered",
                p -> (double) p.recoveredCents(),
                p -> PayersViewModel.dollars(p.recoveredCents()));
    }

    private void text(String key, Function<PayerPatterns, String> value, double width) {
        TableColumn<PayerPatterns, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        payersTable.getColumns().add(c);
    }

    /** A column sorted by the number and shown as the text (a rate as "67%", none as "–"). */
    private void number(
            String key,
            Function<PayerPatterns, Double> sortBy,
            Function<PayerPatterns, String> shown) {
        TableColumn<PayerPatterns, PayerPatterns> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        c.setComparator((a, b) -> Double.compare(sortBy.apply(a), sortBy.apply(b)));
        c.setCellFactory(
                col ->
                        new javafx.scene.control.TableCell<>() {
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

    @FXML
    private void apply() {
        vm.load();
    }

    @FXML
    private void exportCsv() {
        Window w = payersTable.getScene().getWindow();
        Optional<Path> target =
                saveDialogs.ask(
                        w,
                        new SaveDialogs.Request(
                                "payers",
                                Messages.get("payers.exportCsv.title"),
                                "iop-denials-by-payer.csv",
                                "CSV",
                                "*.csv"));
        if (target.isEmpty()) {
            return;
        }
        byte[] bytes = vm.csv().getBytes(StandardCharsets.UTF_8);
        try {
            DurableFiles.write(target.get(), false, out -> out.write(bytes));
        } catch (IOException e) {
            vm.reportError(e);
        }
    }

    @FXML
    private void close() {
        if (payersTable.getScene().getWindow() instanceof Stage s) {
            s.close();
        }
    }
}
