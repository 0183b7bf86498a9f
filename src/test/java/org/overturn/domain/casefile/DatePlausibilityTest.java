package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePlausibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aNoticeDateInTheFutureOrYearsBackIsWarnedNotRefused() {
        assertThat(DatePlausibility.noticeDate(LocalDate.of(2027, 12, 1), TODAY))
                .hasValueSatisfying(
                        w -> assertThat(w).contains("12/01/2027").contains("in the future"));
        assertThat(DatePlausibility.noticeDate(TODAY.plusDays(1), TODAY)).isPresent();
        assertThat(DatePlausibility.noticeDate(TODAY, TODAY)).isEmpty();
        assertThat(DatePlausibility.noticeDate(TODAY.minusYears(2), TODAY)).isEmpty();
        assertThat(DatePlausibility.noticeDate(TODAY.minusYears(2).minusDays(1), TODAY))
                .hasValueSatisfying(w -> assertThat(w).contains("more than 2 years ago"));
    }

    @Test
    void aBirthDateMakingThePatientOverAHundredIsWarned() {
        assertThat(DatePlausibility.dateOfBirth(LocalDate.of(1886, 12, 3), TODAY))
                .hasValueSatisfying(
                        w -> assertThat(w).contains("140 years old").contains("12/03/1886"));
        assertThat(DatePlausibility.dateOfBirth(TODAY.minusYears(100), TODAY)).isEmpty();
        assertThat(DatePlausibility.dateOfBirth(LocalDate.of(1991, 4, 17), TODAY)).isEmpty();
        // A birth date in the future is refused by CaseRules, not warned here.
        assertThat(DatePlausibility.dateOfBirth(TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(CaseRules.checkDateOfBirth(TODAY.plusDays(1), TODAY)).isPresent();
    }
}
