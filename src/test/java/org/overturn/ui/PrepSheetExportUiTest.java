package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.p2p.PeerToPeerController;
import org.testfx.api.FxRobot;

/**
 * The Peer-to-peer section's Export PDF… writes the printed sheet; Print… says plainly when it
 * cannot print.
 */
class PrepSheetExportUiTest extends UiTestBase {

    private PeerToPeerController openSection(FxRobot robot) {
        openSample(robot, 0);
        PeerToPeerController p2p = section(robot, Section.PEER_TO_PEER, PeerToPeerController.class);
        return p2p;
    }

    @Test
    void exportWritesTheOnePageSheetAndSaysWhere(FxRobot robot) throws Exception {
        PeerToPeerController p2p = openSection(robot);
        assertThat(
                        Mnemonics.plain(
                                robot.lookup("#exportPdfButton").queryAs(Button.class).getText()))
                .isEqualTo("Export PDF…");
        Path out = h.dataDir.resolve("sheet.pdf");

        robot.interact(() -> p2p.sheetExport().exportTo(out, null));
        UiHarness.waitUntil(() -> p2p.sheetExport().lastExportProperty().get() != null);

        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(d)).contains("Continue 15 days of IOP");
        }
        assertThat(robot.lookup("#sheetStatus").queryAs(Label.class).getText())
                .isEqualTo("Wrote sheet.pdf (1 page).");
        assertThat(robot.lookup("#printButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void printingWithoutAPrinterOrDisplaySaysWhyAndLeavesNoTempFile(FxRobot robot)
            throws Exception {
        PeerToPeerController p2p = openSection(robot);
        long before = tempSheets();
        // what the status said at the moment the failure was flagged: whoever watches the flag
        // must find the message already there (CI once read "Preparing…" in between)
        AtomicReference<String> whenFlagged = new AtomicReference<>();
        robot.interact(
                () ->
                        p2p.sheetExport()
                                .failedProperty()
                                .addListener(
                                        (o, was, now) -> {
                                            if (now) {
                                                whenFlagged.set(
                                                        p2p.sheetExport().statusProperty().get());
                                            }
                                        }));

        robot.interact(() -> p2p.sheetExport().print());
        UiHarness.waitUntil(() -> p2p.sheetExport().failedProperty().get());

        assertThat(whenFlagged.get()).matches(".*(No printer is set up|no display).*");
        assertThat(robot.lookup("#sheetStatus").queryAs(Label.class).getText())
                .matches(".*(No printer is set up|no display).*");
        assertThat(tempSheets()).isEqualTo(before);
    }

    private static long tempSheets() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("overturn-p2p-"))
                    .count();
        }
    }
}
