package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;

/**
 * Issue 17: the employer that sponsors the plan and the patient's word on sharing the denial with
 * it are kept with the rest of Patient and plan, and come back when the case is opened again.
 */
class PatientPlanEmployerUiTest extends UiTestBase {

    @Test
    void theEmployerAndTheConsentSaveAndComeBackAfterAnotherFieldIsEdited(FxRobot robot) {
        openSample(robot, 0);
        section(robot, Section.PATIENT_PLAN, PatientPlanController.class);
        long id = h.main.viewModel().openCase().orElseThrow().caseId();
        TextField employer = robot.lookup("#employerNameField").queryAs(TextField.class);
        CheckBox share = robot.lookup("#shareWithEmployerBox").queryAs(CheckBox.class);
        Label notAsked = robot.lookup("#shareNotAskedLabel").queryAs(Label.class);
        assertThat(employer.getText()).isEqualTo("Harbor Logistics, Inc. (sample)");
        assertThat(share.isSelected()).isFalse();
        assertThat(notAsked.isVisible()).isTrue();

        robot.interact(employer::selectAll);
        type(robot, "#employerNameField", "Harbor Logistics, Inc.");
        robot.interact(share::fire);
        assertThat(notAsked.isVisible()).isFalse();
        // Another field's edit saves the whole form: the employer must survive it.
        type(robot, "#planNameField", " Gold");

        robot.interact(() -> h.main.viewModel().closeCase());
        UiHarness.waitUntil(() -> h.main.workspace().isEmpty());
        PlanFacts stored = h.ctx.core().cases().find(id).orElseThrow().plan();
        assertThat(stored.employerName()).isEqualTo("Harbor Logistics, Inc.");
        assertThat(stored.shareWithEmployer()).contains(true);
        assertThat(stored.planName()).contains("Gold");

        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        section(robot, Section.PATIENT_PLAN, PatientPlanController.class);
        assertThat(robot.lookup("#employerNameField").queryAs(TextField.class).getText())
                .isEqualTo("Harbor Logistics, Inc.");
        assertThat(robot.lookup("#shareWithEmployerBox").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#shareNotAskedLabel").queryAs(Label.class).isVisible()).isFalse();
    }
}
