package org.overturn.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.testfx.api.FxRobot;

/**
 * Settings → Practice profile from the menu: the practice's clinicians added, checked, reordered
 * and saved.
 */
class PracticeProfileUiTest extends UiTestBase {

    private void openFromMenu(FxRobot robot) {
        robot.clickOn("Settings").clickOn("Practice profile…");
        UiHarness.waitUntil(() -> robot.lookup("#practiceProfile").tryQuery().isPresent());
    }

    @Test
    void cliniciansAreAddedCheckedAndSavedWithThePractice(FxRobot robot) throws Exception {
        openFromMenu(robot);
        Button ok = robot.lookup("#profileOkButton").queryButton();
        robot.clickOn("#practiceField").write("Harbor View IOP");

        robot.clickOn("#addClinicianButton");
        assertThat(ok.isDisabled()).as("a clinician without a name").isTrue();
        assertThat(robot.lookup("#problemLabel").queryAs(Label.class).getText())
                .contains("needs a name");
        robot.write("Jonah Whitcomb");
        robot.clickOn("#credentialsField").write("PsyD");
        assertThat(robot.lookup("#physicianBox").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#npiField").write("12345");
        assertThat(robot.lookup("#npiError").queryAs(Label.class).getText())
                .isEqualTo("An NPI is 10 digits.");
        assertThat(robot.lookup("#npiError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(ok.isDisabled()).isTrue();
        robot.write("67893");
        assertThat(robot.lookup("#npiError").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#addClinicianButton");
        robot.write("Miriam Osei");
        robot.clickOn("#credentialsField").write("MD");
        CheckBox physician = robot.lookup("#physicianBox").queryAs(CheckBox.class);
        assertThat(physician.isSelected()).as("MD names a physician").isTrue();
        robot.clickOn("#upClinicianButton");

        // Going back to the first clinician shows what was typed for them.
        ListView<?> list = robot.lookup("#clinicianList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText())
                .isEqualTo("Jonah Whitcomb");
        assertThat(robot.lookup("#npiField").queryAs(TextField.class).getText())
                .isEqualTo("1234567893");
        assertThat(physician.isSelected()).isFalse();

        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        UiHarness.waitUntil(() -> robot.lookup("#practiceProfile").tryQuery().isEmpty());

        PracticeProfile stored = h.ctx.core().profiles().load();
        assertThat(stored.practiceName()).isEqualTo("Harbor View IOP");
        assertThat(stored.clinicians())
                .containsExactly(
                        Clinician.named("Miriam Osei", "MD", true),
                        new Clinician("Jonah Whitcomb", "PsyD", false, "1234567893", "", "", ""));
        assertThat(h.ctx.profiles().current()).isEqualTo(stored);
    }

    @Test
    void cancelChangesNothingAndTheNextOpeningShowsWhatIsStored(FxRobot robot) {
        PracticeProfile before =
                new PracticeProfile(
                        "Harbor View IOP",
                        "",
                        "",
                        "",
                        List.of(Clinician.named("Rosa Delgado", "LCADC", false)),
                        Optional.empty(),
                        Optional.empty());
        robot.interact(() -> h.ctx.profiles().save(before, () -> {}, e -> {}));
        UiHarness.waitUntil(() -> h.ctx.profiles().current().equals(before));

        openFromMenu(robot);
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText())
                .isEqualTo("Rosa Delgado");
        robot.clickOn("#removeClinicianButton");
        assertThat(robot.lookup("#clinicianList").queryListView().getItems()).isEmpty();
        robot.clickOn("Cancel");
        UiHarness.waitUntil(() -> robot.lookup("#practiceProfile").tryQuery().isEmpty());

        assertThat(h.ctx.core().profiles().load()).isEqualTo(before);
        openFromMenu(robot);
        assertThat(robot.lookup("#clinicianList").queryListView().getItems()).hasSize(1);
    }
}
