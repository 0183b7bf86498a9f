package org.overturn.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.packet.LetterSection;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * Renaming the patient after the letter was drafted (issue 14, item 1), on the Letters and packet
 * screen.
 */
class StaleLetterUiTest extends UiTestBase {

    private WorkspaceViewModel drafted(FxRobot robot) {
        robot.interact(() -> h.ctx.profiles().save(PacketFixtures.profile(), () -> {}, e -> {}));
        openSample(robot, 0);
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        section(robot, Section.PACKET, PacketController.class);
        robot.clickOn("#draftButton");
        UiHarness.waitUntil(
                () ->
                        w.caseFile()
                                .packet()
                                .letter()
                                .map(l -> !l.sections().isEmpty())
                                .orElse(false));
        return w;
    }

    private static void rename(FxRobot robot, WorkspaceViewModel w, String name) {
        robot.interact(
                () ->
                        w.edit(
                                c -> {
                                    Patient p = c.patient();
                                    return c.withPatient(
                                            new Patient(
                                                    name,
                                                    p.dateOfBirth(),
                                                    p.memberId(),
                                                    p.groupNumber(),
                                                    p.state()));
                                }));
    }

    @Test
    void anUneditedLetterFollowsTheRenameAtOnce(FxRobot robot) {
        WorkspaceViewModel w = drafted(robot);
        String old = w.caseFile().patient().name();
        rename(robot, w, "Marisol Ortega-Lind");
        UiHarness.waitUntil(
                () ->
                        w.caseFile().packet().letter().orElseThrow().sections().stream()
                                .map(LetterSection::text)
                                .anyMatch(t -> t.contains("Marisol Ortega-Lind")));
        assertThat(w.caseFile().packet().letter().orElseThrow().sections())
                .extracting(LetterSection::text)
                .noneMatch(t -> t.contains(old));
        assertThat(robot.lookup("#staleBox").queryAs(VBox.class).isVisible()).isFalse();
    }

    @Test
    void anEditedPartShowsTheChangeSideBySideAndHoldsTheExportUntilTheClinicianChooses(
            FxRobot robot) {
        WorkspaceViewModel w = drafted(robot);
        String old = w.caseFile().patient().name();
        ListView<LetterSection> parts = robot.lookup("#letterParts").queryListView();
        LetterSection naming =
                parts.getItems().stream()
                        .filter(s -> s.text().contains(old))
                        .findFirst()
                        .orElseThrow();
        robot.interact(() -> parts.getSelectionModel().select(naming));
        TextArea text = robot.lookup("#partText").queryAs(TextArea.class);
        robot.interact(() -> text.appendText(" Her sister is her contact."));
        UiHarness.waitUntil(
                () ->
                        w.caseFile()
                                .packet()
                                .letter()
                                .orElseThrow()
                                .section(naming.part())
                                .map(LetterSection::wasEdited)
                                .orElse(false));

        rename(robot, w, "Marisol Ortega-Lind");
        UiHarness.waitUntil(() -> robot.lookup("#staleBox").queryAs(VBox.class).isVisible());
        assertThat(robot.lookup(".stale-then").queryAs(Label.class).getText()).contains(old);
        assertThat(robot.lookup(".stale-now").queryAs(Label.class).getText())
                .contains("Marisol Ortega-Lind");
        Button export = robot.lookup("#exportButton").queryButton();
        assertThat(export.isDisabled()).isTrue();
        assertThat(
                        w.caseFile()
                                .packet()
                                .letter()
                                .orElseThrow()
                                .section(naming.part())
                                .orElseThrow()
                                .text())
                .endsWith("Her sister is her contact.");

        robot.clickOn("Take the new draft");
        UiHarness.waitUntil(() -> !robot.lookup("#staleBox").queryAs(VBox.class).isVisible());
        LetterSection now =
                w.caseFile().packet().letter().orElseThrow().section(naming.part()).orElseThrow();
        assertThat(now.wasEdited()).isFalse();
        assertThat(now.text()).contains("Marisol Ortega-Lind").doesNotContain(old);
        assertThat(Optional.of(export.isDisabled())).contains(false);
    }
}
