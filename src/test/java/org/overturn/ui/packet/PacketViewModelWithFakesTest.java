package org.overturn.ui.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.packet.SubmissionMethod;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.store.ProfileStore;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.export.packet.PacketProgress;
import org.overturn.export.packet.PartInfo;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.ui.common.Background;
import org.overturn.ui.opencase.OpenCases;
import org.overturn.ui.opencase.OpenCases.Opened;
import org.overturn.ui.settings.PracticeProfiles;

/**
 * The Letters section's view model over plain fakes (issue 16, item 2): no SQLite, no FX toolkit.
 * The packet service is a fake that records what it was asked; the case saves to memory.
 */
class PacketViewModelWithFakesTest {

    private static final List<PartInfo> PARTS =
            List.of(
                    new PartInfo("cover", "Cover sheet", 1, Optional.empty()),
                    new PartInfo("letter", "Appeal letter", 4, Optional.empty()));

    private final FakeWork work = new FakeWork();
    private final Background background = new Background(Runnable::run);
    private Opened opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
        background.close();
    }

    private PacketViewModel open(PracticeProfile profile) {
        CaseFile sample = PacketFixtures.sample("mh-iop-concurrent-erisa.json").caseFile();
        opened = OpenCases.open(sample.withPacket(sample.packet().withSigner(Optional.empty())));
        PracticeProfiles profiles = new PracticeProfiles(new FixedProfile(profile), background);
        PacketViewModel vm =
                new PacketViewModel(
                        background, OpenCases.CLOCK, opened.workspace(), work, profiles);
        waitFor(() -> profiles.loadedProperty().get() && !vm.parts().isEmpty());
        return vm;
    }

    private static PracticeProfile practice(Clinician... clinicians) {
        PracticeProfile p = PacketFixtures.profile();
        return new PracticeProfile(
                p.practiceName(),
                p.address(),
                p.phone(),
                p.fax(),
                List.of(clinicians),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void opensWithThePartsTheServiceCounts() {
        PacketViewModel vm = open(practice(PacketFixtures.signer()));
        assertThat(vm.parts()).containsExactlyElementsOf(PARTS);
        assertThat(work.previews.get()).isPositive();
    }

    @Test
    void listsThePracticesCliniciansAndKeepsTheChosenSignerWithTheCase() {
        Clinician other = Clinician.named("Rosa Delgado", "LCADC", false);
        PacketViewModel vm = open(practice(PacketFixtures.signer(), other));
        assertThat(vm.signers()).contains(PacketFixtures.signer(), other);
        vm.chooseSigner(PacketFixtures.signer());
        assertThat(vm.signer()).contains(PacketFixtures.signer());
        assertThat(opened.saved().packet().signer()).contains(PacketFixtures.signer());
    }

    @Test
    void noExportIsAskedOfTheServiceWhileSomethingBlocksIt() {
        PacketViewModel vm = open(practice());
        assertThat(vm.noCliniciansProperty().get()).isTrue();
        assertThat(vm.export(Path.of("never.pdf"), p -> {})).isFalse();
        assertThat(vm.statusProperty().get())
                .isNotBlank()
                .isEqualTo(vm.exportBlockedReasonProperty().get());
        assertThat(work.exports.get()).isZero();
    }

    @Test
    void aRefusedEnclosureIsNamedAndTheOthersAreAddedAndSaved() {
        PacketViewModel vm = open(practice(PacketFixtures.signer()));
        int before = vm.caseFile().packet().enclosures().size();
        vm.addEnclosures(List.of(Path.of("labs.pdf"), Path.of("scan.docx")));
        // The result is handed back on the worker thread: the status is its last step.
        waitFor(() -> vm.statusProperty().get().equals("scan.docx is not a PDF"));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.caseFile().packet().enclosures()).hasSize(before + 1);
        assertThat(opened.saved().packet().enclosures())
                .extracting(Enclosure::fileName)
                .contains("labs.pdf")
                .doesNotContain("scan.docx");
    }

    @Test
    void aRecordedSubmissionJoinsTheCaseWithItsPageCount() {
        PacketViewModel vm = open(practice(PacketFixtures.signer()));
        int before = vm.caseFile().packet().submissions().size();
        vm.recordSubmission(
                LocalDate.of(2026, 11, 25),
                Optional.of(LocalTime.of(9, 30)),
                SubmissionMethod.FAX,
                "Appeals unit",
                "FX-1",
                Path.of("sent.pdf"));
        waitFor(() -> vm.statusProperty().get().contains("7-page packet"));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(work.submissions.get()).isEqualTo(1);
        List<Submission> after = opened.saved().packet().submissions();
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(after.size() - 1).confirmation()).isEqualTo("FX-1");
        assertThat(vm.statusProperty().get()).contains("7");
    }

    private static void waitFor(BooleanSupplier condition) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the view model did not settle in 10 s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private record FixedProfile(PracticeProfile profile) implements ProfileStore {
        @Override
        public PracticeProfile load() {
            return profile;
        }

        @Override
        public void save(PracticeProfile p) {
            throw new UnsupportedOperationException("not saved in these tests");
        }
    }

    /** Counts what it is asked; refuses any file that is not a PDF, as the real service does. */
    private static final class FakeWork implements PacketWork {
        final AtomicInteger previews = new AtomicInteger();
        final AtomicInteger exports = new AtomicInteger();
        final AtomicInteger submissions = new AtomicInteger();

        @Override
        public CitationLibrary library() {
            return PacketFixtures.library();
        }

        @Override
        public StateCriteriaLookup stateRules() {
            return PacketFixtures.stateRules();
        }

        @Override
        public Map<Instrument, InstrumentDefinition> instruments() {
            return PacketFixtures.instruments();
        }

        @Override
        public List<PartInfo> preview(CaseFile c, ZonedDateTime now) {
            previews.incrementAndGet();
            return PARTS;
        }

        @Override
        public CaseFile addEnclosure(CaseFile c, Path file, String title)
                throws PdfExportException {
            String name = file.getFileName().toString();
            if (!name.endsWith(".pdf")) {
                throw new PdfExportException(name + " is not a PDF");
            }
            Enclosure e =
                    new Enclosure(
                            "e-" + name,
                            name,
                            name,
                            c.packet().enclosures().size() + 1,
                            false,
                            "0".repeat(64),
                            1024,
                            Optional.of(2));
            return c.withPacket(c.packet().withEnclosureAdded(e));
        }

        @Override
        public int export(
                CaseFile c,
                Path out,
                PacketProgress progress,
                ZonedDateTime now,
                Optional<String> password) {
            exports.incrementAndGet();
            return 5;
        }

        @Override
        public CaseFile recordSubmission(
                CaseFile c,
                LocalDate on,
                Optional<LocalTime> at,
                SubmissionMethod method,
                String sentTo,
                String confirmation,
                ReviewLevel level,
                Path sentFile,
                Optional<String> password) {
            submissions.incrementAndGet();
            List<Submission> all = new ArrayList<>(c.packet().submissions());
            all.add(
                    new Submission(
                            "s-" + submissions.get(),
                            on,
                            at,
                            method,
                            sentTo,
                            confirmation,
                            level,
                            "frozen-1",
                            "1".repeat(64),
                            7));
            return c.withPacket(c.packet().withSubmissions(all));
        }
    }
}
