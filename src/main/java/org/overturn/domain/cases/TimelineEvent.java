package org.overturn.domain.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A dated event in the case: added by hand, or recorded by a feature (a status change, a call, a submission). */
public record TimelineEvent(String id, LocalDate date, EventKind kind, String title, String note) {

    public TimelineEvent {
        id = Text.require(id, "event id");
        if (date == null) {
            throw new IllegalArgumentException("event date is required");
        }
        kind = kind == null ? EventKind.NOTE : kind;
        title = Text.require(title, "event title");
        note = Text.body(note);
    }

    public static TimelineEvent of(LocalDate date, EventKind kind, String title, String note) {
        return new TimelineEvent(UUID.randomUUID().toString(), date, kind, title, note);
    }
}
