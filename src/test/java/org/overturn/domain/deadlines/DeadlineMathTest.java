package org.overturn.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineMathTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} + 4 months = {1}")
    @CsvSource({
        "2026-01-15, 2026-05-15",
        "2025-10-31, 2026-03-01", // no 31 February: first day of the fifth month
        "2023-10-31, 2024-03-01", // not even in a leap year
        "2023-10-29, 2024-02-29", // leap day exists
        "2022-10-29, 2023-03-01", // and does not
        "2026-08-31, 2026-12-31",
    })
    void fourMonthsLaterFallsOnTheFirstOfTheFifthMonthWhenNoMatchingDayExists(
            LocalDate start, LocalDate expected) {
        assertThat(DeadlineMath.monthsLaterOrFirstOfNext(start, 4)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + 6 months = {1}")
    @CsvSource({
        "2025-08-31, 2026-02-28",
        "2023-08-31, 2024-02-29",
        "2026-03-15, 2026-09-15",
    })
    void sixMonthsFromMonthEndEndsOnTheLastDayOfAShortMonth(LocalDate start, LocalDate expected) {
        assertThat(DeadlineMath.monthsLaterClamped(start, 6)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} h = {2}")
    @CsvSource({
        "2026-05-01T23:30, 24, 2026-05-02T23:30", // across midnight
        "2026-12-31T20:00, 72, 2027-01-03T20:00", // across the year end
        "2026-03-07T22:00, 72, 2026-03-10T23:00", // clocks spring forward on 8 March: one
        // wall-clock hour later
        "2026-10-31T10:00, 24, 2026-11-01T09:00", // clocks fall back on 1 November: one wall-clock
        // hour earlier
        "2026-03-08T02:30, 24, 2026-03-09T03:30", // a time that does not exist is read as the hour
        // after
    })
    void hourClocksCountElapsedHoursAcrossMidnightAndDaylightSavingChanges(
            LocalDateTime start, int hours, LocalDateTime expected) {
        assertThat(DeadlineMath.hoursLater(start, hours, NEW_YORK)).isEqualTo(expected);
    }
}
