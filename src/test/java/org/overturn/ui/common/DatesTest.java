package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void showsEveryDateAsTheDisplayFormatterDoes() {
        for (LocalDate d = LocalDate.of(1899, 12, 25);
                d.isBefore(LocalDate.of(2101, 1, 5));
                d = d.plusDays(1)) {
            assertThat(Dates.show(d)).isEqualTo(Dates.DISPLAY.format(d));
        }
        for (LocalDate d :
                new LocalDate[] {
                    LocalDate.of(0, 1, 1),
                    LocalDate.of(7, 3, 9),
                    LocalDate.of(999, 12, 31),
                    LocalDate.of(9999, 12, 31),
                    LocalDate.of(10000, 1, 1),
                    LocalDate.of(-1, 6, 15),
                    LocalDate.MIN,
                    LocalDate.MAX
                }) {
            assertThat(Dates.show(d)).isEqualTo(Dates.DISPLAY.format(d));
        }
    }

    @Test
    void showsTimesAsTheirFormattersDo() {
        DateTimeFormatter both = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm");
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            LocalDateTime t = LocalDateTime.of(2027, 3, 14, 0, 0).plusMinutes(minute);
            assertThat(Dates.showDateTime(t)).isEqualTo(both.format(t));
        }
    }
}
