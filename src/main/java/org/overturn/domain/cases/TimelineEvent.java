package org.overturn.domain.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated event in the case: added by hand, or recorded by a feature (a status change, a call, a
 * submission).
 */
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

    /** The appeal packet, as its export events name it. */
    public static final String PACKET = "Appeal packet";

    /** The peer-to-peer prep sheet, as its export events name it. */
    public static final String PREP_SHEET = "Peer-to-peer prep sheet";

    /**
     * A complaint to a regulator or a letter to the plan's sponsor, as its export events name it.
     */
    public static final String COMPLAINT = "Complaint letter";

    /** Whether this event is an export of the appeal packet (not of another document). */
    public boolean packetExported() {
        return kind == EventKind.EXPORT && title.startsWith(PACKET + " exported");
    }

    /** A document of the case written out: "Appeal packet exported (12 pages)". */
    public static TimelineEvent exported(LocalDate date, String document, int pages) {
        return of(
                date,
                EventKind.EXPORT,
                document + " exported (" + pages + (pages == 1 ? " page)" : " pages)"),
                "");
    }

    /** A denial added to the case, from its letter or by hand. */
    public static TimelineEvent denialEntered(LocalDate date, String how) {
        return of(date, EventKind.DENIAL, "Denial entered" + (how.isEmpty() ? "" : " " + how), "");
    }

    public static TimelineEvent of(LocalDate date, EventKind kind, String title, String note) {
        return new TimelineEvent(UUID.randomUUID().toString(), date, kind, title, note);
    }
}
