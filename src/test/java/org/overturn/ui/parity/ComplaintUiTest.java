package org.overturn.ui.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.Regulator;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.opencase.Section;
import org.testfx.api.FxRobot;

/**
 * Issue 17: from the Parity screen, a complaint to the office that takes it, or a letter to the
 * plan's sponsor that names the patient only with the patient's yes; nothing to save when nobody
 * takes it.
 */
class ComplaintUiTest extends UiTestBase {

    static final String PATIENT = "Daniela Reyes-Whitford";

    private ComplaintController open(FxRobot robot, int sample) {
        openSample(robot, sample);
        ParityController parity = section(robot, Section.PARITY, ParityController.class);
        robot.interact(parity::draftComplaint);
        UiHarness.waitUntil(
                () -> parity.complaint().map(c -> c.dialog().isShowing()).orElse(false));
        return parity.complaint().orElseThrow();
    }

    private static <T extends Node> T in(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void theParityComplaintForAnErisaPlanGoesToEbsaAndNamesThePatient(FxRobot robot) {
        openSample(robot, 0);
        section(robot, Section.PARITY, ParityController.class);
        // Ctrl+7 shows Parity with its main action focused; Enter opens the dialog.
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT7).release(KeyCode.SHORTCUT);
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> robot.lookup("#toBox").tryQuery().isPresent());

        ComboBox<?> to = in(robot, "#toBox", ComboBox.class);
        assertThat(to.getValue()).isEqualTo(Regulator.EBSA);
        assertThat(to.getItems().get(0)).isEqualTo(Regulator.EBSA);
        assertThat(in(robot, "#addressArea", TextArea.class).getText())
                .contains("Employee Benefits Security Administration");
        assertThat(in(robot, "#previewArea", TextArea.class).getText())
                .startsWith("Re: ")
                .contains(PATIENT);
        assertThat(in(robot, "#refusalLabel", Label.class).isVisible()).isFalse();
        assertThat(in(robot, "#complaintSaveButton", Button.class).isDisabled()).isFalse();

        // Esc closes it.
        robot.type(KeyCode.ESCAPE);
        UiHarness.waitUntil(() -> robot.lookup("#toBox").tryQuery().isEmpty());
    }

    @Test
    void theLetterToTheEmployerLeavesThePatientUnnamedWithoutTheirYes(FxRobot robot) {
        ComplaintController c = open(robot, 0);
        ComboBox<ComplaintKind> kind = in(robot, "#kindBox", ComboBox.class);
        robot.interact(() -> kind.setValue(ComplaintKind.EMPLOYER));
        assertThat(in(robot, "#toBox", ComboBox.class).getValue())
                .isEqualTo(Regulator.PLAN_SPONSOR);
        assertThat(in(robot, "#addressArea", TextArea.class).getText())
                .contains("Harbor Logistics, Inc. (sample)");
        // The notes are the employer letter's, not the parity complaint's shown first.
        assertThat(c.viewModel().notes())
                .anyMatch(n -> n.startsWith("Without the patient's permission"))
                .noneMatch(n -> n.startsWith("EBSA takes complaints"));
        assertThat(robot.lookup("#notesList .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anyMatch(t -> t.contains("Without the patient's permission"))
                .noneMatch(t -> t.contains("EBSA takes complaints"));
        String letter = in(robot, "#previewArea", TextArea.class).getText();
        assertThat(letter).isNotBlank().doesNotContain(PATIENT).doesNotContain("Reyes");
        assertThat(in(robot, "#complaintSaveButton", Button.class).isDisabled()).isFalse();
    }

    @Test
    void theLetterToTheEmployerNamesThePatientWhoAgreed(FxRobot robot) {
        ComplaintController c = open(robot, 3);
        ComboBox<ComplaintKind> kind = in(robot, "#kindBox", ComboBox.class);
        robot.interact(() -> kind.setValue(ComplaintKind.EMPLOYER));
        assertThat(c.viewModel().draftProperty().get().namesPatient()).isTrue();
        assertThat(in(robot, "#previewArea", TextArea.class).getText()).contains(PATIENT);
    }

    @Test
    void aMedicaidFeeForServicePlanGetsTheRefusalAndNothingToSave(FxRobot robot) {
        open(robot, 2);
        Label refusal = in(robot, "#refusalLabel", Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isNotBlank();
        assertThat(in(robot, "#complaintSaveButton", Button.class).isDisabled()).isTrue();
        assertThat(in(robot, "#previewArea", TextArea.class).getText()).isEmpty();
    }

    @Test
    void savingWritesThePdfLogsItAndPutsItOnTheTimeline(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(h.dataDir.resolve("Documents"));
        List<SaveDialogs.Request> asked = new ArrayList<>();
        h.ctx.setSaveDialogs(
                new SaveDialogs(Preferences.userRoot().node("overturn-test/complaint")) {
                    @Override
                    public Optional<Path> ask(Window owner, Request r) {
                        asked.add(r);
                        return Optional.of(folder.resolve(r.fileName()));
                    }
                });
        open(robot, 0);
        long id = h.main.viewModel().openCase().orElseThrow().caseId();
        TextArea address = in(robot, "#addressArea", TextArea.class);
        robot.interact(
                () ->
                        address.setText(
                                "Employee Benefits Security Administration\n"
                                        + "San Francisco Regional Office (typed)"));
        robot.interact(address::requestFocus);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.S).release(KeyCode.SHORTCUT);

        Path out = folder.resolve("complaint-parity-case-" + id + ".pdf");
        UiHarness.waitUntil(() -> Files.exists(out));
        assertThat(asked)
                .extracting(SaveDialogs.Request::fileName)
                .containsExactly(out.getFileName().toString());
        try (var doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("San Francisco Regional Office (typed)").contains(PATIENT);
        }
        UiHarness.waitUntil(
                () ->
                        h.ctx.core().audit().recent(5).stream()
                                .anyMatch(
                                        e ->
                                                e.action()
                                                        .equals(
                                                                AuditAction.COMPLAINT_EXPORTED
                                                                        .code())));
        UiHarness.waitUntil(
                () ->
                        h.main.viewModel().openCase().orElseThrow().caseFile().timeline().stream()
                                .anyMatch(
                                        e ->
                                                e.kind() == EventKind.EXPORT
                                                        && e.title()
                                                                .contains(
                                                                        TimelineEvent.COMPLAINT)));
        assertThat(in(robot, "#statusLabel", Label.class).getText())
                .startsWith("Wrote complaint-parity-case-");
        assertThat(folder)
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }
}
