package org.overturn.domain.deadlines;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.wording.Wording;

/**
 * Reads a schedule against the case's status and the current time, for the Overview clock and the
 * Cases list.
 */
public final class CaseClock {

    private static final Wording WORDS = Wording.of("deadlines");

    public static final String P2P_WARNING = WORDS.text("clock.p2pWarning");
    static final int DUE_SOON_DAYS = 7;

    /**
     * Windows for a faster route that, once passed, leave the ordinary route open (see {@link
     * MissedDeadline}).
     */
    private static final Set<DeadlineId> FALLS_BACK =
            EnumSet.of(DeadlineId.EXPEDITED_APPEAL_FILE_BY);

    private CaseClock() {}

    public static ClockSummary summarize(
            DeadlineSchedule s, PlanType plan, CaseStatus status, LocalDateTime now) {
        return summarize(s, plan, status, ClockFacts.none(), now);
    }

    /**
     * The clock read against the case's status and the steps its facts record as taken: a step done
     * is not open, whatever the status says (the appeal's filing date entered retires the filing
     * deadline, the final denial's date the plan's decision deadline, the external review's date
     * the windows for asking for it).
     */
    public static ClockSummary summarize(
            DeadlineSchedule s,
            PlanType plan,
            CaseStatus status,
            ClockFacts facts,
            LocalDateTime now) {
        Set<DeadlineId> moot = mootAt(status);
        moot.addAll(doneAt(facts, plan));
        // Filing the appeal is what keeps care going, except in Medicaid managed care, where the
        // enrollee must also
        // ask for benefits to continue: that stays on the clock until it passes.
        if (status == CaseStatus.APPEAL_FILED && plan != PlanType.MEDICAID_MCO) {
            moot.add(DeadlineId.CONTINUED_BENEFITS_BY);
        }
        // Passed deadlines first, as the case is late on them; except a faster route that has
        // lapsed into the
        // ordinary one (the expedited filing window): missing it loses nothing the ordinary
        // deadline still ahead
        // does not keep, so it is listed after those still ahead and does not make the case
        // overdue.
        List<Deadline> open = new ArrayList<>();
        s.deadlines().stream()
                .filter(
                        d ->
                                !moot.contains(d.id())
                                        && overdue(d, now)
                                        && !FALLS_BACK.contains(d.id()))
                .forEach(open::add);
        s.deadlines().stream()
                .filter(d -> !moot.contains(d.id()) && !overdue(d, now))
                .forEach(open::add);
        s.deadlines().stream()
                .filter(
                        d ->
                                !moot.contains(d.id())
                                        && overdue(d, now)
                                        && FALLS_BACK.contains(d.id()))
                .forEach(open::add);
        List<String> warnings = new ArrayList<>();
        if (open.stream().anyMatch(d -> d.owner() == Party.YOU)) {
            warnings.add(P2P_WARNING);
        }
        s.notComputedReason().ifPresent(warnings::add);
        if (open.isEmpty()) {
            return new ClockSummary(Optional.empty(), "", "", Urgency.NONE, open, warnings);
        }
        Deadline next = open.get(0);
        return new ClockSummary(
                Optional.of(next),
                timeLeft(next, now),
                MissedDeadline.consequence(next, plan),
                urgency(next, now),
                open,
                warnings);
    }

    /**
     * Deadlines a status makes moot: once the appeal is filed, the filing deadline no longer
     * matters. The steps after an independent decision (ALJ hearing, Council, court, suit) are
     * never moot by status: the rules give them only once the final denial's level says that
     * decision was made.
     */
    static Set<DeadlineId> mootAt(CaseStatus status) {
        Set<DeadlineId> out = EnumSet.noneOf(DeadlineId.class);
        switch (status) {
            case CLOSED -> out.addAll(EnumSet.allOf(DeadlineId.class));
            case EXTERNAL_REVIEW ->
                    out.addAll(
                            EnumSet.of(
                                    DeadlineId.P2P_REQUEST_BY,
                                    DeadlineId.CONTINUED_BENEFITS_BY,
                                    DeadlineId.APPEAL_FILE_BY,
                                    DeadlineId.APPEAL_DECISION_DUE,
                                    DeadlineId.EXTERNAL_REVIEW_FILE_BY,
                                    DeadlineId.FAIR_HEARING_FILE_BY,
                                    DeadlineId.NEXT_LEVEL_FILE_BY,
                                    DeadlineId.EXPEDITED_APPEAL_FILE_BY,
                                    DeadlineId.QIC_FILE_BY,
                                    DeadlineId.OPM_REVIEW_FILE_BY,
                                    DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY,
                                    DeadlineId.LAST_COVERED_DAY,
                                    DeadlineId.EXPEDITED_DECISION_DUE));
            case DECIDED ->
                    out.addAll(
                            EnumSet.of(
                                    DeadlineId.P2P_REQUEST_BY,
                                    DeadlineId.APPEAL_FILE_BY,
                                    DeadlineId.APPEAL_DECISION_DUE,
                                    DeadlineId.EXPEDITED_APPEAL_FILE_BY,
                                    DeadlineId.LAST_COVERED_DAY,
                                    DeadlineId.EXPEDITED_DECISION_DUE));
            case APPEAL_FILED ->
                    out.addAll(
                            EnumSet.of(
                                    DeadlineId.P2P_REQUEST_BY,
                                    DeadlineId.APPEAL_FILE_BY,
                                    DeadlineId.EXPEDITED_APPEAL_FILE_BY));
            case P2P_REQUESTED, P2P_HELD -> out.add(DeadlineId.P2P_REQUEST_BY);
            default -> {}
        }
        return out;
    }

    /** Deadlines the facts show were met: the step was taken, or the decision was made. */
    static Set<DeadlineId> doneAt(ClockFacts facts, PlanType plan) {
        Set<DeadlineId> out = EnumSet.noneOf(DeadlineId.class);
        if (facts.appealFiled().isPresent()) {
            out.addAll(EnumSet.of(DeadlineId.APPEAL_FILE_BY, DeadlineId.EXPEDITED_APPEAL_FILE_BY));
            if (plan != PlanType.MEDICAID_MCO) {
                out.add(DeadlineId.CONTINUED_BENEFITS_BY);
            }
        }
        if (facts.finalDenial().isPresent()) {
            out.addAll(
                    EnumSet.of(DeadlineId.APPEAL_DECISION_DUE, DeadlineId.EXPEDITED_DECISION_DUE));
        }
        if (facts.externalReviewFiled().isPresent()) {
            out.addAll(
                    EnumSet.of(
                            DeadlineId.EXTERNAL_REVIEW_FILE_BY,
                            DeadlineId.FAIR_HEARING_FILE_BY,
                            DeadlineId.STATE_EXTERNAL_REVIEW_FILE_BY,
                            DeadlineId.QIC_FILE_BY,
                            DeadlineId.OPM_REVIEW_FILE_BY));
        }
        return out;
    }

    /**
     * What happens if the deadline is missed, and what can still be done once it has passed, in one
     * line.
     */
    public static String ifMissed(Deadline d, PlanType plan) {
        return MissedDeadline.consequence(d, plan);
    }

    /**
     * The open deadlines in the order they bite: those still ahead, soonest first, then those
     * already passed, most recent first. Passed ones are kept, never dropped: their consequence
     * says what can still be done.
     */
    public static List<Deadline> byWhenTheyBite(List<Deadline> open, LocalDateTime now) {
        List<Deadline> out =
                new ArrayList<>(
                        open.stream()
                                .filter(d -> !overdue(d, now))
                                .sorted(Comparator.comparing(Deadline::lastMoment))
                                .toList());
        open.stream()
                .filter(d -> overdue(d, now))
                .sorted(Comparator.comparing(Deadline::lastMoment).reversed())
                .forEach(out::add);
        return out;
    }

    public static boolean overdue(Deadline d, LocalDateTime now) {
        return now.isAfter(d.lastMoment());
    }

    public static Urgency urgency(Deadline d, LocalDateTime now) {
        return urgency(d.dueDate(), d.dueAt(), now);
    }

    /**
     * The urgency of a due date, or of a due moment when the clock runs in hours: for a deadline
     * known only by when it is due, as the Cases list stores each case's next one.
     */
    public static Urgency urgency(
            LocalDate dueDate, Optional<LocalDateTime> dueAt, LocalDateTime now) {
        if (now.isAfter(dueAt.orElseGet(() -> dueDate.atTime(23, 59, 59)))) {
            return Urgency.OVERDUE;
        }
        return ChronoUnit.DAYS.between(now.toLocalDate(), dueDate) < DUE_SOON_DAYS
                ? Urgency.DUE_SOON
                : Urgency.LATER;
    }

    /** Whole calendar days for date deadlines; hours and minutes for hour clocks under two days. */
    public static String timeLeft(Deadline d, LocalDateTime now) {
        return timeLeft(d.dueDate(), d.dueAt(), now);
    }

    /**
     * As {@link #timeLeft(Deadline, LocalDateTime)}, for a deadline known only by when it is due.
     */
    public static String timeLeft(
            LocalDate dueDate, Optional<LocalDateTime> dueAt, LocalDateTime now) {
        if (dueAt.isPresent()) {
            Duration left = Duration.between(now, dueAt.get());
            Duration abs = left.abs();
            String span =
                    abs.toHours() >= 48
                            ? WORDS.fill(
                                    "time.daysHours",
                                    "days",
                                    days(abs.toDays()),
                                    "hours",
                                    abs.toHours() % 24)
                            : WORDS.fill(
                                    "time.hoursMinutes",
                                    "hours",
                                    abs.toHours(),
                                    "minutes",
                                    abs.toMinutesPart());
            return left.isNegative()
                    ? WORDS.fill("time.overdue", "span", span)
                    : WORDS.fill("time.left", "span", span);
        }
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), dueDate);
        if (days == 0) {
            return WORDS.text("time.dueToday");
        }
        return days > 0
                ? WORDS.fill("time.left", "span", days(days))
                : WORDS.fill("time.overdue", "span", days(-days));
    }

    private static String days(long n) {
        return n == 1
                ? WORDS.fill("time.days.one", "count", n)
                : WORDS.fill("time.days.other", "count", n);
    }
}
