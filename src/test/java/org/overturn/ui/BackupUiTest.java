package org.overturn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.cli.OverturnCli;
import org.overturn.ui.common.Mnemonics;
import org.testfx.api.FxRobot;

/**
 * Issue 13, item 9 on the desktop: File → Back up to… asks for the password twice and writes an
 * encrypted backup the command line restores; File → Restore from encrypted backup… checks the
 * backup, says how many cases it holds, and shows them once it has replaced the database.
 */
class BackupUiTest extends UiTestBase {

    private static final String PASSWORD = "river stone 2026";

    @TempDir Path dir;

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return code;
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

    @Test
    void theBackupDialogRefusesShortOrMismatchedPasswordsAndWhatItWritesTheCommandLineRestores(
            FxRobot robot) throws Exception {
        openSample(robot, 0);
        Path out = dir.resolve("overturn-backup.overturn");

        robot.interact(() -> h.main.backupTo(out));
        UiHarness.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        Button ok = robot.lookup("#passwordOkButton").queryButton();
        assertThat(ok.isDisabled()).isTrue();

        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#confirmField").write("short");
        assertThat(label(robot, "#passwordProblem"))
                .isEqualTo("The password must be at least 8 characters.");
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(
                () -> {
                    robot.lookup("#passwordField").queryAs(PasswordField.class).clear();
                    robot.lookup("#confirmField").queryAs(PasswordField.class).clear();
                });
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#confirmField").write("river stone 2025");
        assertThat(label(robot, "#passwordProblem")).isEqualTo("The passwords do not match.");
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#confirmField").queryAs(PasswordField.class).clear());
        robot.clickOn("#confirmField").write(PASSWORD);
        assertThat(label(robot, "#passwordProblem")).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);

        UiHarness.waitUntil(() -> dialogSaying(robot, out.toString()).isPresent());
        assertThat(dialogSaying(robot, out.toString()).orElseThrow().getContentText())
                .contains("1 case");
        assertThat(Files.readAllBytes(out))
                .startsWith("OVERTURN-BACKUP\0".getBytes(StandardCharsets.US_ASCII));

        Path password = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        Path other = dir.resolve("other");
        cli(
                "--data-dir",
                other.toString(),
                "restore",
                "--from",
                out.toString(),
                "--password-file",
                password.toString());
        StringWriter listed = new StringWriter();
        OverturnCli.run(
                new String[] {"--data-dir", other.toString(), "case", "list"},
                new PrintWriter(listed, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(listed.toString())
                .contains(h.main.viewModel().openCase().orElseThrow().caseFile().patient().name());
    }

    @Test
    void restoringAsksThePasswordSaysHowManyCasesTheBackupHoldsAndShowsThemAfter(FxRobot robot)
            throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        for (String sample :
                List.of("mh-iop-concurrent-erisa.json", "sud-iop-preservice-medicaid.json")) {
            Path f = dir.resolve(sample);
            try (InputStream in =
                    getClass().getResourceAsStream("/org/overturn/samples/" + sample)) {
                Files.write(f, in.readAllBytes());
            }
            cli("--data-dir", elsewhere.toString(), "case", "import", f.toString());
        }
        Path password = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        Path backup = dir.resolve("two-cases.overturn");
        cli(
                "--data-dir",
                elsewhere.toString(),
                "backup",
                "--out",
                backup.toString(),
                "--password-file",
                password.toString());
        openSample(robot, 0);
        robot.interact(() -> h.main.closeCase());
        UiHarness.waitUntil(() -> h.main.viewModel().cases().rows().size() == 1);

        robot.interact(() -> h.main.restoreFrom(backup));
        UiHarness.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmField").queryAs(PasswordField.class).isVisible())
                .isFalse();
        robot.clickOn("#passwordField").write("river stone 2025");
        robot.clickOn("#passwordOkButton");
        UiHarness.waitUntil(
                () -> dialogSaying(robot, "wrong password or damaged backup").isPresent());
        clickIn(robot, dialogSaying(robot, "wrong password or damaged backup").orElseThrow(), "OK");
        assertThat(h.main.viewModel().cases().rows()).hasSize(1);

        robot.interact(() -> h.main.restoreFrom(backup));
        UiHarness.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#passwordOkButton");
        UiHarness.waitUntil(() -> dialogSaying(robot, "2 cases").isPresent());
        DialogPane confirm = dialogSaying(robot, "2 cases").orElseThrow();
        assertThat(confirm.getContentText()).contains("the 1 case now in Overturn");
        clickIn(robot, confirm, "Replace");

        UiHarness.waitUntil(() -> h.main.viewModel().cases().rows().size() == 2);
        UiHarness.waitUntil(() -> dialogSaying(robot, "Restored 2 cases").isPresent());
        try (var files = Files.list(h.dataDir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("overturn-before-restore-"));
        }
    }
}
