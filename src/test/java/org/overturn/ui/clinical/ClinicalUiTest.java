package org.overturn.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.rebuttal.DsmSeverity;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Other measures: a value out of range is refused at its field; a PHQ-9 item 9 above zero flags the
 * case.
 */
class ClinicalUiTest extends UiTestBase {

    private CaseFile open(FxRobot robot) {
        CaseFile c = h.ctx.core().cases().create(CaseFile.newCase(Patient.named("Measure Test")));
        robot.interact(() -> h.main.viewModel().open(c.id().orElseThrow(), () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        show(robot, Section.CLINICAL);
        return c;
    }

    private void show(FxRobot robot, Section s) {
        robot.interact(() -> h.main.viewModel().openCase().orElseThrow().sectionProperty().set(s));
    }

    private CaseFile current() {
        return h.main.viewModel().openCase().orElseThrow().caseFile();
    }

    /** Replaces the field's text, as typing over a selection does. */
    private void typeOver(FxRobot robot, String query, String text) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.interact(
                () -> {
                    f.requestFocus();
                    f.selectAll();
                });
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String query, Object value) {
        ComboBox<Object> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @Test
    void aTotalOutsideItsRangeIsRefusedAtTheFieldAndNothingIsAdded(FxRobot robot) {
        open(robot);
        choose(robot, "#measureBox", Measure.GAD_7);
        typeOver(robot, "#scoreField", "25");
        Label error = robot.lookup("#scoreError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("0 to 21").contains("25");
        assertThat(robot.lookup("#addMeasureButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#addMeasureButton").queryAs(Button.class).fire());
        assertThat(current().measures()).isEmpty();

        typeOver(robot, "#scoreField", "14");
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#measurePreview").queryAs(Label.class).getText())
                .contains("moderate (10–14)");
        robot.interact(() -> robot.lookup("#addMeasureButton").queryAs(Button.class).fire());
        assertThat(current().measures())
                .singleElement()
                .satisfies(m -> assertThat(m.score()).contains(14));
    }

    @Test
    void aPhq9ItemOutOfRangeIsRefusedAndItem9AboveZeroRaisesTheFlagHereAndOnTheOverview(
            FxRobot robot) {
        open(robot);
        choose(robot, "#measureBox", Measure.PHQ_9);
        VBox flags = robot.lookup("#riskFlagBox").queryAs(VBox.class);
        assertThat(flags.isVisible()).isFalse();
        for (int i = 1; i <= 8; i++) {
            typeOver(robot, "#item" + i + "Field", "1");
        }
        typeOver(robot, "#item9Field", "4");
        assertThat(robot.lookup("#itemsError").queryAs(Label.class).getText())
                .contains("4")
                .contains("0 to 3");
        assertThat(robot.lookup("#addMeasureButton").queryAs(Button.class).isDisabled()).isTrue();

        typeOver(robot, "#item9Field", "1");
        assertThat(robot.lookup("#measurePreview").queryAs(Label.class).getText())
                .contains("9 · mild (5–9)")
                .contains("Item 9");
        robot.interact(() -> robot.lookup("#addMeasureButton").queryAs(Button.class).fire());

        assertThat(current().measures())
                .singleElement()
                .satisfies(m -> assertThat(m.items().get(8)).isEqualTo(1));
        UiHarness.waitUntil(flags::isVisible);
        assertThat(robot.from(flags).lookup((Label l) -> l.getText().contains("item 9")).tryQuery())
                .isPresent();

        show(robot, Section.OVERVIEW);
        UiHarness.waitUntil(
                () -> robot.lookup("#riskFlagBox").match(Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup((Label l) -> l.getText().startsWith("Risk flag: PHQ-9")).queryAll())
                .hasSize(1);
    }

    @Test
    void phq9AnswersAdvanceByThemselvesSoNineAnswersAreNineKeys(FxRobot robot) {
        // Issue 14, the flow: item entries advance by themselves.
        open(robot);
        choose(robot, "#measureBox", Measure.PHQ_9);
        robot.interact(() -> robot.lookup("#item1Field").query().requestFocus());
        robot.write("210321012");
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 1; i <= 9; i++) {
            assertThat(robot.lookup("#item" + i + "Field").queryAs(TextField.class).getText())
                    .as("item " + i)
                    .isEqualTo(String.valueOf("210321012".charAt(i - 1)));
        }
        assertThat(robot.lookup("#measureNoteField").query().isFocused()).isTrue();
        assertThat(robot.lookup("#measurePreview").queryAs(Label.class).getText())
                .contains("12 · moderate");

        // An answer out of range stays where it was typed, with its message.
        robot.interact(() -> robot.lookup("#item4Field").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("7");
        assertThat(robot.lookup("#item4Field").query().isFocused()).isTrue();
        assertThat(robot.lookup("#itemsError").queryAs(Label.class).getText())
                .contains("7")
                .contains("0 to 3");
    }

    @Test
    void aSubstanceUseDiagnosisTakesItsSeverityFromTheCriteriaCount(FxRobot robot) {
        open(robot);
        typeOver(robot, "#dxCodeField", "F1020");
        typeOver(robot, "#dxNameField", "Alcohol use disorder");
        typeOver(robot, "#dxCriteriaField", "1");
        assertThat(robot.lookup("#dxCriteriaError").queryAs(Label.class).getText())
                .contains("at least 2");
        typeOver(robot, "#dxCriteriaField", "6");
        assertThat(robot.lookup("#dxDerived").queryAs(Label.class).getText()).contains("Severe");
        robot.interact(() -> robot.lookup("#addDiagnosisButton").queryAs(Button.class).fire());
        assertThat(current().clinical().diagnoses())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo("F10.20");
                            assertThat(d.severity()).contains(DsmSeverity.SEVERE);
                        });
    }
}
