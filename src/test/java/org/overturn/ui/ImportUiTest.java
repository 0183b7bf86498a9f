package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * File → Import reads files the way the command line does: a file imported before is not imported
 * twice unasked (issue 13, item 4 in the app), and a refused file says why in one line and changes
 * nothing.
 */
class ImportUiTest extends UiTestBase {

    private Path sample() throws Exception {
        try (InputStream in =
                getClass()
                        .getResourceAsStream(
                                "/org/overturn/samples/mh-iop-concurrent-erisa.json")) {
            Path f = h.dataDir.resolveSibling("import-" + System.nanoTime() + ".json");
            Files.write(f, in.readAllBytes());
            return f;
        }
    }

    private long caseCount() {
        return h.ctx.core().cases().count();
    }

    @Test
    void theSameFileTwiceAsksFirstAndOpeningTheEarlierCaseAddsNothing(FxRobot robot)
            throws Exception {
        Path f = sample();
        robot.interact(() -> h.main.importFrom(f));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        long first = h.main.viewModel().openCase().orElseThrow().caseId();
        assertThat(caseCount()).isEqualTo(1);
        robot.interact(() -> h.main.viewModel().closeCase());

        robot.interact(() -> h.main.importFrom(f));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("This file was imported before");
        assertThat(pane.getContentText()).contains(f.getFileName().toString(), "case " + first);
        robot.clickOn("Open case " + first);
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        assertThat(h.main.viewModel().openCase().orElseThrow().caseId()).isEqualTo(first);
        assertThat(caseCount()).isEqualTo(1);

        // Asked again, the clinician may still import it as a new case.
        robot.interact(() -> h.main.viewModel().closeCase());
        robot.interact(() -> h.main.importFrom(f));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Import again");
        UiHarness.waitUntil(() -> caseCount() == 2);
    }

    @Test
    void aFileWithDaysOfCareYearsAheadIsRefusedInOneLineAndNothingIsWritten(FxRobot robot)
            throws Exception {
        Path f = sample();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).contains("\"startDateRequested\": \"2026-11-17\"");
        Files.writeString(
                f,
                text.replace(
                        "\"startDateRequested\": \"2026-11-17\"",
                        "\"startDateRequested\": \"2031-11-17\""));
        robot.interact(() -> h.main.importFrom(f));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText())
                .isEqualTo("The case file could not be imported. Nothing was changed.");
        assertThat(pane.getContentText())
                .contains("more than a year ahead")
                .doesNotContain("\n", "Exception");
        robot.clickOn("OK");
        assertThat(caseCount()).isZero();
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsRead(FxRobot robot) throws Exception {
        robot.interact(() -> h.main.importFrom(h.dataDir));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("not a regular file");
        robot.clickOn("OK");
        assertThat(caseCount()).isZero();
        assertThat(robot.lookup((Label l) -> "Exception".equals(l.getText())).tryQuery()).isEmpty();
    }
}
