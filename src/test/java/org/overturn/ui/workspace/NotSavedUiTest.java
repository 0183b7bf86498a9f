package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.Dates;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * A field holding what can't be saved is named in the status bar and keeps the text typed (issue
 * 14, item 2).
 */
class NotSavedUiTest extends UiTestBase {

    @Test
    void aMistypedNoticeDateIsNamedAsNotSavedKeptAcrossSectionsAndDiscardedWithEsc(FxRobot robot) {
        openSample(robot, 0);
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        Optional<LocalDate> saved = w.caseFile().currentDenial().orElseThrow().noticeDate();
        section(robot, Section.DENIALS, DenialsController.class);
        TextField notice = robot.lookup("#noticeDateField").queryAs(TextField.class);
        robot.interact(
                () -> {
                    notice.requestFocus();
                    notice.selectAll();
                });
        robot.write("11/2O/2026");
        Label status = robot.lookup("#saveStateLabel").queryAs(Label.class);
        UiHarness.waitUntil(() -> status.getText().contains("2O"));
        assertThat(status.getText())
                .startsWith("Not saved: Notice date: ")
                .doesNotContain("All changes saved");

        // Another section and back: the typed text is still there, the case still holds the saved
        // date.
        robot.interact(() -> w.sectionProperty().set(Section.OVERVIEW));
        UiHarness.waitUntil(() -> status.getText().startsWith("Not saved"));
        robot.interact(() -> w.sectionProperty().set(Section.DENIALS));
        assertThat(notice.getText()).isEqualTo("11/2O/2026");
        assertThat(w.caseFile().currentDenial().orElseThrow().noticeDate()).isEqualTo(saved);

        robot.interact(notice::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertThat(notice.getText()).isEqualTo(saved.map(Dates::show).orElse(""));
        UiHarness.waitUntil(() -> status.getText().equals("All changes saved"));
    }
}
