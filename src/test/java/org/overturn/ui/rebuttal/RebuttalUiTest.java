package org.overturn.ui.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.Test;
import org.overturn.core.CoreServices;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.workspace.DenialsController;
import org.testfx.api.FxRobot;

/**
 * Issue 4's end-to-end check: paste a denial, confirm the mappings, and answer a row from a scored
 * dimension.
 */
class RebuttalUiTest extends UiTestBase {

    static final String RATIONALE =
            "Per the records, the member is no longer at imminent risk of harm to self. "
                    + "The member can be managed at a lower level of care.";
    static final String EVIDENCE = "Suicide plan on 10/22; passive thoughts of death daily since";

    /**
     * A case with a denial and a LOCUS assessment rating Risk of Harm 4, stored through the
     * repository.
     */
    static CaseFile scoredCase(CoreServices core) {
        Assessment locus =
                Assessment.start(Instrument.LOCUS, LocalDate.of(2026, 11, 12), "Dr. Test")
                        .withRating(
                                DimensionRating.of(
                                        "locus.I", 4, EVIDENCE, LocalDate.of(2026, 11, 12)))
                        .withRating(DimensionRating.of("locus.V", 2, "", null));
        CaseFile c =
                CaseFile.newCase(Patient.named("Ana Test"))
                        .withDenial(
                                Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH))
                        .withAssessment(locus);
        return core.cases().create(c);
    }

    private void show(FxRobot robot, Section s) {
        robot.interact(() -> h.main.viewModel().openCase().orElseThrow().sectionProperty().set(s));
    }

    private void click(FxRobot robot, String query) {
        UiHarness.waitUntil(
                () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @Test
    void pastedDenialIsSplitConfirmedAndAnsweredFromTheScoredDimension(FxRobot robot)
            throws Exception {
        long id = scoredCase(h.ctx.core()).id().orElseThrow();
        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        show(robot, Section.REBUTTAL);

        // Paste the rationale from the clipboard into the rationale box, as a clinician copies it
        // from a letter.
        TextArea area = robot.lookup("#rationaleArea").queryAs(TextArea.class);
        robot.interact(
                () -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(RATIONALE);
                    Clipboard.getSystemClipboard().setContent(content);
                    area.requestFocus();
                    area.paste();
                });
        assertThat(area.getText()).isEqualTo(RATIONALE);
        click(robot, "#analyseButton");

        // Two statements, recognised and proposed; the LOCUS dimensions only (the case is scored
        // with LOCUS).
        UiHarness.waitUntil(() -> robot.lookup("#confirm-s2").tryQuery().isPresent());
        List<StatementMapping> proposed =
                h.main.viewModel().openCase().orElseThrow().caseFile().statements();
        assertThat(proposed).hasSize(2).noneMatch(StatementMapping::confirmed);
        assertThat(proposed.get(0).patternIds()).contains("no-imminent-risk");
        assertThat(proposed.get(0).dimensionIds()).containsExactly("locus.I");

        click(robot, "#confirm-s1");
        click(robot, "#confirm-s2");
        click(robot, "#addFromStatementsButton");

        // The row for the first statement shows the rating and evidence read from Scoring, and its
        // answer starts
        // from the drafted suggestion built on that evidence.
        UiHarness.waitUntil(() -> robot.lookup("#answer-r-s1").tryQuery().isPresent());
        Node row = robot.lookup("#row-r-s1").query();
        assertThat(
                        robot.from(row)
                                .lookup(
                                        (Label l) ->
                                                l.getText().contains("4 of 5")
                                                        && l.getText().contains(EVIDENCE))
                                .tryQuery())
                .isPresent();
        TextArea answer = robot.lookup("#answer-r-s1").queryAs(TextArea.class);
        assertThat(answer.getText())
                .contains("rated 4 of 5")
                .contains("passive thoughts of death daily since");

        // The clinician edits the answer; a redraft keeps it.
        robot.interact(
                () -> {
                    answer.requestFocus();
                    answer.end();
                });
        robot.write(" Seen by me today.");
        click(robot, "#redraftButton");
        UiHarness.waitUntil(
                () ->
                        h.main.viewModel().openCase().orElseThrow().caseFile().rebuttal().stream()
                                .anyMatch(r -> r.answer().endsWith("Seen by me today.")));

        h.stop();
        CaseFile stored = h.openCore().cases().find(id).orElseThrow();
        assertThat(stored.statements()).hasSize(2).allMatch(StatementMapping::confirmed);
        assertThat(stored.currentDenial().orElseThrow().rationale()).isEqualTo(RATIONALE);
        Optional<RebuttalRow> r1 =
                stored.rebuttal().stream().filter(r -> r.id().equals("r-s1")).findFirst();
        assertThat(r1).isPresent();
        assertThat(r1.get().dimensionIds()).containsExactly("locus.I");
        assertThat(r1.get().answer()).contains("rated 4 of 5").endsWith("Seen by me today.");
        assertThat(r1.get().gap()).contains("4 of 5");
        // The second statement's dimensions are rated low (LOCUS V: 2) or not at all: the note
        // beside the row says so plainly, and no answer is drafted for the letter.
        RebuttalRow r2 =
                stored.rebuttal().stream()
                        .filter(r -> r.id().equals("r-s2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(r2.gap()).contains("lower half");
        assertThat(r2.suggestion()).isEmpty();
    }

    @Test
    void withNothingScoredTheMatrixSaysSoAndDraftsNoAnswer(FxRobot robot) {
        CaseFile c =
                h.ctx.core()
                        .cases()
                        .create(
                                CaseFile.newCase(Patient.named("No Scores"))
                                        .withDenial(
                                                RebuttalViewModel.withRationale(
                                                        Denial.blank(
                                                                DenialType.PRE_SERVICE,
                                                                LevelOfCare.IOP_MENTAL_HEALTH),
                                                        RATIONALE)));
        robot.interact(() -> h.main.viewModel().open(c.id().orElseThrow(), () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        show(robot, Section.REBUTTAL);
        assertThat(robot.lookup("#scoringNote").query().isVisible()).isTrue();
        click(robot, "#analyseButton");
        UiHarness.waitUntil(() -> robot.lookup("#addRow-s1").tryQuery().isPresent());
        click(robot, "#addRow-s1");
        UiHarness.waitUntil(() -> robot.lookup("#answer-r-s1").tryQuery().isPresent());
        RebuttalRow row = h.main.viewModel().openCase().orElseThrow().caseFile().rebuttal().get(0);
        assertThat(row.answer()).isEmpty();
        assertThat(row.suggestion()).isEmpty();
        assertThat(robot.lookup((Label l) -> l.getText().contains("not scored yet")).tryQuery())
                .isPresent();
    }

    /**
     * Issue 11: a rationale pasted in Denials is analysed and drafted before the clinician opens
     * Rebuttal.
     */
    @Test
    void aRationalePastedInDenialsIsAnalysedBeforeTheRebuttalSectionIsOpened(FxRobot robot) {
        long id = scoredCase(h.ctx.core()).id().orElseThrow();
        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        DenialsController denials = section(robot, Section.DENIALS, DenialsController.class);
        UiHarness.waitUntil(() -> denials.form().current().isPresent());
        TextArea area =
                robot.lookup("#rationaleArea").queryAllAs(TextArea.class).stream()
                        .filter(Node::isVisible)
                        .findFirst()
                        .orElseThrow();
        robot.interact(
                () -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(RATIONALE);
                    Clipboard.getSystemClipboard().setContent(content);
                    area.requestFocus();
                    area.paste();
                });

        UiHarness.waitUntil(
                () -> !h.main.viewModel().openCase().orElseThrow().caseFile().rebuttal().isEmpty());
        CaseFile c = h.main.viewModel().openCase().orElseThrow().caseFile();
        assertThat(c.statements()).hasSize(2).noneMatch(StatementMapping::confirmed);
        assertThat(c.rebuttal()).extracting(RebuttalRow::id).containsExactly("r-s1", "r-s2");
        assertThat(c.rebuttal()).allMatch(r -> r.answer().isEmpty());
        assertThat(c.rebuttal().get(0).suggestion()).contains("rated 4 of 5").contains(EVIDENCE);

        // The Rebuttal section shows them on first opening, with the words that matched each
        // pattern.
        show(robot, Section.REBUTTAL);
        UiHarness.waitUntil(() -> robot.lookup("#row-r-s1").tryQuery().isPresent());
        assertThat(robot.lookup("#confirm-s1").tryQuery()).isPresent();
        assertThat(
                        robot.lookup(
                                        (Label l) ->
                                                l.getText()
                                                        .equals(
                                                                "No imminent risk: “no longer at imminent risk”"))
                                .tryQuery())
                .isPresent();
    }
}
