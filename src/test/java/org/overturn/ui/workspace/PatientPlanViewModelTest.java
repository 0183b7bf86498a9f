package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.ui.opencase.OpenCases;

/** Patient and plan over a plain in-memory store (issue 16, item 2): no SQLite, no FX toolkit. */
class PatientPlanViewModelTest {

    @Test
    void fieldsAreFilledFromTheCaseAndEachEditIsSaved() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            assertThat(vm.name.get()).isEqualTo("Test Patient");
            assertThat(vm.dateOfBirth.get()).isEqualTo("01/05/1990");

            vm.memberId.set("NEW-7");
            vm.planType.set(PlanType.MEDICAID_MCO);

            var saved = o.saved();
            assertThat(saved.patient().memberId()).isEqualTo("NEW-7");
            assertThat(saved.plan().planType()).contains(PlanType.MEDICAID_MCO);
        }
    }

    @Test
    void aRefusedValueKeepsTheLastGoodOneAndTheTypedText() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            vm.dateOfBirth.set("12/01/2026"); // after today (11/26/2026)
            assertThat(vm.checkDateOfBirth(vm.dateOfBirth.get())).isPresent();
            vm.name.set("");
            assertThat(PatientPlanViewModel.checkName("")).isPresent();

            var saved = o.saved();
            assertThat(saved.patient().dateOfBirth()).contains(LocalDate.of(1990, 1, 5));
            assertThat(saved.patient().name()).isEqualTo("Test Patient");
            assertThat(vm.dateOfBirth.get()).isEqualTo("12/01/2026");
        }
    }

    @Test
    void anEditFromElsewhereRefillsTheFormButItsOwnEditDoesNot() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            vm.groupNumber.set("G-2 "); // typed with a trailing space: the form keeps it as typed
            assertThat(vm.groupNumber.get()).isEqualTo("G-2 ");
            o.workspace()
                    .edit(
                            c ->
                                    c.withPatient(
                                            new Patient(
                                                    "Renamed Elsewhere",
                                                    c.patient().dateOfBirth(),
                                                    c.patient().memberId(),
                                                    c.patient().groupNumber(),
                                                    c.patient().state())));
            assertThat(vm.name.get()).isEqualTo("Renamed Elsewhere");
            assertThat(o.saved().patient().name()).isEqualTo("Renamed Elsewhere");
            assertThat(o.saved().plan().planType()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theEmployerAndThePatientsWordOnSharingSurviveASaveOfAnotherField() {
        try (OpenCases.Opened o =
                OpenCases.open(
                        OpenCases.newCase()
                                .withPlan(
                                        PlanFacts.empty()
                                                .withEmployer(
                                                        "Harbor Logistics", Optional.of(true))))) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            assertThat(vm.employerName.get()).isEqualTo("Harbor Logistics");
            assertThat(vm.shareWithEmployer.get()).isTrue();
            assertThat(vm.shareAskedProperty().get()).isTrue();

            vm.planName.set("Gold PPO");

            PlanFacts saved = o.saved().plan();
            assertThat(saved.planName()).isEqualTo("Gold PPO");
            assertThat(saved.employerName()).isEqualTo("Harbor Logistics");
            assertThat(saved.shareWithEmployer()).contains(true);
        }
    }

    @Test
    void sharingStaysNotAskedUntilTheBoxIsTouchedThenKeepsTheNo() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            assertThat(vm.shareAskedProperty().get()).isFalse();
            vm.employerName.set("Acme Corp");
            assertThat(o.saved().plan().employerName()).isEqualTo("Acme Corp");
            assertThat(o.saved().plan().shareWithEmployer()).isEmpty();

            vm.shareWithEmployer.set(true);
            assertThat(o.saved().plan().shareWithEmployer()).contains(true);
            vm.shareWithEmployer.set(false);
            assertThat(o.saved().plan().shareWithEmployer()).contains(false);
            assertThat(vm.shareAskedProperty().get()).isTrue();
        }
    }

    @Test
    void undoingTheEmployerRefillsTheFields() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            PatientPlanViewModel vm = new PatientPlanViewModel(o.workspace());
            o.workspace()
                    .editUndoably(
                            "employer",
                            c -> c.withPlan(c.plan().withEmployer("Acme Corp", Optional.of(true))));
            assertThat(vm.employerName.get()).isEqualTo("Acme Corp");
            assertThat(vm.shareWithEmployer.get()).isTrue();

            o.workspace().undo();

            assertThat(vm.employerName.get()).isEmpty();
            assertThat(vm.shareWithEmployer.get()).isFalse();
            assertThat(vm.shareAskedProperty().get()).isFalse();
            assertThat(o.saved().plan().employerName()).isEmpty();
            assertThat(o.saved().plan().shareWithEmployer()).isEmpty();
        }
    }
}
