package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.core.AppLog;
import org.overturn.domain.cases.Patient;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * Issue 16, item 8: a save the database refuses shows in the status bar and in the log file, the
 * edit is kept, and the save goes through by itself once the database takes writes again. The
 * database refuses updates of the case through a trigger (a running test is root, for whom a
 * read-only file is still writable).
 */
class SaveFailureUiTest extends UiTestBase {

    @AfterEach
    void allowWrites() throws Exception {
        refuseWrites(false);
    }

    @Test
    void aRefusedSaveShowsInTheStatusBarAndTheLogAndIsRetried(FxRobot robot) throws Exception {
        Path logs = AppLog.install(h.dataDir, Clock.systemDefaultZone()).orElseThrow();
        openSample(robot, 0);
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        Label status = robot.lookup("#saveStateLabel").queryAs(Label.class);
        UiHarness.waitUntil(() -> status.getText().equals("All changes saved"));

        refuseWrites(true);
        robot.interact(
                () ->
                        w.edit(
                                c ->
                                        c.withPatient(
                                                new Patient(
                                                        c.patient().name(),
                                                        c.patient().dateOfBirth(),
                                                        "NEW-MEMBER-7",
                                                        c.patient().groupNumber(),
                                                        c.patient().state()))));

        UiHarness.waitUntil(() -> status.getText().startsWith("Could not save:"));
        assertThat(status.getText()).contains("keeps trying");
        Path today = logs.resolve("overturn-" + LocalDate.now() + ".log");
        UiHarness.waitUntil(
                () ->
                        Files.exists(today)
                                && read(today).contains("saving case " + w.caseId() + " failed"));
        assertThat(read(today))
                .doesNotContain("NEW-MEMBER-7")
                .doesNotContain(w.caseFile().patient().name());
        assertThat(w.caseFile().patient().memberId()).isEqualTo("NEW-MEMBER-7");

        refuseWrites(false);
        UiHarness.waitUntil(() -> status.getText().equals("All changes saved"));
        assertThat(h.ctx.core().cases().find(w.caseId()).orElseThrow().patient().memberId())
                .isEqualTo("NEW-MEMBER-7");
    }

    private void refuseWrites(boolean refuse) throws Exception {
        if (h.ctx == null) {
            return;
        }
        try (Connection c = h.ctx.core().database().connect();
                Statement st = c.createStatement()) {
            st.execute(
                    refuse
                            ? "CREATE TRIGGER IF NOT EXISTS test_refuse BEFORE UPDATE ON case_file "
                                    + "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
                            : "DROP TRIGGER IF EXISTS test_refuse");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
