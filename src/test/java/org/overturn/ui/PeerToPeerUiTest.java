package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.overturn.domain.calls.CallOutcome;
import org.overturn.domain.cases.EventKind;
import org.overturn.domain.packet.LetterSection;
import org.overturn.ui.common.TriState;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.p2p.CallModeController;
import org.overturn.ui.p2p.PeerToPeerController;
import org.overturn.ui.packet.PacketController;
import org.testfx.api.FxRobot;

/** The prep sheet is built from the case, and call mode ticks points off against a timer. */
class PeerToPeerUiTest extends UiTestBase {

    @Test
    void theSheetShowsTheAskFromTheDenialAndCallModeCountsPointsAndTime(FxRobot robot) {
        openSample(robot, 0);
        PeerToPeerController p2p = section(robot, Section.PEER_TO_PEER, PeerToPeerController.class);
        assertThat(robot.lookup(".sheet-ask").queryAs(Label.class).getText())
                .isEqualTo(
                        "Continue 15 days of IOP, mental health at 12 hours a week from November 17, 2026.");

        robot.clickOn("#callModeButton");
        UiHarness.waitUntil(() -> p2p.callWindow() != null && p2p.callWindow().isShowing());
        CheckBox first = robot.lookup(".call-item").queryAs(CheckBox.class);
        robot.clickOn(first);
        assertThat(first.isSelected()).isTrue();
        Label progress = robot.lookup("#progressLabel").queryAs(Label.class);
        assertThat(progress.getText()).startsWith("1 of ");

        CallModeController call = p2p.callMode();
        robot.interact(
                () -> {
                    call.viewModel().reset();
                    call.viewModel().startOrPause();
                    call.viewModel().tick();
                    call.viewModel().tick();
                    call.viewModel().tick();
                    call.viewModel().startOrPause();
                });
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getText()).isEqualTo("00:03");
        assertThat(call.viewModel().pointsMade()).containsExactly(first.getText());
        robot.clickOn("#closeButton");
        UiHarness.waitUntil(() -> !p2p.callWindow().isShowing());
    }

    @Test
    void aLoggedCallLandsOnTheTimelineAndInTheDraftedLetter(FxRobot robot) {
        openSample(robot, 0);
        PeerToPeerController p2p = section(robot, Section.PEER_TO_PEER, PeerToPeerController.class);
        var form = p2p.callLog().viewModel();
        robot.interact(
                () -> {
                    form.date.set("11/20/2026");
                    form.time.set("14:30");
                    form.reviewerName.set("");
                });
        type(robot, "#reviewerNameField", "Dr. K. Alvarez");
        type(robot, "#specialtyField", "family medicine");
        type(robot, "#referenceField", "P2P-881");
        robot.interact(
                () -> {
                    form.recordsReviewed.set(TriState.NO);
                    form.outcome.set(CallOutcome.UPHELD);
                });
        robot.interact(() -> robot.lookup("#saveCallButton").queryButton().fire());

        var c = h.main.viewModel().openCase().orElseThrow().caseFile();
        assertThat(c.calls())
                .singleElement()
                .satisfies(
                        call -> {
                            assertThat(call.reviewerSpecialty()).isEqualTo("family medicine");
                            assertThat(call.outcome()).isEqualTo(CallOutcome.UPHELD);
                        });
        assertThat(c.timeline())
                .anySatisfy(
                        e -> {
                            assertThat(e.kind()).isEqualTo(EventKind.CALL);
                            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 20));
                            assertThat(e.title()).contains("Dr. K. Alvarez").contains("upheld");
                        });
        assertThat(robot.lookup("#callTable").queryTableView().getItems()).hasSize(1);

        PacketController[] packet = new PacketController[1];
        robot.interact(
                () ->
                        packet[0] =
                                h.main.workspace()
                                        .orElseThrow()
                                        .section(Section.PACKET, PacketController.class));
        UiHarness.waitUntil(() -> packet[0] != null);
        robot.interact(() -> packet[0].viewModel().regenerate(true));
        String letter =
                packet[0].viewModel().letter().sections().stream()
                        .map(LetterSection::text)
                        .reduce("", (a, b) -> a + "\n" + b);
        assertThat(letter)
                .contains(
                        "On November 20, 2026, the plan's reviewer, Dr. K. Alvarez (MD, family medicine), "
                                + "upheld the denial in a peer-to-peer call without having reviewed the records (reference P2P-881).");
    }
}
