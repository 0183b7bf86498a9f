package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.workspace.OverviewController;
import org.testfx.api.FxRobot;

/** A request to the plan becomes a letter, as a PDF, with its ask and legal basis. */
class RequestLetterUiTest extends UiTestBase {

    @Test
    void aRequestForTheCriteriaIsWrittenAsALetterWithItsAskAndBasis(FxRobot robot)
            throws Exception {
        openSample(robot, 1);
        OverviewController overview = section(robot, Section.OVERVIEW, OverviewController.class);
        DisclosureController card = overview.disclosure();
        var request = new AtomicReference<DisclosureRequest>();
        robot.interact(
                () -> {
                    card.viewModel().kind.set(DisclosureKind.CRITERIA);
                    card.viewModel().sentOn.set("11/24/2026");
                    card.viewModel().followUpOn.set("12/08/2026");
                    request.set(card.viewModel().add().orElseThrow());
                });
        Path out = h.dataDir.resolve("request-criteria.pdf");
        robot.interact(() -> card.exportLetterTo(request.get(), out));
        UiHarness.waitUntil(() -> Files.exists(out));

        try (var doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Nguyễn Thị Ánh")
                    .contains("LCH-90031877")
                    .contains(
                            DisclosureKind.CRITERIA.ask().substring(0, 40).replaceAll("\\s+", " "));
        }
        assertThat(h.dataDir)
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }
}
