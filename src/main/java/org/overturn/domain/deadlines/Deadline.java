package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * One deadline on the clock.
 *
 * @param dueDate the day it falls due (for an hour clock, the day of {@code dueAt})
 * @param dueAt for clocks counted in hours, the wall-clock time in the computer's time zone
 * @param rule the rule in plain words, with the day it was counted from
 * @param citationId the citation library entry behind it; empty when no law sets it (a plan's own
 *     window)
 * @param note extra caution for this deadline, or ""
 * @param ifMissed what happens when it passes and what can still be done, when the rule knows more
 *     than the general consequence for its id (a date for reinstatement, say); else ""
 */
public record Deadline(
        DeadlineId id,
        String label,
        LocalDate dueDate,
        Optional<LocalDateTime> dueAt,
        String rule,
        Optional<String> citationId,
        Guarantee guarantee,
        Party owner,
        String note,
        String ifMissed) {

    public Deadline(
            DeadlineId id,
            String label,
            LocalDate dueDate,
            Optional<LocalDateTime> dueAt,
            String rule,
            Optional<String> citationId,
            Guarantee guarantee,
            Party owner,
            String note) {
        this(id, label, dueDate, dueAt, rule, citationId, guarantee, owner, note, "");
    }

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public Deadline {
        if (id == null || dueDate == null || guarantee == null || owner == null) {
            throw new IllegalArgumentException("deadline needs id, due date, guarantee and owner");
        }
        label = Text.require(label, "deadline label");
        dueAt = Text.opt(dueAt);
        if (dueAt.isPresent() && !dueAt.get().toLocalDate().equals(dueDate)) {
            throw new IllegalArgumentException("due date and due time disagree");
        }
        // One date format in prose, on screens and in every PDF: the dates the rules were counted
        // from read as the
        // rest of the app writes them (MM/DD/YYYY), never ISO.
        rule = Text.usDates(Text.require(rule, "deadline rule"));
        citationId = Text.opt(citationId);
        note = Text.usDates(Text.clean(note));
        ifMissed = Text.usDates(Text.clean(ifMissed));
    }

    /**
     * {@code YYYY-MM-DD}, or {@code YYYY-MM-DDTHH:MM} for an hour clock (the command line's
     * format).
     */
    public String dueText() {
        return dueAt.map(MINUTES::format).orElse(dueDate.toString());
    }

    /** The last moment it can be met: the given time, or the end of the due day. */
    public LocalDateTime lastMoment() {
        return dueAt.orElse(dueDate.atTime(23, 59, 59));
    }
}
