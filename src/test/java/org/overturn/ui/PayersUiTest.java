package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.ui.cases.CaseRow;
import org.overturn.ui.payers.PayersController;
import org.testfx.api.FxRobot;

/** Issue 17: the Payers screen from the Cases screen, its period, its click-through, no name. */
class PayersUiTest extends UiTestBase {

    @AfterEach
    void closePayers(FxRobot robot) {
        robot.lookup("#payersTable")
                .tryQuery()
                .ifPresent(n -> robot.interact(() -> n.getScene().getWindow().hide()));
    }

    private static void press(FxRobot robot, TextField field, String text) {
        robot.interact(
                () -> {
                    field.setText(text);
                    field.getOnAction().handle(null);
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePayersScreenCountsEveryPayerAndOpensItsCasesOnTheCasesScreen(FxRobot robot)
            throws Exception {
        int cases = SampleCases.ALL.size();
        for (SampleCases.Sample s : SampleCases.ALL) {
            robot.interact(() -> h.main.viewModel().cases().openSample(s, c -> {}));
        }
        UiHarness.waitUntil(() -> h.main.viewModel().cases().rows().size() == cases);
        int n =
                (int)
                        h.main.viewModel().cases().rows().stream()
                                .map(CaseRow::payer)
                                .distinct()
                                .count();
        List<String> patients =
                h.main.viewModel().cases().rows().stream().map(CaseRow::patient).toList();

        robot.clickOn("#payersButton");
        UiHarness.waitUntil(() -> robot.lookup("#payersTable").tryQuery().isPresent());
        TableView<PayerPatterns> table = robot.lookup("#payersTable").queryAs(TableView.class);
        UiHarness.waitUntil(() -> table.getItems().size() == n);

        assertThat(table.getItems().stream().mapToInt(PayerPatterns::cases).sum()).isEqualTo(cases);
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
                .isEqualTo(n + " payers, " + cases + " cases, " + cases + " denials");
        assertThat(table.getColumns().stream().map(c -> c.getText()).toList())
                .startsWith("Payer", "Behavioral-health manager", "Cases", "Denials");
        for (var column : table.getColumns()) {
            for (int row = 0; row < table.getItems().size(); row++) {
                String cell = String.valueOf(column.getCellData(row));
                for (String patient : patients) {
                    assertThat(cell).doesNotContain(patient);
                }
            }
        }

        TextField from = robot.lookup("#fromField").queryAs(TextField.class);
        press(robot, from, "13/45/2026");
        assertThat(
                        robot.from(table.getScene().getRoot())
                                .lookup("#messageLabel")
                                .queryAs(Label.class)
                                .getText())
                .contains("MM/DD/YYYY");
        assertThat(table.getItems()).as("what was shown stays").hasSize(n);
        assertThat(from.getText()).as("what was typed stays").isEqualTo("13/45/2026");
        press(robot, from, "01/01/2030");
        UiHarness.waitUntil(() -> table.getItems().isEmpty());
        press(robot, from, "");
        UiHarness.waitUntil(() -> table.getItems().size() == n);

        PayersController screen = (PayersController) table.getScene().getWindow().getUserData();
        Path report = h.dataDir.resolve("payers.pdf");
        robot.interact(() -> screen.exportPdfTo(report));
        UiHarness.waitUntil(
                () ->
                        robot.from(table.getScene().getRoot())
                                .lookup("#messageLabel")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("The report was written"));
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("IOP denials by payer");
            for (String patient : patients) {
                assertThat(text).doesNotContain(patient);
            }
        }
        UiHarness.waitUntil(
                () ->
                        h.ctx.core().audit().recent(1).stream()
                                .anyMatch(e -> e.action().equals("payer-report-exported")));

        String payer = table.getItems().get(0).payer();
        robot.interact(
                () -> {
                    table.getSelectionModel().select(0);
                    table.requestFocus();
                });
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> h.main.viewModel().cases().searchProperty().get().equals(payer));
        assertThat(h.main.viewModel().cases().rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.payer()).isEqualTo(payer));
    }
}
