package org.overturn.domain.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A case's next open deadline as the Cases list stores it: the clock's id and label, and when it
 * falls due. Whether it is overdue, and how long is left, is worked out when it is shown, from the
 * due moment.
 *
 * @param deadlineId the clock's id ({@code appeal-file-by}, …)
 * @param dueAt for a clock counted in hours, the wall-clock time it falls due; empty for a whole
 *     day
 */
public record NextDeadline(
        String deadlineId, String label, LocalDate dueDate, Optional<LocalDateTime> dueAt) {

    public NextDeadline {
        deadlineId = Text.require(deadlineId, "deadline id");
        label = Text.require(label, "deadline label");
        if (dueDate == null) {
            throw new IllegalArgumentException("next deadline needs its due date");
        }
        dueAt = Text.opt(dueAt);
        if (dueAt.isPresent() && !dueAt.get().toLocalDate().equals(dueDate)) {
            throw new IllegalArgumentException("due date and due time disagree");
        }
    }

    /**
     * The last moment it can be met: the given time, or the end of the due day (as the clock counts
     * it).
     */
    public LocalDateTime lastMoment() {
        return dueAt.orElse(dueDate.atTime(23, 59, 59));
    }

    /**
     * {@code YYYY-MM-DD}, or {@code YYYY-MM-DDTHH:MM} for an hour clock: how the database stores
     * it.
     */
    public String dueText() {
        return dueAt.map(t -> t.toString().substring(0, 16)).orElse(dueDate.toString());
    }

    /** Reads {@link #dueText()} back; empty when the stored text is missing or unreadable. */
    public static Optional<NextDeadline> parse(String id, String label, String due) {
        if (id == null || label == null || due == null || due.isBlank()) {
            return Optional.empty();
        }
        try {
            // Read by position: the Cases list parses one per row, and 10,000 rows must load in
            // well under 100 ms.
            LocalDate day =
                    LocalDate.of(
                            Integer.parseInt(due, 0, 4, 10),
                            Integer.parseInt(due, 5, 7, 10),
                            Integer.parseInt(due, 8, 10, 10));
            if (due.length() == 10) {
                return Optional.of(new NextDeadline(id, label, day, Optional.empty()));
            }
            if (due.length() != 16 || due.charAt(10) != 'T') {
                return Optional.empty();
            }
            LocalDateTime at =
                    day.atTime(
                            Integer.parseInt(due, 11, 13, 10), Integer.parseInt(due, 14, 16, 10));
            return Optional.of(new NextDeadline(id, label, day, Optional.of(at)));
        } catch (DateTimeException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
