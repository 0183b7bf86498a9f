package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextDeadlineTest {

    @Test
    void theStoredTextOfADayOrAnHourClockReadsBackExactly() {
        NextDeadline day =
                new NextDeadline(
                        "appeal-file-by", "File", LocalDate.of(2027, 2, 28), Optional.empty());
        LocalDateTime at = LocalDateTime.of(2026, 3, 8, 2, 30);
        NextDeadline timed =
                new NextDeadline("p2p-request-by", "Ask", at.toLocalDate(), Optional.of(at));

        assertThat(day.dueText()).isEqualTo("2027-02-28");
        assertThat(timed.dueText()).isEqualTo("2026-03-08T02:30");
        assertThat(NextDeadline.parse("appeal-file-by", "File", day.dueText())).contains(day);
        assertThat(NextDeadline.parse("p2p-request-by", "Ask", timed.dueText())).contains(timed);
        assertThat(day.lastMoment()).isEqualTo(LocalDateTime.of(2027, 2, 28, 23, 59, 59));
        assertThat(timed.lastMoment()).isEqualTo(at);
    }

    @Test
    void missingOrDamagedStoredTextGivesNoDeadline() {
        for (String bad :
                new String[] {
                    null,
                    "",
                    "2027-02-30",
                    "2027-2-3",
                    "2027-02-28X10:00",
                    "2027-02-28T25:00",
                    "soon"
                }) {
            assertThat(NextDeadline.parse("appeal-file-by", "File", bad))
                    .as(String.valueOf(bad))
                    .isEmpty();
        }
        assertThat(NextDeadline.parse(null, "File", "2027-02-28")).isEmpty();
    }
}
