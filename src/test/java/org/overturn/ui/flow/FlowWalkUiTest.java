package org.overturn.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.readiness.CasePath;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.SaveDialogs;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * The whole job as a clinician does it, by keyboard and mouse through the real window, counted:
 * from the Cases screen to an exported packet for a continued-stay denial in 40 interactions or
 * fewer, and a P2P sheet from a scored case in 3 or fewer (issue 14). The practice profile
 * (letterhead and signer) is set once per install, before the walk.
 */
@Tag("flow")
class FlowWalkUiTest extends UiTestBase {

    /** A continued-stay denial as a clinician would paste it (written for this test). */
    static final String LETTER =
            """
            Fax received 11/19/2026 08:02   Page 1 of 2

            NORTHWIND HEALTH ADMINISTRATORS
            Behavioral Health Utilization Management

            November 18, 2026

            Member: Jordan Ellery
            Member ID: NWH5520183
            Date of Birth: 02/11/1987
            Reference #: UM-2026-44871
            Authorization Number: PA-3390127

            Dear Jordan Ellery:

            Your employer's self-funded health plan, governed by ERISA, received a request for continued stay
            in the intensive outpatient program (IOP) for treatment of major depression. The plan approved care
            from 11/02/2026 through 11/17/2026. The request for 12 additional days was denied effective
            11/18/2026.

            Rationale: The member has completed 16 days of IOP. Mood has improved and the member reports no
            current thoughts of self-harm. The member is engaged in treatment and has family support. Care can
            be provided at a lower level of care, such as outpatient therapy once a week. Continued IOP is not
            medically necessary under the plan's behavioral health guidelines.

            You have the right to appeal within 180 days. You may ask for an expedited appeal if waiting would
            seriously harm your health.

            Sincerely,

            R. Okafor, MD, psychiatry
            Physician Reviewer
            """;

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT0,
        KeyCode.DIGIT1,
        KeyCode.DIGIT2,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT5
    };

    /**
     * The save dialog, answered as a person pressing Enter on the name it offers: one interaction
     * each.
     */
    private static final class EnterOnSaveDialog extends SaveDialogs {
        private final Path folder;
        private final List<Path> saved = new ArrayList<>();
        private Interactions counter;

        EnterOnSaveDialog(Path folder) {
            super(Preferences.userRoot().node("overturn-test/flow"));
            this.folder = folder;
        }

        @Override
        public Optional<Path> ask(Window owner, Request r) {
            counter.counted("Enter in the save dialog");
            Path p = folder.resolve(r.fileName());
            saved.add(p);
            return Optional.of(p);
        }
    }

    private EnterOnSaveDialog dialogs(Interactions counter) throws Exception {
        EnterOnSaveDialog d =
                new EnterOnSaveDialog(Files.createDirectories(h.dataDir.resolve("Documents")));
        d.counter = counter;
        h.ctx.setSaveDialogs(d);
        return d;
    }

    private void practiceProfile(FxRobot robot) {
        robot.interact(() -> h.ctx.profiles().save(PacketFixtures.profile(), () -> {}, e -> {}));
        UiHarness.waitUntil(() -> !h.ctx.profiles().current().clinicians().isEmpty());
    }

    private WorkspaceViewModel open() {
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        return h.main.viewModel().openCase().orElseThrow();
    }

    private static CasePath.Status step(WorkspaceViewModel w, CasePath.Step s) {
        return w.pathProperty().get().get(s.ordinal());
    }

    @Test
    void fromADeniedCaseToAnExportedPacketAndAPrepSheet(FxRobot robot) throws Exception {
        practiceProfile(robot);
        Interactions walk = new Interactions(robot);
        EnterOnSaveDialog saves = dialogs(walk);
        // New case from a denial: Ctrl+N, paste the letter, Ctrl+Enter.
        walk.key(KeyCode.SHORTCUT, KeyCode.N);
        UiHarness.waitUntil(() -> robot.lookup(".text-area").tryQuery().isPresent());
        walk.paste(LETTER);
        walk.key(KeyCode.SHORTCUT, KeyCode.ENTER);
        WorkspaceViewModel w = open();
        CaseFile made = w.caseFile();
        assertThat(made.patient().name()).isEqualTo("Jordan Ellery");
        assertThat(made.plan().planType()).contains(PlanType.ERISA_SELF_FUNDED);
        assertThat(made.currentDenial().orElseThrow().denialType())
                .isEqualTo(DenialType.CONCURRENT);
        assertThat(made.packet().signer()).contains(PacketFixtures.signer());
        assertThat(made.statements()).as("the denial analysed at once").isNotEmpty();
        UiHarness.waitUntil(() -> step(w, CasePath.Step.DENIAL).done());

        // Scores: the path's next action has the focus; Enter opens Scoring on "Start assessment".
        walk.key(KeyCode.ENTER);
        walk.key(KeyCode.ENTER);
        UiHarness.waitUntil(() -> !w.caseFile().assessments().isEmpty());
        int[] ratings = {3, 3, 2, 3, 2, 3, 2};
        for (int r : ratings) {
            // The digit rates the dimension; Enter keeps it and goes to the next.
            walk.key(DIGITS[r]);
            walk.key(KeyCode.ENTER);
        }
        UiHarness.waitUntil(() -> step(w, CasePath.Step.SCORES).done());

        // P2P sheet from a scored case: Ctrl+8, Enter on its Export, Enter in the save dialog.
        Interactions sheet = new Interactions(robot);
        saves.counter = sheet;
        sheet.key(KeyCode.SHORTCUT, KeyCode.DIGIT8);
        sheet.key(KeyCode.ENTER);
        UiHarness.waitUntil(
                () ->
                        saves.saved.stream()
                                .anyMatch(
                                        p ->
                                                p.getFileName().toString().startsWith("p2p")
                                                        && Files.isRegularFile(p)));
        assertThat(sheet.total()).as(sheet.summary()).isLessThanOrEqualTo(3);
        saves.counter = walk;

        // Rebuttal, letter, export: the path's next action each time.
        while (CasePath.next(w.pathProperty().get()).isPresent()) {
            CasePath.Status next = CasePath.next(w.pathProperty().get()).get();
            walk.click("#pathNextButton");
            walk.key(KeyCode.ENTER);
            if (next.step() == CasePath.Step.EXPORT
                    && w.sectionProperty().get() != Section.PACKET) {
                // The packet's readiness sent us to fix what holds it back: an urgent appeal needs
                // its clinical
                // reason, which only the clinician can write.
                walk.type(
                        "If IOP stops now she is likely to relapse into daily self-harm urges within two weeks;"
                                + " she has no step-down program available and lives alone.");
                continue;
            }
            try {
                UiHarness.waitUntil(
                        () -> !next.equals(CasePath.next(w.pathProperty().get()).orElse(null)));
            } catch (AssertionError stuck) {
                throw new AssertionError(
                        "stuck at "
                                + next
                                + " after "
                                + walk.summary()
                                + "; export held back by: "
                                + robot.lookup("#exportBlockedLabel")
                                        .tryQuery()
                                        .map(n -> ((Label) n).getText())
                                        .orElse("-"),
                        stuck);
            }
            assertThat(walk.total()).as(walk.summary()).isLessThan(60);
        }
        UiHarness.waitUntil(
                () ->
                        saves.saved.stream()
                                .anyMatch(
                                        p ->
                                                p.getFileName().toString().startsWith("appeal")
                                                        && Files.isRegularFile(p)));
        System.out.println("Flow walk: " + walk.summary());
        System.out.println("P2P sheet: " + sheet.summary());
        assertThat(walk.total()).as(walk.summary()).isLessThanOrEqualTo(40);
    }
}
