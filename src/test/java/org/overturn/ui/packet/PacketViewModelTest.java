package org.overturn.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.app.AppContext;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.PacketService;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.readiness.Problem;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.export.packet.PartInfo;
import org.overturn.persistence.json.ImportedCase;
import org.overturn.ui.UiHarness;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.Section;
import org.overturn.ui.opencase.WorkspaceViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Letters section's view model on a real data folder: who signs (a copy of one of the
 * practice's clinicians, saved with the case), the readiness list as the case changes, and an
 * export refused while anything blocks.
 */
class PacketViewModelTest {

    /**
     * Friday 20 November 2026, 10:00 in Chicago: after both samples' denials, within the SUD
     * consent.
     */
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T16:00:00Z"), ZoneId.of("America/Chicago"));

    private static final Clinician OSEI =
            new Clinician(
                    "Miriam Osei",
                    "MD",
                    true,
                    "1234567893",
                    "(916) 555-0110",
                    "(916) 555-0111",
                    "");
    private static final Clinician DELGADO = Clinician.named("Rosa Delgado", "LCADC", false);

    @TempDir Path dir;
    private AppContext ctx;
    private Preferences prefs;
    private CoreServices core;
    private WorkspaceViewModel workspace;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (workspace != null) {
            fx(
                    () -> {
                        workspace.flush();
                        return null;
                    });
        }
        if (ctx != null) {
            ctx.close();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private PacketViewModel open(String sample, PracticeProfile profile) throws Exception {
        core = CoreServices.open(new AppPaths(dir), CLOCK);
        core.profiles().save(profile);
        prefs = Preferences.userRoot().node("org/overturn/test/" + UUID.randomUUID());
        ctx = new AppContext(core, prefs, 10);
        // The shipped samples carry their signer; these tests start from a case that has none yet.
        ImportedCase ic = PacketFixtures.sample(sample);
        CaseFile c =
                core.importer()
                        .importCase(
                                new ImportedCase(
                                        ic.caseFile()
                                                .withPacket(
                                                        ic.caseFile()
                                                                .packet()
                                                                .withSigner(Optional.empty())),
                                        ic.payer()));
        PacketService service =
                new PacketService(
                        core,
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        new ReferenceData().instruments());
        PacketViewModel vm =
                fx(
                        () -> {
                            workspace =
                                    new WorkspaceViewModel(
                                            CaseSession.of(ctx), c, core.payers().all());
                            return new PacketViewModel(
                                    ctx.background(),
                                    ctx.clock(),
                                    workspace,
                                    PacketWork.of(service, core.audit()),
                                    ctx.profiles());
                        });
        UiHarness.waitUntil(() -> ctx.profiles().loadedProperty().get());
        return vm;
    }

    private static PracticeProfile practice(Clinician... clinicians) {
        return new PracticeProfile(
                "Harbor View IOP",
                "12 Pier Road\nSacramento, CA",
                "(916) 555-0100",
                "(916) 555-0101",
                List.of(clinicians),
                Optional.empty(),
                Optional.empty());
    }

    private static List<FixPlace> places(PacketViewModel vm, boolean blocking) {
        return vm.problems().stream()
                .filter(p -> p.blocks() == blocking)
                .map(Problem::fix)
                .toList();
    }

    @Test
    void theSignerListIsThePracticesCliniciansAndChoosingOneSavesACopyWithTheCase()
            throws Exception {
        PacketViewModel vm = open(PacketFixtures.MH, practice(OSEI, DELGADO));
        assertThat(vm.signers()).containsExactly(OSEI, DELGADO);
        assertThat(vm.signer()).isEmpty();

        fx(
                () -> {
                    vm.chooseSigner(OSEI);
                    return null;
                });

        assertThat(vm.signer()).contains(OSEI);
        assertThat(vm.signerLabel(OSEI)).isEqualTo("Miriam Osei, MD");
        assertThat(vm.signerDetail(OSEI)).isEqualTo("Physician (MD/DO) · NPI 1234567893");
        fx(
                () -> {
                    workspace.flush();
                    return null;
                });
        assertThat(core.cases().find(workspace.caseId()).orElseThrow().packet().signer())
                .as("autosaved with the case")
                .contains(OSEI);
    }

    @Test
    void theCasesSignerStaysListedWhenThePracticeNoLongerListsItOrHasOtherDetails()
            throws Exception {
        PacketViewModel vm = open(PacketFixtures.MH, practice(OSEI, DELGADO));
        fx(
                () -> {
                    vm.chooseSigner(DELGADO);
                    return null;
                });
        Clinician newer =
                new Clinician("Miriam Osei", "MD", true, "1234567893", "(916) 555-0199", "", "");

        fx(
                () -> {
                    ctx.profiles().save(practice(newer), () -> {}, e -> {});
                    return null;
                });
        UiHarness.waitUntil(() -> ctx.profiles().current().clinicians().equals(List.of(newer)));

        assertThat(vm.signers()).containsExactly(newer, DELGADO);
        assertThat(vm.signer()).as("the case keeps its copy").contains(DELGADO);
        assertThat(vm.signerLabel(DELGADO))
                .isEqualTo(
                        "Rosa Delgado, LCADC (kept with this case; not in the "
                                + "practice profile)");
        assertThat(vm.signerLabel(OSEI)).contains("this case's copy");
    }

    @Test
    void theReadinessListPutsBlockingProblemsFirstAndFollowsTheCase() throws Exception {
        PacketViewModel vm = open(PacketFixtures.MH, PracticeProfile.empty());

        assertThat(places(vm, true)).contains(FixPlace.LETTERS_SIGNER, FixPlace.PRACTICE_PROFILE);
        assertThat(vm.exportAllowedProperty().get()).isFalse();
        assertThat(vm.exportBlockedReasonProperty().get())
                .startsWith("Export is blocked until the")
                .contains("no signer");

        fx(
                () -> {
                    ctx.profiles().save(practice(OSEI), () -> {}, e -> {});
                    return null;
                });
        UiHarness.waitUntil(() -> !vm.signers().isEmpty());
        assertThat(places(vm, true)).containsExactly(FixPlace.LETTERS_SIGNER);

        fx(
                () -> {
                    vm.chooseSigner(OSEI);
                    return null;
                });
        assertThat(places(vm, true)).isEmpty();
        assertThat(vm.exportAllowedProperty().get()).isTrue();
        assertThat(vm.exportBlockedReasonProperty().get()).isEmpty();

        // A stated reason with no answer is a warning: listed after anything that blocks.
        fx(
                () -> {
                    workspace.edit(
                            c ->
                                    c.withClinical(
                                            c.clinical()
                                                    .withIfCareStops("")
                                                    .withRisk(Optional.empty())));
                    return null;
                });
        List<Problem> all = new ArrayList<>(vm.problems());
        assertThat(all).isNotEmpty();
        assertThat(all.get(0).blocks()).as("expedited with no clinical reason blocks").isTrue();
        assertThat(all.get(0).fix()).isEqualTo(FixPlace.CLINICAL_PICTURE);
        int firstWarning = (int) all.stream().takeWhile(Problem::blocks).count();
        assertThat(all.subList(firstWarning, all.size())).allMatch(p -> !p.blocks());
    }

    @Test
    void exportIsRefusedWhileAnythingBlocksAndNothingIsWritten() throws Exception {
        PacketViewModel vm = open(PacketFixtures.MH, practice(OSEI));
        Path out = dir.resolve("packet.pdf");
        List<Path> done = new ArrayList<>();

        boolean started = fx(() -> vm.export(out, done::add));

        assertThat(started).isFalse();
        assertThat(vm.statusProperty().get()).contains("no signer");
        assertThat(vm.busyProperty().get()).isFalse();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(out).doesNotExist();
        assertThat(done).isEmpty();

        fx(
                () -> {
                    vm.chooseSigner(OSEI);
                    return null;
                });
        boolean now = fx(() -> vm.export(out, done::add));

        assertThat(now).isTrue();
        UiHarness.waitUntil(() -> !done.isEmpty());
        assertThat(out).exists();
    }

    @Test
    void fixGoesToTheSectionOrToThePlaceInLetters() throws Exception {
        PacketViewModel vm = open(PacketFixtures.SUD, PracticeProfile.empty());
        List<FixPlace> here = new ArrayList<>();
        vm.setLocalFixHandler(here::add);

        fx(
                () -> {
                    vm.fix(FixPlace.DENIAL);
                    return null;
                });
        assertThat(workspace.sectionProperty().get()).isEqualTo(Section.DENIALS);
        fx(
                () -> {
                    vm.fix(FixPlace.CLINICAL_PICTURE);
                    vm.fix(FixPlace.LETTERS_SIGNER);
                    vm.fix(FixPlace.PRACTICE_PROFILE);
                    return null;
                });

        assertThat(workspace.sectionProperty().get()).isEqualTo(Section.CLINICAL);
        assertThat(here).containsExactly(FixPlace.LETTERS_SIGNER, FixPlace.PRACTICE_PROFILE);
        for (FixPlace p : FixPlace.values()) {
            assertThat(PacketReadinessController.fixLabel(p)).as(p.name()).isNotBlank();
        }
    }

    @Test
    void theLetterAndThePart2NoticeStayInThePacketAndOnlyAnEnclosureCanBeRemoved() {
        var letter = new PartInfo("letter", "Appeal letter", 6, Optional.empty());
        var notice = new PartInfo("part2-notice", "Notice", 1, Optional.empty());
        var scores = new PartInfo("scores", "Scores", 1, Optional.empty());
        var records = new PartInfo("enclosure:abc", "Records", 100, Optional.empty());
        assertThat(PacketViewModel.canExclude(letter)).isFalse();
        assertThat(PacketViewModel.canExclude(notice)).isFalse();
        assertThat(PacketViewModel.canExclude(scores)).isTrue();
        assertThat(PacketViewModel.canExclude(records)).isTrue();
        assertThat(PacketViewModel.canRemove(scores)).isFalse();
        assertThat(PacketViewModel.canRemove(records)).isTrue();
        assertThat(PacketViewModel.enclosureId(records)).contains("abc");
    }
}
