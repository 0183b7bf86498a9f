package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.OverturnCli;
import org.overturn.core.CaseBundles;
import org.overturn.core.InputFiles;
import org.overturn.core.SampleCases;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.store.DocumentStore;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.common.SaveDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Issue 18 in the app: File → Export case… writes a case bundle with the case's documents (or the
 * case file alone), protected with a password when asked; File → Import case… (or a drop) reads it
 * back into another data folder, asking the password again after a wrong one; a damaged bundle is
 * refused in one line and writes nothing.
 */
class CaseBundleUiTest extends UiTestBase {

    private static final String PASSWORD = "river stone 2026";
    private static final byte[] LETTER =
            "%PDF-1.4 the denial letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SENT =
            "%PDF-1.4 the appeal as sent\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir Path dir;

    /** The save dialog, answered with a file in the test's folder. */
    private static final class Answering extends SaveDialogs {
        final List<Request> asked = new ArrayList<>();
        final Path answer;

        Answering(Path answer) {
            super(Preferences.userRoot().node("overturn-test/bundle-" + System.nanoTime()));
            this.answer = answer;
        }

        @Override
        public Optional<Path> ask(Window owner, Request r) {
            asked.add(r);
            return Optional.of(answer);
        }
    }

    /** The ERISA sample with a denial letter enclosed and the appeal it sent frozen, opened. */
    private long openCaseWithDocuments(FxRobot robot) throws Exception {
        var core = h.ctx.core();
        CaseFile c =
                core.importer()
                        .importCase(
                                InputFiles.checkCase(
                                        SampleCases.text(SampleCases.ALL.get(0)),
                                        "sample",
                                        LocalDateTime.now()));
        long id = c.id().orElseThrow();
        String letterSha =
                core.documents()
                        .put(id, "enc-1", DocumentStore.Role.ENCLOSURE, "denial.pdf", LETTER);
        String sentSha =
                core.documents().put(id, "sent-1", DocumentStore.Role.SUBMISSION, "sent.pdf", SENT);
        Enclosure e =
                new Enclosure(
                        "enc-1",
                        "Denial letter",
                        "denial.pdf",
                        0,
                        false,
                        letterSha,
                        LETTER.length,
                        Optional.of(1));
        Submission s =
                new Submission(
                        "sub-1",
                        LocalDate.of(2026, 11, 18),
                        Optional.empty(),
                        SubmissionMethod.FAX,
                        "(916) 555-0148",
                        "OK 0042",
                        ReviewLevel.INTERNAL_APPEAL,
                        "sent-1",
                        sentSha,
                        1);
        core.cases()
                .update(
                        c.withPacket(
                                c.packet().withEnclosures(List.of(e)).withSubmissions(List.of(s))));
        robot.interact(() -> h.main.viewModel().open(id, () -> {}));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        return id;
    }

    /** File → Export case… by its shortcut, the save dialog answered with {@code file}. */
    private Answering exportByShortcut(FxRobot robot, Path file) {
        Answering answering = new Answering(file);
        h.ctx.setSaveDialogs(answering);
        robot.interact(() -> h.main.root().requestFocus());
        robot.press(KeyCode.SHORTCUT).type(KeyCode.E).release(KeyCode.SHORTCUT);
        return answering;
    }

    /** Closes this window and data folder and opens a fresh one, as on another computer. */
    private void anotherComputer() throws Exception {
        h.stop();
        h.forget();
        h = new UiHarness();
        FxToolkit.setupStage(
                s -> {
                    try {
                        h.start(s);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private Optional<DialogPane> dialogSaying(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(
                        d ->
                                d.getContentText() != null && d.getContentText().contains(text)
                                        || d.getHeaderText() != null
                                                && d.getHeaderText().contains(text))
                .findFirst();
    }

    private void clickIn(FxRobot robot, DialogPane pane, String buttonText) {
        Button b =
                robot.from((Node) pane)
                        .lookup((Button x) -> buttonText.equals(Mnemonics.plain(x.getText())))
                        .query();
        robot.clickOn(b);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void clear(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(PasswordField.class).clear());
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#fileNoticeText")
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .orElse("");
    }

    @Test
    void aProtectedBundleCarriesTheDocumentsAndAWrongPasswordIsAskedAgain(FxRobot robot)
            throws Exception {
        long id = openCaseWithDocuments(robot);
        Path file = dir.resolve("case-" + id + ".overturn");
        Answering saved = exportByShortcut(robot, file);
        UiHarness.waitUntil(() -> robot.lookup("#bundleExportButton").tryQuery().isPresent());

        SaveDialogs.Request asked = saved.asked.get(0);
        assertThat(asked.fileName()).isEqualTo("case-" + id + ".overturn");
        assertThat(asked.types())
                .extracting(SaveDialogs.Type::pattern)
                .containsExactly("*.overturn", "*.json");
        assertThat(dialogSaying(robot, "with its documents")).isPresent();
        assertThat(
                        robot.lookup(
                                        (Label l) ->
                                                l.getText() != null
                                                        && l.getText().contains("its 2 documents"))
                                .tryQuery())
                .isPresent();

        Button export = robot.lookup("#bundleExportButton").queryButton();
        assertThat(export.isDisabled()).isFalse();
        assertThat(robot.lookup("#passwordField").query().isDisabled()).isTrue();
        robot.clickOn("Protect the bundle with a password");
        assertThat(export.isDisabled()).isTrue();
        robot.clickOn("#passwordField").write("short");
        assertThat(label(robot, "#passwordProblem"))
                .isEqualTo("The password must be at least 8 characters.");
        clear(robot, "#passwordField");
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#confirmField").write("river stone 2025");
        assertThat(label(robot, "#passwordProblem")).isEqualTo("The passwords do not match.");
        assertThat(export.isDisabled()).isTrue();
        clear(robot, "#confirmField");
        robot.clickOn("#confirmField").write(PASSWORD);
        assertThat(export.isDisabled()).isFalse();
        robot.clickOn(export);

        UiHarness.waitUntil(() -> notice(robot).contains("2 documents"));
        assertThat(notice(robot)).contains("protected with the password", file.toString());
        assertThat(CaseBundles.isSealed(Files.readAllBytes(file))).isTrue();
        assertThat(h.ctx.core().audit().happened(AuditAction.CASE_EXPORTED, id)).isTrue();

        anotherComputer();
        robot.interact(() -> h.main.importFrom(file));
        UiHarness.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        assertThat(dialogSaying(robot, "The case bundle's password")).isPresent();
        assertThat(robot.lookup("#confirmField").query().isVisible()).isFalse();
        robot.clickOn("#passwordField").write("river stone 2025");
        robot.clickOn("#passwordOkButton");
        UiHarness.waitUntil(
                () ->
                        robot.lookup("#passwordProblem").tryQuery().isPresent()
                                && label(robot, "#passwordProblem").contains("wrong password"));
        assertThat(label(robot, "#passwordProblem"))
                .isEqualTo(file.getFileName() + ": wrong password or damaged case bundle");
        assertThat(h.ctx.core().cases().count()).isZero();

        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#passwordOkButton");
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        CaseFile imported = h.main.viewModel().openCase().orElseThrow().caseFile();
        assertThat(h.ctx.core().cases().count()).isEqualTo(1);
        assertThat(imported.packet().enclosures()).hasSize(1);
        assertThat(imported.packet().submissions()).hasSize(1);
        assertThat(notice(robot)).contains("with 2 documents");
    }

    @Test
    void aPlainBundleImportsAndTheSameBundleAgainAsksFirst(FxRobot robot) throws Exception {
        long id = openCaseWithDocuments(robot);
        Path file = dir.resolve("plain.overturn");
        exportByShortcut(robot, file);
        UiHarness.waitUntil(() -> robot.lookup("#bundleExportButton").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> notice(robot).contains("2 documents"));
        assertThat(notice(robot)).doesNotContain("password");
        assertThat(CaseBundles.isSealed(Files.readAllBytes(file))).isFalse();
        assertThat(h.ctx.core().audit().happened(AuditAction.CASE_EXPORTED, id)).isTrue();

        anotherComputer();
        robot.interact(() -> h.main.importFrom(file));
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        long first = h.main.viewModel().openCase().orElseThrow().caseId();
        robot.interact(() -> h.main.viewModel().closeCase());

        robot.interact(() -> h.main.importFrom(file));
        UiHarness.waitUntil(() -> dialogSaying(robot, "imported before").isPresent());
        DialogPane pane = dialogSaying(robot, "imported before").orElseThrow();
        assertThat(pane.getContentText()).contains("plain.overturn", "case " + first);
        clickIn(robot, pane, "Open case " + first);
        UiHarness.waitUntil(() -> h.main.workspace().isPresent());
        assertThat(h.main.viewModel().openCase().orElseThrow().caseId()).isEqualTo(first);
        assertThat(h.ctx.core().cases().count()).isEqualTo(1);
    }

    @Test
    void theCaseFileAloneIsStillOffered(FxRobot robot) throws Exception {
        long id = openCaseWithDocuments(robot);
        Path file = dir.resolve("case.json");
        exportByShortcut(robot, file);
        UiHarness.waitUntil(() -> notice(robot).contains("without its documents"));
        assertThat(robot.lookup("#bundleExportButton").tryQuery()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{");
        assertThat(h.ctx.core().audit().happened(AuditAction.CASE_EXPORTED, id)).isTrue();
    }

    @Test
    void aDamagedBundleIsRefusedInOneLineAndNothingIsWritten(FxRobot robot) throws Exception {
        openCaseWithDocuments(robot);
        Path file = dir.resolve("damaged.overturn");
        exportByShortcut(robot, file);
        UiHarness.waitUntil(() -> robot.lookup("#bundleExportButton").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        UiHarness.waitUntil(() -> Files.exists(file) && notice(robot).contains("2 documents"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);

        anotherComputer();
        robot.interact(() -> h.main.importFrom(file));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText())
                .isEqualTo("The case bundle could not be imported. Nothing was changed.");
        assertThat(pane.getContentText()).contains("damaged.overturn").doesNotContain("\n");
        clickIn(robot, pane, "OK");
        assertThat(h.ctx.core().cases().count()).isZero();
        assertThat(h.main.workspace()).isEmpty();
    }

    @Test
    void anEncryptedBackupIsNamedAsSuchNotTakenForACase(FxRobot robot) throws Exception {
        Path password = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        Path backup = dir.resolve("overturn-backup.overturn");
        StringWriter err = new StringWriter();
        int code =
                OverturnCli.run(
                        new String[] {
                            "--data-dir",
                            dir.resolve("elsewhere").toString(),
                            "backup",
                            "--out",
                            backup.toString(),
                            "--password-file",
                            password.toString()
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();

        robot.interact(() -> h.main.importFrom(backup));
        UiHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText())
                .contains("encrypted backup", "File → Restore from encrypted backup");
        assertThat(robot.lookup("#passwordField").tryQuery()).isEmpty();
        clickIn(robot, pane, "OK");
        assertThat(h.ctx.core().cases().count()).isZero();
    }
}
