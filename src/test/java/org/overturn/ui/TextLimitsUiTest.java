package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.overturn.ui.common.TextLimits;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.workspace.DenialsController;
import org.overturn.ui.workspace.PatientPlanController;
import org.testfx.api.FxRobot;

/**
 * Issue 13, item 12 in the app: a field takes what the import takes, and says so when a paste runs
 * past it.
 */
class TextLimitsUiTest extends UiTestBase {

    @Test
    void aNamePastedPastTwoHundredCharactersKeepsTheFirstTwoHundredAndSaysSo(FxRobot robot) {
        openSample(robot, 0);
        section(robot, Section.PATIENT_PLAN, PatientPlanController.class);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(
                () -> {
                    name.requestFocus();
                    name.selectAll();
                    name.replaceSelection("N".repeat(1_000_000));
                });
        assertThat(name.getText()).hasSize(TextLimits.NAME);
        UiHarness.waitUntil(
                () ->
                        name.getProperties().get("overturn.textLimit.tip") instanceof Tooltip t
                                && t.getText()
                                        .equals(
                                                "This field holds at most 200 characters; the rest was left out."));

        // Within the bound, typing is untouched; deleting past it always works.
        robot.interact(
                () -> {
                    name.selectAll();
                    name.replaceSelection("Daniela Reyes-Whitford");
                });
        assertThat(name.getText()).isEqualTo("Daniela Reyes-Whitford");
    }

    @Test
    void theRationaleTakesFiftyThousandAndAStoredLongerValueIsNeverCut(FxRobot robot) {
        openSample(robot, 0);
        section(robot, Section.DENIALS, DenialsController.class);
        TextArea rationale = robot.lookup("#rationaleArea").queryAs(TextArea.class);
        robot.interact(
                () -> {
                    rationale.requestFocus();
                    rationale.selectAll();
                    rationale.replaceSelection("a".repeat(60_000));
                });
        assertThat(rationale.getText()).hasSize(TextLimits.RATIONALE);

        // What the app puts in a field (a value read from the database) is shown whole.
        robot.interact(
                () -> {
                    robot.lookup("#rationaleArea").query().getScene().getRoot().requestFocus();
                    rationale.setText("b".repeat(TextLimits.RATIONALE + 10));
                });
        assertThat(rationale.getText()).hasSize(TextLimits.RATIONALE + 10);
    }

    @Test
    void anEmojiIsKeptAndTheFieldSaysHowDocumentsWillNameIt(FxRobot robot) {
        // Issue 14, item 10 in the app: no font the app bundles draws emoji, so a box must never be
        // the only sign.
        openSample(robot, 0);
        section(robot, Section.PATIENT_PLAN, PatientPlanController.class);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(
                () -> {
                    name.requestFocus();
                    name.end();
                    name.replaceSelection(" \uD83D\uDC4D\uD83C\uDFFD");
                });
        assertThat(name.getText()).isEqualTo("Daniela Reyes-Whitford \uD83D\uDC4D\uD83C\uDFFD");
        UiHarness.waitUntil(
                () ->
                        name.getProperties().get(TextLimits.SYMBOL_TIP) instanceof Tooltip t
                                && t.getText()
                                        .endsWith(
                                                "printed documents name the symbol instead: [thumbs up sign]."));

        // Plain text and letters of any script raise no note.
        TextField plan = robot.lookup("#planNameField").queryAs(TextField.class);
        robot.interact(
                () -> {
                    plan.requestFocus();
                    plan.end();
                    plan.replaceSelection(" Nguy\u1EC5n \u6F22");
                });
        assertThat(plan.getProperties()).doesNotContainKey(TextLimits.SYMBOL_TIP);
    }
}
