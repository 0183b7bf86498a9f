package org.overturn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.intake.Field;
import org.overturn.ui.cases.IntakeViewModel.Source;

/** What the intake dialog's text fields make of what is typed into them. */
class IntakeViewModelTest {

    private final IntakeViewModel vm = new IntakeViewModel(Optional::empty);

    @Test
    void typedUnitsBecomeANumberMarkedAsTyped() {
        assertThat(vm.typed(Field.UNITS_REQUESTED, " 12 ")).isEmpty();

        assertThat(vm.value(Field.UNITS_REQUESTED).get()).isEqualTo(12);
        assertThat(vm.source(Field.UNITS_REQUESTED).get()).isEqualTo(Source.TYPED);
    }

    @Test
    void unitsThatAreNotAWholeNumberOrOutOfRangeSayWhyAndKeepTheValue() {
        vm.typed(Field.UNITS_REQUESTED, "12");

        assertThat(vm.typed(Field.UNITS_REQUESTED, "twelve"))
                .isEqualTo("Units are a whole number.");
        assertThat(vm.typed(Field.UNITS_REQUESTED, "1000"))
                .isEqualTo("Units must be between 0 and 999.");
        assertThat(vm.value(Field.UNITS_REQUESTED).get()).isEqualTo(12);
    }

    @Test
    void aDateIsReadAndShownAsMonthDayYear() {
        assertThat(vm.typed(Field.NOTICE_DATE, "03/04/2024")).isEmpty();

        assertThat(vm.value(Field.NOTICE_DATE).get()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(IntakeViewModel.asText(vm.value(Field.NOTICE_DATE).get()))
                .isEqualTo("03/04/2024");
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        String tomorrow = IntakeViewModel.asText(LocalDate.now().plusDays(1));

        assertThat(vm.typed(Field.DATE_OF_BIRTH, tomorrow)).contains("in the future");
        assertThat(vm.value(Field.DATE_OF_BIRTH).get()).isNull();
    }

    @Test
    void blankTextClearsTheValueAndOtherTextIsKeptAsTyped() {
        vm.typed(Field.MEMBER_ID, "  XJ-1234 ");
        assertThat(vm.value(Field.MEMBER_ID).get()).isEqualTo("XJ-1234");

        assertThat(vm.typed(Field.MEMBER_ID, "   ")).isEmpty();

        assertThat(vm.value(Field.MEMBER_ID).get()).isNull();
        assertThat(vm.source(Field.MEMBER_ID).get()).isEqualTo(Source.NONE);
        assertThat(IntakeViewModel.asText(null)).isEmpty();
    }
}
