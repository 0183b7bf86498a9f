package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

    @Test
    void readsWhatInstantToStringWritesAtEveryPrecision() {
        Random r = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            long seconds = r.nextInt(2_000_000_000);
            int nanos =
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> r.nextInt(1000) * 1_000_000;
                        case 2 -> r.nextInt(1_000_000) * 1_000;
                        default -> r.nextInt(1_000_000_000);
                    };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoTimes.instant(t.toString())).isEqualTo(t);
        }
    }

    @Test
    void readsDatesAsLocalDateParseDoes() {
        assertThat(IsoTimes.date("2026-12-04")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(IsoTimes.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void otherShapesGoToTheJdkParserWithItsAnswerOrItsError() {
        assertThat(IsoTimes.instant("2026-12-04T07:24:05.5Z"))
                .isEqualTo(Instant.parse("2026-12-04T07:24:05.5Z"));
        assertThat(IsoTimes.instant("2016-12-31T23:59:60Z"))
                .isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
        assertThatThrownBy(() -> IsoTimes.date("2023-02-29"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.date("+202-12-04"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.instant("2026-12-04T25:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.instant("2026-12-04T07:24:05.-12Z"))
                .isInstanceOf(DateTimeParseException.class);
    }
}
