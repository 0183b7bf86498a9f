package org.overturn.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.ui.opencase.OpenCases;

/**
 * Adding and removing denials and authorization periods, over a plain in-memory store (issue 16,
 * item 6): no SQLite, no FX toolkit. Today is 11/26/2026.
 */
class DenialsViewModelTest {

    @Test
    void theFirstDenialIsPreServiceIopAndALaterOneIsConcurrentAtTheCurrentLevel() {
        try (OpenCases.Opened o =
                OpenCases.open(
                        OpenCases.newCase()
                                .withDenial(
                                        Denial.blank(DenialType.PRE_SERVICE, LevelOfCare.PHP)))) {
            DenialsViewModel vm = new DenialsViewModel(o.workspace());
            vm.addDenial();

            var denials = o.saved().denials();
            assertThat(denials).hasSize(2);
            assertThat(denials.get(1).denialType()).isEqualTo(DenialType.CONCURRENT);
            assertThat(denials.get(1).levelOfCare()).isEqualTo(LevelOfCare.PHP);
            assertThat(o.saved().timeline())
                    .anyMatch(
                            e ->
                                    e.title().equals("Denial entered by hand")
                                            && e.date().equals(LocalDate.of(2026, 11, 26)));
        }
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            new DenialsViewModel(o.workspace()).addDenial();

            Denial d = o.saved().denials().get(0);
            assertThat(d.denialType()).isEqualTo(DenialType.PRE_SERVICE);
            assertThat(d.levelOfCare()).isEqualTo(LevelOfCare.IOP_MENTAL_HEALTH);
        }
    }

    @Test
    void aRemovedDenialIsNamedInTheUndoLabelAndComesBackWithUndo() {
        Denial d = Denial.blank(DenialType.CONCURRENT, LevelOfCare.IOP_MENTAL_HEALTH);
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase().withDenial(d))) {
            DenialsViewModel vm = new DenialsViewModel(o.workspace());
            vm.removeDenial(o.workspace().caseFile().denials().get(0));

            assertThat(o.saved().denials()).isEmpty();
            assertThat(o.workspace().undoLabelProperty().get())
                    .isEqualTo(
                            "Denial removed: Undated "
                                    + DenialsViewModel.describe(d).split("\n")[1]);
            o.workspace().undo();
            assertThat(o.saved().denials()).hasSize(1);
        }
    }

    @Test
    void theListNamesADenialByItsDateThenItsUrgencyTypeAndLevel() {
        assertThat(DenialsViewModel.describe(Denial.blank(DenialType.CONCURRENT, LevelOfCare.PHP)))
                .startsWith("Undated\n")
                .doesNotContain("Urgent");
    }

    @Test
    void aNoticeDateInTheFutureOrLongAgoIsWarnedAboutButAnOrdinaryOneIsNot() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            DenialsViewModel vm = new DenialsViewModel(o.workspace());
            assertThat(vm.noticeDateWarning("12/01/2026")).get().asString().contains("future");
            assertThat(vm.noticeDateWarning("11/01/2020")).get().asString().contains("years ago");
            assertThat(vm.noticeDateWarning("11/20/2026")).isEmpty();
            assertThat(vm.noticeDateWarning("not a date")).isEmpty();
            assertThat(vm.noticeDateWarning("")).isEmpty();
        }
    }

    @Test
    void aPeriodNeedsBothDaysInOrderAndKeepsTheRowAsTypedUntilItIsOne() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            DenialsViewModel vm = new DenialsViewModel(o.workspace());
            vm.authFirst.set("11/01/2026");
            assertThat(vm.addAuthorization()).isFalse();
            assertThat(vm.authErrorProperty().get())
                    .isEqualTo("Enter the first and the last covered day.");

            vm.authLast.set("10/30/2026");
            assertThat(vm.addAuthorization()).isFalse();
            assertThat(vm.authErrorProperty().get())
                    .isEqualTo(
                            "The last covered day (10/30/2026) is before the first (11/01/2026).");

            vm.authUnits.set("many");
            assertThat(vm.addAuthorization()).isFalse();
            assertThat(vm.authErrorProperty().get()).isEqualTo("\"many\" is not a whole number.");

            assertThat(vm.authFirst.get()).isEqualTo("11/01/2026");
            assertThat(o.saved().authorizations()).isEmpty();
        }
    }

    @Test
    void anAddedPeriodIsKeptInOrderOfItsFirstDayAndClearsTheRow() {
        try (OpenCases.Opened o = OpenCases.open(OpenCases.newCase())) {
            DenialsViewModel vm = new DenialsViewModel(o.workspace());
            vm.authFirst.set("11/10/2026");
            vm.authLast.set("11/20/2026");
            vm.authUnits.set("12");
            vm.authReview.set("11/18/2026");
            assertThat(vm.addAuthorization()).isTrue();
            vm.authFirst.set("11/01/2026");
            vm.authLast.set("11/09/2026");
            vm.authUnits.set("bad");
            assertThat(vm.addAuthorization()).isFalse();
            vm.authUnits.set("");
            assertThat(vm.addAuthorization()).isTrue();

            var periods = o.saved().authorizations();
            assertThat(periods)
                    .extracting(AuthorizationPeriod::firstDay)
                    .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10));
            assertThat(periods.get(1).units()).contains(12);
            assertThat(periods.get(1).nextReviewDate()).contains(LocalDate.of(2026, 11, 18));
            assertThat(periods.get(0).units()).isEqualTo(Optional.empty());
            assertThat(vm.authFirst.get()).isEmpty();
            assertThat(vm.authLast.get()).isEmpty();
            assertThat(vm.authUnits.get()).isEmpty();
            assertThat(vm.authReview.get()).isEmpty();
            assertThat(vm.authErrorProperty().get()).isEmpty();

            vm.removeAuthorization(periods.get(0));
            assertThat(o.saved().authorizations()).hasSize(1);
            assertThat(o.workspace().undoLabelProperty().get())
                    .isEqualTo("Authorization period 11/01/2026 to 11/09/2026 removed");
        }
    }
}
