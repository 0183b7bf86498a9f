package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.Text;

/**
 * What the deadline engine needs for one denial.
 *
 * @param noticeDate the date printed on the notice
 * @param receivedDate the day the denial reached the patient or provider, when known (a phone call counts)
 * @param receivedAt the moment it was received, when known; hour clocks count from it
 */
public record DeadlineInput(PlanType planType, DenialType denialType, boolean urgent, LocalDate noticeDate,
                            Optional<LocalDate> receivedDate, Optional<LocalDateTime> receivedAt, ClockFacts facts) {

    public DeadlineInput {
        if (planType == null || denialType == null || noticeDate == null) {
            throw new IllegalArgumentException("plan type, denial type and notice date are required");
        }
        receivedDate = Text.opt(receivedDate);
        receivedAt = Text.opt(receivedAt);
        facts = facts == null ? ClockFacts.none() : facts;
        if (receivedAt.isPresent()) {
            LocalDate atDay = receivedAt.get().toLocalDate();
            if (receivedDate.isPresent() && !receivedDate.get().equals(atDay)) {
                throw new IllegalArgumentException("date received " + receivedDate.get()
                        + " and time received " + receivedAt.get() + " disagree");
            }
            receivedDate = Optional.of(atDay);
        }
        LocalDate first = receivedDate.filter(r -> r.isBefore(noticeDate)).orElse(noticeDate);
        requireNotBefore(facts.appealFiled(), first, "appeal filed");
        requireNotBefore(facts.finalDenial(), first, "final denial");
        requireNotBefore(facts.externalReviewFiled(), first, "external review filed");
    }

    private static void requireNotBefore(Optional<LocalDate> d, LocalDate first, String what) {
        if (d.isPresent() && d.get().isBefore(first)) {
            throw new IllegalArgumentException(what + " date " + d.get() + " is before the denial (" + first + ")");
        }
    }

    /**
     * Where a rule counts from the date on the notice. A denial phoned in before the letter's date is valid
     * notice, so the earlier day wins.
     */
    public ClockStart fromNotice() {
        if (receivedDate.isPresent() && receivedDate.get().isBefore(noticeDate)) {
            return new ClockStart(receivedDate.get(), "received before the date on the letter");
        }
        return new ClockStart(noticeDate, "the date on the notice");
    }

    /**
     * Where a rule counts from receipt: the day received when known; else the notice date plus the delivery
     * presumption the rule itself gives (Medicare's five days); else the notice date, which can only be earlier
     * than the true receipt and so is safe.
     */
    public ClockStart fromReceipt(int presumedDays) {
        if (receivedDate.isPresent()) {
            return new ClockStart(receivedDate.get(), "the day received");
        }
        if (presumedDays > 0) {
            return new ClockStart(noticeDate.plusDays(presumedDays),
                    "the notice date plus " + presumedDays + " days presumed for delivery");
        }
        return new ClockStart(noticeDate, "the notice date; date received not entered");
    }

    /** When the denial was received, for hour clocks: the time received, else the start of the clock's first day. */
    public LocalDateTime receivedMoment() {
        return receivedAt.orElse(fromNotice().date().atStartOfDay());
    }

    /**
     * The input for a case's current denial, or empty when the case lacks a plan type or any denial date.
     * A denial with only a date received uses it as the notice date too.
     */
    public static Optional<DeadlineInput> fromDenial(Optional<PlanType> plan, Optional<Denial> denial, ClockFacts facts) {
        if (plan.isEmpty() || denial.isEmpty()) {
            return Optional.empty();
        }
        Denial d = denial.get();
        Optional<LocalDate> notice = d.noticeDate().or(() -> d.receivedAt().map(LocalDateTime::toLocalDate));
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeadlineInput(plan.get(), d.denialType(), d.urgent(), notice.get(), Optional.empty(),
                d.receivedAt(), facts));
    }
}
