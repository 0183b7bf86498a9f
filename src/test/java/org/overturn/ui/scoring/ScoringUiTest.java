package org.overturn.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.scoring.Assessment;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.main.MainController;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * The Scoring section end to end: rating by keyboard alone, the level and its reasons, restart,
 * override.
 */
class ScoringUiTest extends UiTestBase {

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT0,
        KeyCode.DIGIT1,
        KeyCode.DIGIT2,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT5
    };

    private WorkspaceViewModel openSampleOnScoring(FxRobot robot) {
        robot.clickOn("#emptySamples");
        robot.clickOn("Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        WorkspaceViewModel ws = h.main.viewModel().openCase().orElseThrow();
        robot.interact(() -> ws.sectionProperty().set(Section.SCORING));
        UiHarness.waitUntil(() -> robot.lookup("#startAssessmentButton").tryQuery().isPresent());
        return ws;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aNewAssessmentOnANewCaseShowsWordsInTheLevelBoxesNeverOptional(FxRobot robot) {
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Ana Ruiz");
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        WorkspaceViewModel ws = h.main.viewModel().openCase().orElseThrow();
        robot.interact(() -> ws.sectionProperty().set(Section.SCORING));
        UiHarness.waitUntil(() -> robot.lookup("#startAssessmentButton").tryQuery().isPresent());
        robot.clickOn("#startAssessmentButton");
        UiHarness.waitUntil(() -> !ws.caseFile().assessments().isEmpty());
        for (String id : new String[] {"#overrideBox", "#gridBox"}) {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            robot.interact(box::applyCss);
            String shown =
                    box.getButtonCell() != null
                            ? box.getButtonCell().getText()
                            : robot.from(box)
                                    .lookup(".list-cell")
                                    .tryQueryAs(ListCell.class)
                                    .map(ListCell::getText)
                                    .orElse("");
            shown = shown == null ? "" : shown;
            assertThat(shown).as(id).doesNotContain("Optional").isNotBlank();
        }
    }

    @Test
    void everyDimensionRatedByKeyboardAloneGivesTheLevelAndItsReasonsAndSurvivesARestart(
            FxRobot robot) throws Exception {
        WorkspaceViewModel ws = openSampleOnScoring(robot);
        List<String> before = ws.caseFile().assessments().stream().map(Assessment::id).toList();
        robot.clickOn("#startAssessmentButton");
        UiHarness.waitUntil(() -> ws.caseFile().assessments().size() == before.size() + 1);

        int[] ratings = {3, 3, 2, 3, 2, 3, 2};
        for (int i = 0; i < ratings.length; i++) {
            robot.type(DIGITS[ratings[i]]);
            if (i == 0) {
                // Into the note with the keyboard: digits there are text, not ratings.
                robot.type(KeyCode.TAB);
                robot.interact(() -> {});
                assertThat(robot.lookup("#evidenceArea").queryAs(TextArea.class).isFocused())
                        .isTrue();
                robot.write("PHQ-9 16 on 11/12, no plan");
                robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.ENTER);
            }
        }

        UiHarness.waitUntil(() -> robot.lookup("#levelLabel").tryQuery().isPresent());
        assertThat(text(robot, "#levelLabel"))
                .isEqualTo("Level 3: High Intensity Community Based Services");
        assertThat(text(robot, "#compositeValue")).isEqualTo("18");
        assertThat(robot.lookup("Why this level: the rules that decided it").tryQuery())
                .isPresent();
        assertThat(robot.lookup("Why not a lower level").tryQuery()).isPresent();
        assertThat(
                        robot.lookup(
                                        n ->
                                                n instanceof Label l
                                                        && l.getText().startsWith("• Composite 18"))
                                .tryQuery())
                .isPresent();
        assertThat(robot.lookup("#fitBanner").tryQuery()).isPresent();

        Assessment made =
                ws.caseFile().assessments().stream()
                        .filter(a -> !before.contains(a.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(made.ratings())
                .extracting(r -> r.value())
                .containsExactly("3", "3", "2", "3", "2", "3", "2");
        assertThat(made.rating("locus.I").orElseThrow().evidence())
                .isEqualTo("PHQ-9 16 on 11/12, no plan");

        long id = ws.caseId();
        h.stop();

        CoreServices fresh = h.openCore();
        CaseFile c = fresh.cases().find(id).orElseThrow();
        Assessment kept =
                c.assessments().stream()
                        .filter(a -> a.id().equals(made.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(kept).isEqualTo(made);

        // The restarted window shows it in the Scoring section.
        UiHarness second = new UiHarness(h.dataDir);
        MainController[] main = new MainController[1];
        robot.interact(
                () -> {
                    try {
                        main[0] = second.start(new Stage());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        UiHarness.waitUntil(() -> !main[0].viewModel().cases().rows().isEmpty());
        robot.interact(() -> main[0].viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> main[0].workspace().isPresent());
        ScoringController[] scoring = new ScoringController[1];
        robot.interact(
                () ->
                        scoring[0] =
                                main[0].workspace()
                                        .orElseThrow()
                                        .section(Section.SCORING, ScoringController.class));
        robot.interact(() -> {});
        List<Assessment> shown = scoring[0].viewModel().assessments();
        assertThat(shown).extracting(Assessment::id).contains(made.id());
        robot.interact(() -> main[0].root().getScene().getWindow().hide());
        second.stop();
        second.forget();
    }

    @Test
    void anOverrideNeedsAReasonBeforeItIsKept(FxRobot robot) {
        WorkspaceViewModel ws = openSampleOnScoring(robot);
        String latest =
                ws.caseFile().assessments().get(ws.caseFile().assessments().size() - 1).id();
        @SuppressWarnings("unchecked")
        ComboBox<Optional<String>> box = robot.lookup("#overrideBox").queryAs(ComboBox.class);

        robot.interact(() -> box.setValue(Optional.of("4")));

        Label error = robot.lookup("#reasonError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("reason for variance is required");
        assertThat(find(ws, latest).overrideLevel()).isEmpty();

        Node area = robot.lookup("#reasonArea").query();
        robot.interact(area::requestFocus);
        robot.write("Overdose plan disclosed 11/13");

        Assessment a = find(ws, latest);
        assertThat(a.overrideLevel()).contains("4");
        assertThat(a.varianceReason()).isEqualTo("Overdose plan disclosed 11/13");
        assertThat(error.isVisible()).isFalse();
        assertThat(
                        robot.lookup(
                                        n ->
                                                n instanceof Label l
                                                        && l.getText()
                                                                .equals(
                                                                        "Your level (override): Level 4: Medically Monitored Non-Residential Services"))
                                .tryQuery())
                .isPresent();
        assertThat(LevelSummary.override(a)).contains("Overdose plan disclosed 11/13");
    }

    private static Assessment find(WorkspaceViewModel ws, String id) {
        return ws.caseFile().assessments().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
