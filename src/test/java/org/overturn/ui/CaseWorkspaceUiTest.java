package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.overturn.core.CoreServices;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.ui.cases.CaseRow;
import org.overturn.ui.main.MainController;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;

/**
 * The foundation's end-to-end check: create a case, edit it, restart over the same data, and find
 * it all.
 */
class CaseWorkspaceUiTest extends UiTestBase {

    /** Selects the field's text and types over it, as a user replacing a value does. */
    private void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Clicks a node once it is on screen (cells appear only after the next layout pulse). */
    private void click(FxRobot robot, String query) {
        UiHarness.waitUntil(
                () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn(query);
    }

    @Test
    void createEditRestartAndEverythingIsThere(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#emptyState").query().isVisible()).isTrue();
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Łukasz Żółć");
        robot.clickOn("#dobField").write("03/14/1990");
        robot.clickOn("OK");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());

        click(robot, "Patient and plan");
        click(robot, "#memberIdField");
        robot.clickOn("#memberIdField").write("M-1'; DROP TABLE case_file; --");
        robot.clickOn("#groupField").write("G \"7\"");

        click(robot, "Denials");
        click(robot, "#addDenialButton");
        robot.clickOn("#noticeDateField").write("11/16/2026");
        robot.interact(
                () -> ((CheckBox) robot.lookup("#reason-outpatient-sufficient").query()).fire());
        type(robot, "#requestedField", "15");
        type(robot, "#rationaleArea", "Δημήτρης: not medically necessary.");
        type(robot, "#startDateField", "08/23/2026");
        type(robot, "#endDateField", "08/01/2026");
        assertThat(robot.lookup("#endDateError").queryAs(Label.class).getText())
                .contains("before the start date");
        robot.interact(() -> robot.lookup("#endDateField").queryAs(TextField.class).clear());
        type(robot, "#endDateField", "09/12/2026");

        click(robot, "Timeline");
        robot.clickOn("#titleField").write("Called the plan");
        robot.clickOn("#addButton");

        long id = h.main.viewModel().openCase().orElseThrow().caseId();
        h.stop();

        // A fresh context over the same data folder finds everything.
        CoreServices fresh = h.openCore();
        CaseFile c = fresh.cases().find(id).orElseThrow();
        assertThat(c.patient().name()).isEqualTo("Łukasz Żółć");
        assertThat(c.patient().dateOfBirth()).contains(LocalDate.of(1990, 3, 14));
        assertThat(c.patient().memberId()).isEqualTo("M-1'; DROP TABLE case_file; --");
        assertThat(c.patient().groupNumber()).isEqualTo("G \"7\"");
        assertThat(c.denials()).hasSize(1);
        Denial d = c.denials().get(0);
        assertThat(d.noticeDate()).contains(LocalDate.of(2026, 11, 16));
        assertThat(d.reasons()).containsExactly(DenialReason.OUTPATIENT_SUFFICIENT);
        assertThat(d.unitsRequested()).contains(15);
        assertThat(d.startDateRequested()).contains(LocalDate.of(2026, 8, 23));
        assertThat(d.endDateRequested()).contains(LocalDate.of(2026, 9, 12));
        assertThat(d.rationale()).isEqualTo("Δημήτρης: not medically necessary.");
        assertThat(c.timeline()).extracting(e -> e.title()).contains("Called the plan");

        // And the restarted window lists it.
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
        assertThat(main[0].viewModel().cases().rows())
                .extracting(CaseRow::patient)
                .containsExactly("Łukasz Żółć");
        robot.interact(() -> main[0].root().getScene().getWindow().hide());
        second.stop();
        second.forget();
    }

    @Test
    void anImpossibleDateIsRefusedAtTheFieldAndEverythingElseIsKept(FxRobot robot) {
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Иван Петров");
        robot.clickOn("#dobField").write("03/14/1990");
        robot.clickOn("OK");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        click(robot, "Patient and plan");
        click(robot, "#memberIdField");
        robot.clickOn("#memberIdField").write("ABC123");
        replace(robot, "#dobField", "02/30/2026");

        Label error = robot.lookup("#dobError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("02/30/2026").contains("not a real date");
        assertThat(robot.lookup("#dobField").queryAs(TextField.class).getText())
                .isEqualTo("02/30/2026");

        replace(robot, "#nameField", "");
        assertThat(robot.lookup("#nameError").queryAs(Label.class).getText())
                .contains("name is required");

        CaseFile c = h.main.viewModel().openCase().orElseThrow().caseFile();
        assertThat(c.patient().dateOfBirth()).contains(LocalDate.of(1990, 3, 14));
        assertThat(c.patient().name()).isEqualTo("Иван Петров");
        assertThat(c.patient().memberId()).isEqualTo("ABC123");

        replace(robot, "#dobField", "01/01/2999");
        assertThat(error.getText()).contains("future");
        assertThat(h.main.viewModel().openCase().orElseThrow().caseFile().patient().dateOfBirth())
                .contains(LocalDate.of(1990, 3, 14));
    }

    @Test
    void aReceivedDateInTheFutureIsRefusedAndTheDenialKeepsItsOtherFields(FxRobot robot) {
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Nguyễn Thị Ánh");
        robot.clickOn("OK");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        click(robot, "Denials");
        click(robot, "#addDenialButton");
        type(robot, "#reviewerField", "Dr. K");
        robot.clickOn("#receivedDateField").write("12/31/2099");
        assertThat(robot.lookup("#receivedDateError").queryAs(Label.class).getText())
                .contains("future");
        type(robot, "#requestedField", "10");
        type(robot, "#deniedField", "12");
        assertThat(robot.lookup("#deniedError").queryAs(Label.class).getText())
                .contains("more than requested");

        Denial d = h.main.viewModel().openCase().orElseThrow().caseFile().denials().get(0);
        assertThat(d.receivedAt()).isEmpty();
        assertThat(d.reviewerName()).isEqualTo("Dr. K");
        assertThat(d.unitsRequested()).contains(10);
        // Keystrokes save as they come, so the valid prefix "1" is kept; the refused 12 never is.
        assertThat(d.unitsDenied()).isNotEqualTo(Optional.of(12));
        assertThat(d.denialType()).isEqualTo(DenialType.PRE_SERVICE);
    }

    @Test
    void anUrgentPostServiceClaimIsRefusedWithAMessageAndSavedAsNotUrgent(FxRobot robot) {
        robot.clickOn("#emptyNewCase");
        robot.clickOn("#nameField").write("Ana Ruiz");
        robot.clickOn("OK");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        click(robot, "Denials");
        click(robot, "#addDenialButton");
        robot.interact(
                () ->
                        ((ComboBox<DenialType>) robot.lookup("#denialTypeBox").query())
                                .setValue(DenialType.POST_SERVICE));
        robot.interact(() -> robot.lookup("#urgentBox").queryAs(CheckBox.class).setSelected(true));
        assertThat(robot.lookup("#urgentError").queryAs(Label.class).getText())
                .contains("cannot be urgent");
        Denial d = h.main.viewModel().openCase().orElseThrow().caseFile().denials().get(0);
        assertThat(d.denialType()).isEqualTo(DenialType.POST_SERVICE);
        assertThat(d.urgent()).isFalse();
        robot.interact(
                () ->
                        ((ComboBox<DenialType>) robot.lookup("#denialTypeBox").query())
                                .setValue(DenialType.CONCURRENT));
        assertThat(robot.lookup("#urgentError").queryAs(Label.class).getText()).isEmpty();
        assertThat(h.main.viewModel().openCase().orElseThrow().caseFile().denials().get(0).urgent())
                .isTrue();
    }

    @Test
    void removingADenialCanBeUndone(FxRobot robot) {
        robot.clickOn("#emptySamples");
        robot.clickOn("Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        robot.interact(
                () ->
                        h.main.viewModel()
                                .openCase()
                                .orElseThrow()
                                .sectionProperty()
                                .set(Section.DENIALS));
        robot.clickOn("#removeDenialButton");
        assertThat(h.main.viewModel().openCase().orElseThrow().caseFile().denials()).isEmpty();
        robot.clickOn("#undoButton");
        assertThat(h.main.viewModel().openCase().orElseThrow().caseFile().denials()).hasSize(1);
        assertThat(Optional.ofNullable(robot.lookup("#denialList").query())).isPresent();
    }

    @Test
    void searchFiltersAsYouTypeIgnoringAccents(FxRobot robot) {
        robot.clickOn("#emptySamples");
        robot.clickOn(
                "Sample: substance-use IOP, prior-authorization denial (Medicaid managed care)");
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        click(robot, "#backButton");
        robot.interact(
                () -> h.main.viewModel().cases().openSample(SampleCases.ALL.get(0), c -> {}));
        UiHarness.waitUntil(() -> h.main.viewModel().cases().rows().size() == 2);
        robot.clickOn("#searchField").write("nguyen");
        @SuppressWarnings("unchecked")
        TableView<CaseRow> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(CaseRow::patient).containsExactly("Nguyễn Thị Ánh");
        robot.push(KeyCode.ESCAPE);
        assertThat(table.getItems()).hasSize(2);
    }
}
