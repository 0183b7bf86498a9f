package org.overturn.persistence;

import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineInput;

/**
 * Works out the next open deadline the Cases list stores beside each case (columns {@code
 * next_deadline_*}), so the list sorts 10,000 cases by urgency without reading a document. The
 * clock's "next" is the earliest deadline still open at the case's status, whatever the time: an
 * overdue one comes first, and if any is overdue the earliest is. So the stored value stays right
 * as time passes, until the case changes and is saved again.
 */
public final class NextDeadlines {

    private static final System.Logger LOG = System.getLogger(NextDeadlines.class.getName());

    private final DeadlineCalculator calculator;

    /** Hour clocks are read in the computer's time zone, as the Overview shows them. */
    public NextDeadlines() {
        this(DeadlineCalculator.inSystemZone());
    }

    public NextDeadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The next open deadline, or empty when the case has none (no plan type or denial date, closed,
     * plan "other").
     */
    public Optional<NextDeadline> of(CaseFile c, LocalDateTime now) {
        Optional<DeadlineInput> in;
        try {
            in = c.deadlineInput();
        } catch (IllegalArgumentException e) {
            // Dates that contradict each other give no clock; the save itself must still go
            // through.
            LOG.log(
                    Level.DEBUG,
                    "no deadline for case {0}: {1}",
                    c.id().orElse(0L),
                    e.getMessage());
            return Optional.empty();
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        PlanType plan = in.get().planType();
        return CaseClock.summarize(
                        calculator.calculate(in.get()), plan, c.status(), in.get().facts(), now)
                .next()
                .map(NextDeadlines::stored);
    }

    private static NextDeadline stored(Deadline d) {
        return new NextDeadline(d.id().id(), d.label(), d.dueDate(), d.dueAt());
    }
}
