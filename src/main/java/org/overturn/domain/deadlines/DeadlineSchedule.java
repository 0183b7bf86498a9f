package org.overturn.domain.deadlines;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * Everything the clock computed for one denial.
 *
 * @param deadlines in due order
 * @param notes cautions for the whole clock (a peer-to-peer call pauses nothing; a date still to be
 *     entered)
 * @param notComputedReason why nothing could be computed (plan type "other"), when that is the case
 */
public record DeadlineSchedule(
        List<Deadline> deadlines, List<String> notes, Optional<String> notComputedReason) {

    public DeadlineSchedule {
        deadlines =
                Text.list(deadlines).stream()
                        .sorted(Comparator.comparing(Deadline::lastMoment))
                        .toList();
        notes = Text.list(notes);
        notComputedReason = Text.opt(notComputedReason);
    }

    public Optional<Deadline> find(DeadlineId id) {
        return deadlines.stream().filter(d -> d.id() == id).findFirst();
    }
}
