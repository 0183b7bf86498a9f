package org.overturn.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.ui.UiHarness;
import org.overturn.ui.UiTestBase;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Mnemonics;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxRobot;

/**
 * The Letters and packet section end to end: draft, edit, regenerate, enclose, export, consent,
 * submission; who signs, and the readiness list that holds the export back.
 */
class PacketSectionUiTest extends UiTestBase {

    private WorkspaceViewModel open(FxRobot robot, String sample) {
        // Through the view model, not the popup menu: the menu itself is covered by
        // CaseWorkspaceUiTest.
        SampleCases.Sample s =
                SampleCases.ALL.stream()
                        .filter(x -> Messages.get(x.titleKey()).equals(sample))
                        .findFirst()
                        .orElseThrow();
        robot.interact(
                () ->
                        h.main.viewModel()
                                .cases()
                                .openSample(
                                        s,
                                        created ->
                                                h.main.viewModel()
                                                        .open(
                                                                created.id().orElseThrow(),
                                                                () -> {})));
        UiHarness.waitUntil(() -> h.main.viewModel().openCase().isPresent());
        WorkspaceViewModel w = h.main.viewModel().openCase().orElseThrow();
        // The shipped samples carry their signer; these tests start from a case that has none yet.
        robot.interact(() -> w.edit(c -> c.withPacket(c.packet().withSigner(Optional.empty()))));
        robot.interact(() -> w.sectionProperty().set(Section.PACKET));
        return w;
    }

    private CaseFile c(WorkspaceViewModel w) {
        return w.caseFile();
    }

    /**
     * The practice profile of the fixtures and its physician chosen to sign: nothing of the sender
     * is missing.
     */
    private void signed(FxRobot robot, WorkspaceViewModel w, PacketController pc) {
        robot.interact(() -> h.ctx.profiles().save(PacketFixtures.profile(), () -> {}, e -> {}));
        UiHarness.waitUntil(() -> pc.viewModel().signers().contains(PacketFixtures.signer()));
        robot.interact(() -> pc.viewModel().chooseSigner(PacketFixtures.signer()));
        assertThat(c(w).packet().signer()).contains(PacketFixtures.signer());
    }

    private static Button fixButton(FxRobot robot, FixPlace place) {
        return robot.lookup(".fix-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getUserData() == place)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button to fix " + place));
    }

    @Test
    void theLetterIsDraftedEditedAndRegeneratedKeepingTheEdit(FxRobot robot) {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: adult mental-health IOP, concurrent-review denial (employer plan)");

        robot.clickOn("#draftButton");
        UiHarness.waitUntil(
                () -> c(w).packet().letter().map(l -> !l.sections().isEmpty()).orElse(false));
        ListView<LetterSection> parts = robot.lookup("#letterParts").queryListView();
        LetterSection risk =
                parts.getItems().stream()
                        .filter(s -> s.part() == LetterPart.RISK)
                        .findFirst()
                        .orElseThrow();
        robot.interact(() -> parts.getSelectionModel().select(risk));
        TextArea text = robot.lookup("#partText").queryAs(TextArea.class);
        robot.interact(() -> text.appendText(" Her spouse works nights."));
        assertThat(
                        c(w).packet()
                                .letter()
                                .orElseThrow()
                                .section(LetterPart.RISK)
                                .orElseThrow()
                                .text())
                .endsWith("Her spouse works nights.");

        robot.clickOn("#draftButton");
        robot.clickOn("Keep my edits");

        assertThat(
                        c(w).packet()
                                .letter()
                                .orElseThrow()
                                .section(LetterPart.RISK)
                                .orElseThrow()
                                .text())
                .endsWith("Her spouse works nights.");
        assertThat(robot.lookup("#revertButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void enclosuresAreCountedExportedWithProgressAndASubmissionSetsTheFilingDate(FxRobot robot)
            throws Exception {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        PacketController pc = controller(robot);
        // The readiness check holds any export back until the packet has a signer and a sender.
        signed(robot, w, pc);
        Path file = h.dataDir.resolve("denial.pdf");
        Files.write(file, PdfAssert.pdf("DENIAL", 3));
        Path broken = h.dataDir.resolve("broken.pdf");
        Files.writeString(broken, "not a pdf");

        robot.interact(() -> pc.viewModel().addEnclosures(List.of(file, broken)));
        UiHarness.waitUntil(() -> c(w).packet().enclosures().size() == 1);
        UiHarness.waitUntil(
                () ->
                        pc.viewModel().parts().stream()
                                .anyMatch(
                                        p ->
                                                p.title().equals("Enclosure 1: Denial")
                                                        && p.pages() == 3));
        assertThat(pc.viewModel().statusProperty().get())
                .contains("broken.pdf")
                .contains("not a readable PDF");

        Path out = h.dataDir.resolve("packet.pdf");
        robot.interact(() -> pc.exportTo(out));
        // A notice in the status bar, which takes no focus, says where it went, with a link to open
        // it.
        UiHarness.waitUntil(() -> robot.lookup("#openSavedFile").tryQuery().isPresent());
        assertThat(out).exists();
        assertThat(pc.viewModel().statusProperty().get()).startsWith("Wrote packet.pdf");
        // No desktop here (headless): opening says where the file is instead of failing.
        assertThat(robot.lookup("#fileNotice").queryAs(HBox.class).getChildren().get(0).toString())
                .contains("packet.pdf");
        robot.clickOn("#openSavedFile");
        UiHarness.waitUntil(() -> pc.viewModel().statusProperty().get().startsWith("No viewer"));

        robot.interact(() -> pc.submissions().record());
        UiHarness.waitUntil(() -> !c(w).packet().submissions().isEmpty());
        assertThat(c(w).clock().appealFiled()).isPresent();
        assertThat(c(w).packet().submissions().get(0).sentTo()).isEqualTo("(916) 555-0148");
    }

    @Test
    void aSubstanceUseCaseCannotBeExportedUntilAConsentIsRecorded(FxRobot robot) {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: substance-use IOP, prior-authorization denial (Medicaid managed care)");
        PacketController pc = controller(robot);
        signed(robot, w, pc);
        Button export = robot.lookup("#exportButton").queryButton();
        assertThat(export.isDisabled()).isFalse();

        robot.interact(() -> pc.viewModel().removeConsent(c(w).packet().consents().get(0)));
        assertThat(export.isDisabled()).isTrue();
        assertThat(pc.viewModel().part2StatusProperty().get()).contains("no patient consent");
        assertThat(Mnemonics.plain(fixButton(robot, FixPlace.LETTERS_CONSENT).getText()))
                .isEqualTo("Record the consent");

        robot.interact(() -> pc.consents().addConsent());
        assertThat(c(w).packet().consents()).as("no expiry given").isEmpty();
        assertThat(robot.lookup("#consentError").queryLabeled().getText()).contains("expiry date");

        robot.interact(
                () ->
                        robot.lookup("#consentExpires")
                                .queryAs(TextField.class)
                                .setText("12/31/2027"));
        robot.interact(() -> pc.consents().addConsent());
        assertThat(c(w).packet().consents()).hasSize(1);
        assertThat(export.isDisabled()).as(pc.viewModel().part2StatusProperty().get()).isFalse();
        assertThat(c(w).packet().consents().get(0).recipient())
                .isEqualTo("Lakeshore Community Health Plan (sample)");
    }

    @Test
    void theExportWaitsForASignerChosenFromThePracticesCliniciansAddedInSettings(FxRobot robot) {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        PacketController pc = controller(robot);
        UiHarness.waitUntil(() -> h.ctx.profiles().loadedProperty().get());
        Button export = robot.lookup("#exportButton").queryButton();
        Label reason = robot.lookup("#exportBlockedLabel").queryAs(Label.class);
        assertThat(export.isDisabled()).isTrue();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).contains("no signer");
        List<Node> rows = List.copyOf(robot.lookup(".readiness-problem").queryAll());
        assertThat(rows)
                .first()
                .satisfies(r -> assertThat(r.getStyleClass()).contains("readiness-blocking"));
        assertThat(robot.lookup("#profileLink").queryAs(Hyperlink.class).getText())
                .startsWith("Add the practice's");

        // No clinicians yet: the signer's fix opens Settings → Practice profile.
        robot.clickOn(fixButton(robot, FixPlace.LETTERS_SIGNER));
        UiHarness.waitUntil(() -> robot.lookup("#practiceProfile").tryQuery().isPresent());
        robot.clickOn("#practiceField").write("Harbor View IOP");
        robot.clickOn("#phoneField").write("(916) 555-0100");
        robot.clickOn("#faxField").write("(916) 555-0101");
        robot.clickOn("#addClinicianButton");
        robot.write("Ana Ruiz");
        robot.clickOn("#credentialsField").write("MD");
        assertThat(robot.lookup("#physicianBox").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#profileOkButton");
        UiHarness.waitUntil(() -> robot.lookup("#practiceProfile").tryQuery().isEmpty());

        Clinician ana = Clinician.named("Ana Ruiz", "MD", true);
        UiHarness.waitUntil(() -> pc.viewModel().signers().contains(ana));
        assertThat(robot.lookup("#profileLink").queryAs(Hyperlink.class).getText())
                .startsWith("Edit the list");
        robot.clickOn("#signedByBox");
        robot.clickOn("Ana Ruiz, MD");

        assertThat(c(w).packet().signer()).contains(ana);
        assertThat(robot.lookup("#signerDetail").queryAs(Label.class).getText())
                .startsWith("Physician (MD/DO)");
        assertThat(robot.lookup(".readiness-blocking").tryQuery()).isEmpty();
        assertThat(export.isDisabled()).isFalse();
        assertThat(reason.isVisible()).isFalse();
    }

    @Test
    void eachProblemsButtonGoesWhereItIsFixed(FxRobot robot) {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        PacketController pc = controller(robot);
        robot.interact(() -> h.ctx.profiles().save(PacketFixtures.profile(), () -> {}, e -> {}));
        UiHarness.waitUntil(() -> !pc.viewModel().signers().isEmpty());

        robot.interact(
                () ->
                        w.edit(
                                x ->
                                        x.withClinical(
                                                x.clinical()
                                                        .withIfCareStops("")
                                                        .withRisk(Optional.empty()))));
        Button clinical = fixButton(robot, FixPlace.CLINICAL_PICTURE);
        assertThat(Mnemonics.plain(clinical.getText())).isEqualTo("Go to Clinical picture");
        assertThat(clinical.getParent().getStyleClass()).contains("readiness-blocking");
        robot.clickOn(clinical);

        assertThat(w.sectionProperty().get()).isEqualTo(Section.CLINICAL);

        // With clinicians listed, the signer's fix opens the chooser in place.
        robot.interact(() -> w.sectionProperty().set(Section.PACKET));
        robot.clickOn(fixButton(robot, FixPlace.LETTERS_SIGNER));
        ComboBox<?> box = robot.lookup("#signedByBox").queryComboBox();
        UiHarness.waitUntil(box::isShowing);
        assertThat(box.isFocused()).isTrue();
        robot.clickOn("Maya Lindqvist, MD");
        assertThat(c(w).packet().signer()).contains(PacketFixtures.signer());
    }

    /**
     * Issue 13, item 9: "Protect with a password…" asks the password twice and the packet opens
     * with it alone.
     */
    @Test
    void aPacketProtectedWithAPasswordOpensOnlyWithItAndItsSubmissionIsStillRecorded(FxRobot robot)
            throws Exception {
        WorkspaceViewModel w =
                open(
                        robot,
                        "Sample: adult mental-health IOP, concurrent-review denial (employer plan)");
        PacketController pc = controller(robot);
        signed(robot, w, pc);
        Path out = h.dataDir.resolve("protected.pdf");

        robot.interact(() -> robot.lookup("#protectBox").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> pc.exportTo(out));
        UiHarness.waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.clickOn("#passwordField").write("Blue-Heron-44");
        robot.clickOn("#confirmField").write("Blue-Heron-4");
        assertThat(robot.lookup("#passwordOkButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#confirmField").write("4");
        robot.clickOn("#passwordOkButton");
        UiHarness.waitUntil(() -> pc.viewModel().lastExportProperty().get() != null);

        assertThat(pc.viewModel().statusProperty().get())
                .startsWith("Wrote protected.pdf")
                .contains("password");
        Assertions.assertThatThrownBy(() -> Loader.loadPDF(out.toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        try (var d = Loader.loadPDF(out.toFile(), "Blue-Heron-44")) {
            assertThat(d.getEncryption().getLength()).isEqualTo(256);
        }
        robot.interact(() -> pc.submissions().record());
        UiHarness.waitUntil(() -> !c(w).packet().submissions().isEmpty());
    }

    private PacketController controller(FxRobot robot) {
        UiHarness.waitUntil(() -> robot.lookup("#packetSection").tryQuery().isPresent());
        return (PacketController)
                robot.lookup("#packetSection").query().getProperties().get(PacketController.class);
    }
}
