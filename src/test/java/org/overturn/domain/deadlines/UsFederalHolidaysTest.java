package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsFederalHolidaysTest {

    @ParameterizedTest(name = "{0}: {1} observed {2}")
    @CsvSource({
        "2024, 2024-01-01, 2024-01-15, 2024-02-19, 2024-05-27, 2024-06-19, 2024-07-04, 2024-09-02, 2024-10-14, 2024-11-11, 2024-11-28, 2024-12-25",
        "2026, 2026-01-01, 2026-01-19, 2026-02-16, 2026-05-25, 2026-06-19, 2026-07-03, 2026-09-07, 2026-10-12, 2026-11-11, 2026-11-26, 2026-12-25",
        "2027, 2027-01-01, 2027-01-18, 2027-02-15, 2027-05-31, 2027-06-18, 2027-07-05, 2027-09-06, 2027-10-11, 2027-11-11, 2027-11-25, 2027-12-24",
        "2033, 2032-12-31, 2033-01-17, 2033-02-21, 2033-05-30, 2033-06-20, 2033-07-04, 2033-09-05, 2033-10-10, 2033-11-11, 2033-11-24, 2033-12-26",
    })
    void computesTheElevenObservedHolidaysOfAnyYear(
            int year,
            String a,
            String b,
            String c,
            String d,
            String e,
            String f,
            String g,
            String h,
            String i,
            String j,
            String k) {
        List<LocalDate> observed =
                UsFederalHolidays.forYear(year).stream()
                        .map(UsFederalHolidays.Holiday::observed)
                        .toList();
        assertThat(observed)
                .containsExactly(
                        LocalDate.parse(a),
                        LocalDate.parse(b),
                        LocalDate.parse(c),
                        LocalDate.parse(d),
                        LocalDate.parse(e),
                        LocalDate.parse(f),
                        LocalDate.parse(g),
                        LocalDate.parse(h),
                        LocalDate.parse(i),
                        LocalDate.parse(j),
                        LocalDate.parse(k));
    }

    @Test
    void juneteenthStartsIn2021AndItsFirstSaturdayIsObservedOnFriday() {
        assertThat(UsFederalHolidays.forYear(2020))
                .extracting(UsFederalHolidays.Holiday::name)
                .doesNotContain("Juneteenth National Independence Day")
                .hasSize(10);
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2021, 6, 18))).isTrue();
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    }

    @Test
    void independenceDayOnSaturdayIsObservedFridayAndOnSundayMonday() {
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2026, 7, 3))).isTrue();
        assertThat(UsFederalHolidays.isBusinessDay(LocalDate.of(2026, 7, 6))).isTrue();
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2027, 7, 5))).isTrue();
    }

    @Test
    void newYearOnSaturdayIsObservedOnDecember31OfTheYearBefore() {
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(UsFederalHolidays.isObservedHoliday(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-07-03, 2026-07-06", // observed Independence Day (Fri), then the weekend
        "2026-07-04, 2026-07-06",
        "2027-07-03, 2027-07-06", // Saturday, Sunday, then observed Monday
        "2026-11-26, 2026-11-27", // Thanksgiving: the Friday after is a business day
        "2026-03-10, 2026-03-10", // an ordinary Tuesday stays
        "2027-12-31, 2028-01-03", // New Year's Day 2028 observed on Friday Dec 31
    })
    void movesToTheNextBusinessDayPastWeekendsAndObservedHolidays(
            LocalDate day, LocalDate expected) {
        assertThat(UsFederalHolidays.onOrNextBusinessDay(day)).isEqualTo(expected);
    }

    @Test
    void countsBusinessDaysSkippingWeekendsAndHolidays() {
        // Wednesday 2026-11-25: Thursday is Thanksgiving; Fri, Mon, Tue.
        assertThat(UsFederalHolidays.plusBusinessDays(LocalDate.of(2026, 11, 25), 3))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
