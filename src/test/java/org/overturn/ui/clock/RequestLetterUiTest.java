package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.overturn.core.SampleCases;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.ui.UiHarness;
import org.overturn.ui.workspace.OverviewController;
import org.overturn.ui.workspace.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A request to the plan becomes a letter, as a PDF, with its ask and legal basis. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RequestLetterUiTest {

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

    @Test
    void aRequestForTheCriteriaIsWrittenAsALetterWithItsAskAndBasis(FxRobot robot) throws Exception {
        robot.interact(() -> h.main.viewModel().cases().openSample(SampleCases.ALL.get(1),
                c -> h.main.viewModel().open(c.id().orElseThrow(), () -> { })));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        OverviewController[] overview = new OverviewController[1];
        robot.interact(() -> overview[0] = h.main.workspace().orElseThrow().section(Section.OVERVIEW, OverviewController.class));
        UiHarness.waitUntil(() -> overview[0] != null);
        DisclosureController card = overview[0].disclosure();
        var request = new java.util.concurrent.atomic.AtomicReference<org.overturn.domain.deadlines.DisclosureRequest>();
        robot.interact(() -> {
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
            assertThat(text).contains("Nguyễn Thị Ánh").contains("LCH-90031877")
                    .contains(DisclosureKind.CRITERIA.ask().substring(0, 40).replaceAll("\\s+", " "));
        }
        assertThat(h.dataDir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }
}
