package org.overturn.domain.deadlines;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * What the Overview clock shows: the next deadline, how long is left, what happens if it is missed,
 * and the rest.
 *
 * @param next the most pressing open deadline (an overdue one before any other)
 * @param timeLeft "3 days left", "due today", "5 h 20 min left", "overdue by 2 days", or ""
 * @param ifMissed the consequence of missing {@code next}, or ""
 * @param open every deadline still open for the case's status, overdue first, then by due time
 * @param warnings cautions to show with the clock (a peer-to-peer call pauses nothing)
 */
public record ClockSummary(
        Optional<Deadline> next,
        String timeLeft,
        String ifMissed,
        Urgency urgency,
        List<Deadline> open,
        List<String> warnings) {

    /** Cases screen order: overdue first, then the nearest deadline, cases with none last. */
    public static final Comparator<ClockSummary> BY_URGENCY =
            Comparator.comparing(
                            (ClockSummary c) ->
                                    c.urgency() == Urgency.OVERDUE
                                            ? 0
                                            : c.next().isPresent() ? 1 : 2)
                    .thenComparing(
                            c -> c.next().map(Deadline::lastMoment).orElse(LocalDateTime.MAX));

    public ClockSummary {
        next = Text.opt(next);
        timeLeft = Text.clean(timeLeft);
        ifMissed = Text.usDates(Text.clean(ifMissed));
        urgency = urgency == null ? Urgency.NONE : urgency;
        open = Text.list(open);
        warnings = Text.list(warnings);
    }
}
