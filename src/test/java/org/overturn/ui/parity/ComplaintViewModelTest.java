package org.overturn.ui.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.letters.ComplaintComposer;
import org.overturn.domain.letters.ComplaintDraft;
import org.overturn.ui.opencase.OpenCases;

/** The complaint dialog's view model over an in-memory case and a plain fake: no FX toolkit. */
class ComplaintViewModelTest {

    /** Parity goes to EBSA or the state's regulator; a state-law complaint is refused. */
    static final class FakeWork implements ComplaintWork {
        @Override
        public ComplaintRoute route(CaseFile c, ComplaintKind kind) {
            return kind == ComplaintKind.STATE_LAW
                    ? new ComplaintRoute(
                            kind, List.of(), Optional.of("Nobody takes it."), List.of())
                    : new ComplaintRoute(
                            kind,
                            List.of(Regulator.EBSA, Regulator.STATE_INSURANCE),
                            Optional.empty(),
                            List.of("A note for you."));
        }

        @Override
        public ComplaintComposer.Result draft(
                CaseFile c,
                Optional<Payer> payer,
                ComplaintKind kind,
                Regulator to,
                LocalDate today) {
            return new ComplaintComposer.Result(
                    Optional.of(
                            new ComplaintDraft(
                                    kind,
                                    to,
                                    List.of("Office " + to.id(), "Somewhere"),
                                    "Subject for " + c.patient().name(),
                                    "Dear Sir or Madam:",
                                    List.of("First.", "Second."),
                                    List.of(),
                                    true)),
                    Optional.empty());
        }

        @Override
        public int export(
                CaseFile c,
                Optional<Payer> payer,
                ComplaintDraft d,
                List<String> addressee,
                Path out,
                ZonedDateTime now) {
            return 1;
        }
    }

    @Test
    void theUsualOfficeIsChosenAndItsLinesAndTheLetterAreShown() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            ComplaintViewModel vm = new ComplaintViewModel(o.workspace(), new FakeWork());
            assertThat(vm.addressees()).containsExactly(Regulator.EBSA, Regulator.STATE_INSURANCE);
            assertThat(vm.to.get()).isEqualTo(Regulator.EBSA);
            assertThat(vm.addressText.get()).isEqualTo("Office ebsa\nSomewhere");
            assertThat(vm.previewProperty().get())
                    .isEqualTo(
                            "Re: Subject for Test Patient\n\nDear Sir or Madam:\n\nFirst.\n\nSecond.");
            assertThat(vm.notes()).containsExactly("A note for you.");
            assertThat(vm.addresseeOverride()).isEmpty();
            assertThat(vm.canSaveBinding().get()).isTrue();
            assertThat(vm.fileName())
                    .isEqualTo("complaint-parity-case-" + o.workspace().caseId() + ".pdf");
        }
    }

    @Test
    void typedLinesStayThroughAnEditOfTheCaseAndGiveWayToAnotherOffice() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            ComplaintViewModel vm = new ComplaintViewModel(o.workspace(), new FakeWork());
            vm.addressText.set("EBSA San Francisco\n  90 7th Street  \n");
            assertThat(vm.addresseeOverride())
                    .containsExactly("EBSA San Francisco", "90 7th Street");

            o.workspace().edit(c -> c.withPatient(Patient.named("Renamed")));
            assertThat(vm.previewProperty().get()).contains("Renamed");
            assertThat(vm.addressText.get()).startsWith("EBSA San Francisco");

            vm.to.set(Regulator.STATE_INSURANCE);
            assertThat(vm.addressText.get()).isEqualTo("Office state-insurance\nSomewhere");
            assertThat(vm.addresseeOverride()).isEmpty();
        }
    }

    @Test
    void aRefusedKindShowsWhyAndLeavesNothingToSave() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            ComplaintViewModel vm = new ComplaintViewModel(o.workspace(), new FakeWork());
            vm.kind.set(ComplaintKind.STATE_LAW);
            assertThat(vm.refusalProperty().get()).isEqualTo("Nobody takes it.");
            assertThat(vm.draftProperty().get()).isNull();
            assertThat(vm.addressees()).isEmpty();
            assertThat(vm.addressText.get()).isEmpty();
            assertThat(vm.previewProperty().get()).isEmpty();
            assertThat(vm.canSaveBinding().get()).isFalse();

            vm.kind.set(ComplaintKind.PARITY);
            assertThat(vm.refusalProperty().get()).isEmpty();
            assertThat(vm.to.get()).isEqualTo(Regulator.EBSA);
            assertThat(vm.canSaveBinding().get()).isTrue();
        }
    }
}
