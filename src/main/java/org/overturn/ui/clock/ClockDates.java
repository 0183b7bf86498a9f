package org.overturn.ui.clock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.ui.common.Dates;

/** How the clock screens write due dates and find where a case's clock starts. */
final class ClockDates {

    private ClockDates() {}

    /** MM/DD/YYYY, with HH:MM for an hour clock. */
    static String due(Deadline d) {
        return d.dueAt().map(Dates::showDateTime).orElse(Dates.show(d.dueDate()));
    }

    static String due(NextDeadline d) {
        return d.dueAt().map(Dates::showDateTime).orElse(Dates.show(d.dueDate()));
    }

    /**
     * The first day of the current denial's clock (the notice date, or the day received when that
     * is earlier): dates of later steps can't come before it.
     */
    static Optional<LocalDate> clockStart(CaseFile c) {
        Optional<Denial> d = c.currentDenial();
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> notice = d.get().noticeDate();
        Optional<LocalDate> received = d.get().receivedAt().map(LocalDateTime::toLocalDate);
        if (notice.isPresent() && received.isPresent()) {
            return Optional.of(
                    received.get().isBefore(notice.get()) ? received.get() : notice.get());
        }
        return notice.or(() -> received);
    }
}
