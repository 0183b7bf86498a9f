package org.overturn.export.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One calendar entry: an all-day event on {@code day}, or, when {@code at} is given, a timed one
 * ending at that instant (written in UTC, which needs no time-zone definition in the file).
 */
public record CalendarEvent(
        String uid, String summary, String description, LocalDate day, Optional<Instant> at) {

    public CalendarEvent {
        if (uid == null || uid.isBlank() || summary == null || day == null) {
            throw new IllegalArgumentException("a calendar event needs a uid, a summary and a day");
        }
        description = description == null ? "" : description;
        at = at == null ? Optional.empty() : at;
    }
}
