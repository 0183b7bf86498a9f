package org.overturn.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.ui.UiHarness;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Practice profile: the clinicians' list, what blocks saving, and whose signature the
 * image is.
 */
class PracticeProfileViewModelTest {

    private static final Clinician OSEI =
            new Clinician("Miriam Osei", "MD", true, "1234567893", "", "", "");
    private static final Clinician DELGADO = Clinician.named("Rosa Delgado", "LCADC", false);
    private static final ProfileImage SIG = new ProfileImage("osei.png", new byte[] {1, 2, 3});

    @TempDir Path dir;
    private final Background background = new Background();
    private CoreServices core;
    private PracticeProfiles profiles;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        background.close();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private PracticeProfileViewModel vm(PracticeProfile p) throws Exception {
        core = CoreServices.open(new AppPaths(dir.resolve("data")), Clock.systemUTC());
        profiles = new PracticeProfiles(core.profiles(), background);
        return fx(() -> new PracticeProfileViewModel(background, profiles, p));
    }

    private static PracticeProfile withSignature(Clinician... list) {
        return new PracticeProfile(
                "Harbor View IOP",
                "",
                "(916) 555-0100",
                "(916) 555-0101",
                List.of(list),
                Optional.empty(),
                Optional.of(SIG));
    }

    @Test
    void aNewClinicianIsAPhysicianWhenTheCredentialsSaySoUntilTheBoxIsChosen() throws Exception {
        PracticeProfileViewModel vm = vm(PracticeProfile.empty());
        ClinicianRow r = vm.add();

        r.credentialsProperty().set("D.O., psychiatry");
        assertThat(r.physicianProperty().get()).isTrue();
        r.credentialsProperty().set("LCSW");
        assertThat(r.physicianProperty().get()).isFalse();

        r.choosePhysician(true);
        r.credentialsProperty().set("PsyD");
        assertThat(r.physicianProperty().get()).as("the clinician's own choice stands").isTrue();
    }

    @Test
    void aStoredClinicianWhoseBoxDiffersFromTheCredentialsKeepsIt() throws Exception {
        Clinician odd = Clinician.named("Lee Park", "MD", false);
        PracticeProfileViewModel vm = vm(withSignature(odd));
        ClinicianRow r = vm.clinicians().get(0);

        r.credentialsProperty().set("MD, PhD");

        assertThat(r.physicianProperty().get()).isFalse();
    }

    @Test
    void cliniciansAreAddedEditedMovedAndRemoved() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI));
        vm.clearSignature();

        ClinicianRow added = vm.add();
        added.nameProperty().set("Rosa Delgado");
        added.credentialsProperty().set("LCADC");
        added.phoneProperty().set("(312) 555-0177");
        assertThat(vm.selectedProperty().get()).isSameAs(added);
        vm.move(added, -1);
        vm.clinicians().get(1).npiProperty().set("1234 567 893");

        PracticeProfile p = vm.value();
        assertThat(p.clinicians())
                .extracting(Clinician::name)
                .containsExactly("Rosa Delgado", "Miriam Osei");
        assertThat(p.clinicians().get(0).phone()).isEqualTo("(312) 555-0177");
        assertThat(p.clinicians().get(1).npi()).isEqualTo("1234567893");

        vm.remove(added);
        assertThat(vm.value().clinicians()).containsExactly(OSEI);
        assertThat(vm.selectedProperty().get().nameProperty().get()).isEqualTo("Miriam Osei");
    }

    @Test
    void aMissingNameABadNpiOrTwoAlikeBlockSavingAndKeepWhatWasTyped() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI));
        ClinicianRow r = vm.add();
        assertThat(vm.problemProperty().get()).isEqualTo("Clinician 2 in the list needs a name.");

        r.nameProperty().set("Rosa Delgado");
        r.npiProperty().set("12345");
        assertThat(vm.problemProperty().get()).isEqualTo("Rosa Delgado: an NPI is 10 digits.");
        assertThat(r.npiProblem()).contains("An NPI is 10 digits.");
        assertThatThrownBy(vm::value).hasMessageContaining("10 digits");
        assertThat(r.npiProperty().get()).as("kept as typed").isEqualTo("12345");

        r.npiProperty().set("");
        r.nameProperty().set("miriam osei");
        assertThat(vm.problemProperty().get()).contains("Two clinicians are named miriam osei");

        r.nameProperty().set("Rosa Delgado");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void theSignatureImageStaysWithTheClinicianWhoWasFirst() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI, DELGADO));
        assertThat(vm.signatureNoteProperty().get()).contains("Miriam Osei, MD's");

        vm.move(vm.clinicians().get(1), -1);
        assertThat(vm.problemProperty().get())
                .startsWith(
                        "The signature image is Miriam Osei, MD's, but Rosa "
                                + "Delgado, LCADC is now first");

        vm.move(vm.clinicians().get(1), -1);
        assertThat(vm.problemProperty().get()).isEmpty();

        vm.remove(vm.clinicians().get(0));
        assertThat(vm.problemProperty().get()).contains("no longer in the list");

        vm.clearSignature();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.value().signature()).isEmpty();
        assertThat(vm.signatureNoteProperty().get()).startsWith("No signature image");
    }

    @Test
    void saveStoresTheProfileAndMakesItCurrent() throws Exception {
        PracticeProfileViewModel vm = vm(PracticeProfile.empty());
        boolean[] saved = {false};
        fx(
                () -> {
                    vm.practiceName.set("Harbor View IOP");
                    ClinicianRow r = vm.add();
                    r.nameProperty().set("Miriam Osei");
                    r.credentialsProperty().set("MD");
                    vm.save(() -> saved[0] = true);
                    return null;
                });

        UiHarness.waitUntil(() -> saved[0]);

        assertThat(core.profiles().load().clinicians())
                .containsExactly(Clinician.named("Miriam Osei", "MD", true));
        assertThat(profiles.current().practiceName()).isEqualTo("Harbor View IOP");
    }

    @Test
    void nothingIsSavedWhileSomethingBlocks() throws Exception {
        PracticeProfileViewModel vm = vm(PracticeProfile.empty());
        boolean[] saved = {false};
        fx(
                () -> {
                    vm.practiceName.set("Harbor View IOP");
                    vm.add();
                    vm.save(() -> saved[0] = true);
                    return null;
                });

        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertThat(saved[0]).isFalse();
        assertThat(core.profiles().load()).isEqualTo(PracticeProfile.empty());
    }

    @Test
    void aChosenImageIsCheckedAndABadOneIsNamed() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI));
        Path png = dir.resolve("new-signature.png");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");

        fx(
                () -> {
                    vm.chooseSignature(text);
                    return null;
                });
        UiHarness.waitUntil(() -> !vm.imageErrorProperty().get().isEmpty());
        assertThat(vm.imageErrorProperty().get())
                .isEqualTo("notes.png is not a readable PNG or JPEG image.");
        assertThat(vm.signatureProperty().get()).contains(SIG);

        fx(
                () -> {
                    vm.chooseSignature(png);
                    return null;
                });
        UiHarness.waitUntil(
                () ->
                        vm.signatureProperty()
                                .get()
                                .map(i -> i.fileName().equals("new-signature.png"))
                                .orElse(false));
        assertThat(vm.imageErrorProperty().get()).isEmpty();
    }

    @Test
    void anImageOverTwoMegabytesIsRefused() throws Exception {
        Path big = dir.resolve("big.png");
        Files.write(big, new byte[(int) PracticeProfileViewModel.MAX_IMAGE_BYTES + 1]);

        assertThatThrownBy(() -> PracticeProfileViewModel.read(big))
                .hasMessage("big.png is larger than 2 MB; use a " + "smaller image.");
    }

    @Test
    void theListNamesEachClinicianMarksAProblemAndSaysWhoIsAPhysician() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI, DELGADO));
        assertThat(vm.clinicians().get(0).listText())
                .isEqualTo(
                        "Miriam Osei, MD  ·  " + Messages.get("profile.clinician.physicianShort"));
        assertThat(vm.clinicians().get(1).listText()).isEqualTo("Rosa Delgado, LCADC");

        ClinicianRow blank = vm.add();
        assertThat(blank.listText()).isEqualTo("⚠ " + Messages.get("profile.clinician.unnamed"));
        blank.nameProperty().set("Lee Park");
        blank.npiProperty().set("12");
        assertThat(blank.listText()).isEqualTo("⚠ Lee Park");
    }

    @Test
    void aClinicianMovesOnlyWithinTheListAndNoneSelectedCannotBeRemoved() throws Exception {
        PracticeProfileViewModel vm = vm(withSignature(OSEI, DELGADO));
        ClinicianRow first = vm.clinicians().get(0);
        ClinicianRow last = vm.clinicians().get(1);

        assertThat(vm.canMove(first, -1)).isFalse();
        assertThat(vm.canMove(first, 1)).isTrue();
        assertThat(vm.canMove(last, -1)).isTrue();
        assertThat(vm.canMove(last, 1)).isFalse();
        assertThat(vm.canRemove(first)).isTrue();

        assertThat(vm.canRemove(null)).isFalse();
        assertThat(vm.canMove(null, 1)).isFalse();
        ClinicianRow stranger = new ClinicianRow();
        assertThat(vm.canRemove(stranger)).isFalse();
        assertThat(vm.canMove(stranger, -1)).isFalse();

        vm.move(last, 1);
        assertThat(vm.clinicians()).containsExactly(first, last);
        vm.move(last, -1);
        assertThat(vm.clinicians()).containsExactly(last, first);
    }
}
