package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.core.SampleCases;
import org.overturn.ui.p2p.PeerToPeerController;
import org.overturn.ui.workspace.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Peer-to-peer section's Export PDF… writes the printed sheet; Print… says plainly when it cannot print. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrepSheetExportUiTest {

    private UiHarness h;

    @Start
    void start(Stage stage) throws Exception {
        h = new UiHarness();
        h.start(stage);
    }

    @AfterEach
    void tearDown() {
        h.stop();
        h.forget();
    }

    private PeerToPeerController openSection(FxRobot robot) {
        robot.interact(() -> h.main.viewModel().cases().openSample(SampleCases.ALL.get(0),
                c -> h.main.viewModel().open(c.id().orElseThrow(), () -> { })));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        PeerToPeerController[] p2p = new PeerToPeerController[1];
        robot.interact(() -> p2p[0] = h.main.workspace().orElseThrow()
                .section(Section.PEER_TO_PEER, PeerToPeerController.class));
        UiHarness.waitUntil(() -> p2p[0] != null);
        return p2p[0];
    }

    @Test
    void exportWritesTheOnePageSheetAndSaysWhere(FxRobot robot) throws Exception {
        PeerToPeerController p2p = openSection(robot);
        assertThat(robot.lookup("#exportPdfButton").queryAs(Button.class).getText()).isEqualTo("Export PDF…");
        Path out = h.dataDir.resolve("sheet.pdf");

        robot.interact(() -> p2p.sheetExport().exportTo(out, null));
        UiHarness.waitUntil(() -> p2p.sheetExport().lastExportProperty().get() != null);

        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(d)).contains("Reinstate 15 days of IOP");
        }
        assertThat(robot.lookup("#sheetStatus").queryAs(Label.class).getText())
                .isEqualTo("Wrote sheet.pdf (1 page).");
        assertThat(robot.lookup("#printButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void printingWithoutAPrinterOrDisplaySaysWhyAndLeavesNoTempFile(FxRobot robot) throws Exception {
        PeerToPeerController p2p = openSection(robot);
        long before = tempSheets();

        robot.interact(() -> p2p.sheetExport().print());
        UiHarness.waitUntil(() -> p2p.sheetExport().failedProperty().get());

        assertThat(robot.lookup("#sheetStatus").queryAs(Label.class).getText())
                .matches(".*(No printer is set up|no display).*");
        assertThat(tempSheets()).isEqualTo(before);
    }

    private static long tempSheets() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("overturn-p2p-")).count();
        }
    }
}
