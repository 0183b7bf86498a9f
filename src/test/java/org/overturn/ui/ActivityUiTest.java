package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.AuditTrail;
import org.overturn.domain.audit.AuditEntry;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.p2p.PeerToPeerController;
import org.testfx.api.FxRobot;

/**
 * Issue 13, item 10: an export from the app is logged, and Help → Activity shows the line with no
 * name in it.
 */
class ActivityUiTest extends UiTestBase {

    @AfterEach
    void closeActivity(FxRobot robot) {
        robot.lookup("#activityTable")
                .tryQuery()
                .ifPresent(n -> robot.interact(() -> n.getScene().getWindow().hide()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportFromTheAppShowsUnderHelpActivity(FxRobot robot) throws Exception {
        openSample(robot, 0);
        PeerToPeerController p2p = section(robot, Section.PEER_TO_PEER, PeerToPeerController.class);
        Path out = h.dataDir.resolve("sheet.pdf");
        robot.interact(() -> p2p.sheetExport().exportTo(out, null));
        UiHarness.waitUntil(() -> p2p.sheetExport().lastExportProperty().get() != null);
        // The line is written after the file, on the background thread: wait for it.
        UiHarness.waitUntil(
                () ->
                        h.ctx.core().audit().recent(1).stream()
                                .anyMatch(e -> e.action().equals("p2p-sheet-exported")));

        robot.clickOn("Help");
        robot.clickOn("Activity");
        UiHarness.waitUntil(() -> robot.lookup("#activityTable").tryQuery().isPresent());
        TableView<AuditEntry> table = robot.lookup("#activityTable").queryAs(TableView.class);
        UiHarness.waitUntil(() -> !table.getItems().isEmpty());

        AuditEntry newest = table.getItems().get(0);
        assertThat(newest.label()).isEqualTo("Peer-to-peer prep sheet exported");
        assertThat(newest.sha256()).contains(AuditTrail.sha256(out));
        assertThat(table.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("When", "Computer account", "Case", "What", "SHA-256 of the file");
        assertThat(table.getColumns().get(2).getCellData(0))
                .isEqualTo(String.valueOf(newest.caseId().getAsLong()));
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText())
                .endsWith("lines, newest first");

        // Copy lines: tab-separated, as they paste into a spreadsheet; never the patient's name.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("Copy lines");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        String copied = clip[0];
        assertThat(copied.split("\t"))
                .hasSize(5)
                .contains("Peer-to-peer prep sheet exported", AuditTrail.sha256(out));
        assertThat(copied).doesNotContain("Reyes", "sheet.pdf");
        Window w = table.getScene().getWindow();
        assertThat(w.isShowing()).isTrue();
        robot.clickOn("Close");
        assertThat(w.isShowing()).isFalse();
    }
}
