package org.overturn.ui.payers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
    private final PayerPdfExport pdf;
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
    @FXML private Button exportPdfButton;

    public PayersController(PayersViewModel vm, SaveDialogs saveDialogs, PayerPdfExport pdf) {
        this.vm = vm;
        this.saveDialogs = saveDialogs;
        this.pdf = pdf;
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
        stage.setUserData(view.controller());
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
        PayerColumns.install(payersTable);
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
        exportCsvButton.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        exportPdfButton.disableProperty().bind(exportCsvButton.disableProperty());
        vm.rows()
                .addListener(
                        (ListChangeListener<PayerPatterns>)
                                c -> {
                                    PayerCharts.fill(vm, outcomeChart, reasonChart);
                                    PayerCharts.overTime(vm, denialsByMonthChart, rateByMonthChart);
                                });
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
    private void exportPdf() {
        saveDialogs
                .ask(
                        payersTable.getScene().getWindow(),
                        new SaveDialogs.Request(
                                "payers",
                                Messages.get("payers.exportPdf.title"),
                                "iop-denials-by-payer.pdf",
                                "PDF",
                                "*.pdf"))
                .ifPresent(this::exportPdfTo);
    }

    /** Writes the report of the payers shown to this file (tests call this: no file chooser). */
    public void exportPdfTo(Path target) {
        vm.exportPdf(target, pdf);
    }

    @FXML
    private void close() {
        if (payersTable.getScene().getWindow() instanceof Stage s) {
            s.close();
        }
    }
}
