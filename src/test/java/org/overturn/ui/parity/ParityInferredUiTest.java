package org.overturn.ui.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;

/**
 * Issue 14, "ask once": the Parity section shows what the plan type already says, and where that
 * came from.
 */
class ParityInferredUiTest extends UiTestBase {

    @Test
    void aSelfFundedEmployerPlanIsShownAsSelfFundedFromThePlanTypeWithoutAsking(FxRobot robot) {
        CaseFile c =
                h.ctx.core()
                        .cases()
                        .create(
                                CaseFile.newCase(Patient.named("Ask Once"))
                                        .withPlan(
                                                new PlanFacts(
                                                        Optional.of(PlanType.ERISA_SELF_FUNDED),
                                                        Optional.empty(),
                                                        "",
                                                        "CA",
                                                        Optional.empty())));
        robot.interact(() -> h.main.viewModel().open(c.id().orElseThrow(), () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        section(robot, Section.PARITY, ParityController.class);
        Label inferred = robot.lookup("#inferredLabel").queryAs(Label.class);
        assertThat(inferred.isVisible()).isTrue();
        assertThat(inferred.getText())
                .startsWith("Filled in from the plan type (Employer plan, self-funded (ERISA)):")
                .contains("Funding: Self-funded")
                .contains("Employer-sponsored: Yes")
                .contains("Church plan: No");
        // The choices themselves read as inferred while not set.
        assertThat(robot.lookup("#fundingBox").queryAs(ComboBox.class).getButtonCell().getText())
                .isEqualTo("Self-funded (plan type)");
        assertThat(robot.lookup("#churchBox").queryAs(ComboBox.class).getButtonCell().getText())
                .isEqualTo("No (plan type)");
        // The assessment counts it: no "funding needed" question for a plan whose type says it.
        assertThat(
                        robot.lookup(
                                        (Label l) ->
                                                l.getText() != null
                                                        && l.getText()
                                                                .contains(
                                                                        "plan type and the funding"))
                                .tryQuery())
                .isEmpty();
    }
}
