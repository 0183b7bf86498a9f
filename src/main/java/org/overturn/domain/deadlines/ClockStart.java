package org.overturn.domain.deadlines;

import java.time.LocalDate;
import org.overturn.domain.wording.Wording;

/** The day a rule counts from, and how that day was found, so the rule text can say it. */
public record ClockStart(LocalDate date, String how) {

    @Override
    public String toString() {
        return Wording.of("deadlines").fill("countedFrom.start", "date", date, "how", how);
    }
}
