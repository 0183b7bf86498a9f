package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * What the deadline engine needs for one denial.
 *
 * @param noticeDate the date printed on the notice
 * @param receivedDate the day the denial reached the patient or provider, when known (a phone call
 *     counts)
 * @param receivedAt the moment it was received, when known; hour clocks count from it
 * @param coverage the approved care and the care refused, as far as the case records them
 */
public record DeadlineInput(
        PlanType planType,
        DenialType denialType,
        boolean urgent,
        LocalDate noticeDate,
        Optional<LocalDate> receivedDate,
        Optional<LocalDateTime> receivedAt,
        ClockFacts facts,
        Coverage coverage) {

    public DeadlineInput(
            PlanType planType,
            DenialType denialType,
            boolean urgent,
            LocalDate noticeDate,
            Optional<LocalDate> receivedDate,
            Optional<LocalDateTime> receivedAt,
            ClockFacts facts) {
        this(
                planType,
                denialType,
                urgent,
                noticeDate,
                receivedDate,
                receivedAt,
                facts,
                Coverage.none());
    }

    public DeadlineInput {
        if (planType == null || denialType == null || noticeDate == null) {
            throw new IllegalArgumentException(
                    "plan type, denial type and notice date are required");
        }
        if (urgent && denialType == DenialType.POST_SERVICE) {
            throw new IllegalArgumentException(
                    "a post-service claim cannot be urgent: expedited review is for care "
                            + "not yet given or still going on. Clear \"urgent\", or change the denial type");
        }
        coverage = coverage == null ? Coverage.none() : coverage;
        receivedDate = Text.opt(receivedDate);
        receivedAt = Text.opt(receivedAt);
        facts = facts == null ? ClockFacts.none() : facts;
        if (receivedAt.isPresent()) {
            LocalDate atDay = receivedAt.get().toLocalDate();
            if (receivedDate.isPresent() && !receivedDate.get().equals(atDay)) {
                throw new IllegalArgumentException(
                        "date received "
                                + receivedDate.get()
                                + " and time received "
                                + receivedAt.get()
                                + " disagree");
            }
            receivedDate = Optional.of(atDay);
        }
        LocalDate first = receivedDate.filter(r -> r.isBefore(noticeDate)).orElse(noticeDate);
        requireNotBefore(facts.appealFiled(), first, "appeal filed");
        requireNotBefore(facts.finalDenial(), first, "final denial");
        requireNotBefore(facts.externalReviewFiled(), first, "external review filed");
        if (coverage.authorizedFrom().isPresent()
                && facts.lastCoveredDay().isPresent()
                && facts.lastCoveredDay().get().isBefore(coverage.authorizedFrom().get())) {
            throw new IllegalArgumentException(
                    "the last covered day "
                            + facts.lastCoveredDay().get()
                            + " is before the authorization's first day ("
                            + coverage.authorizedFrom().get()
                            + ")");
        }
        if (facts.stateHearingDays().isPresent()) {
            int days = facts.stateHearingDays().get();
            if (planType == PlanType.MEDICAID_FFS && days > 90) {
                throw new IllegalArgumentException(
                        "a fee-for-service State fair hearing window is at most 90 days "
                                + "(42 CFR 431.221(d)), not "
                                + days);
            }
            if (planType == PlanType.MEDICAID_MCO && days < 90) {
                throw new IllegalArgumentException(
                        "a managed care State fair hearing window is 90 to 120 days from "
                                + "the plan's decision (42 CFR 438.408(f)(2)), not "
                                + days);
            }
        }
    }

    /**
     * The last day of care the plan still covers: the day entered on the clock, else
     * (continued-stay denial) the last day of the approved care.
     */
    public Optional<LocalDate> lastCovered() {
        if (facts.lastCoveredDay().isPresent()) {
            return facts.lastCoveredDay();
        }
        return denialType == DenialType.CONCURRENT
                ? coverage.authorizedThrough()
                : Optional.empty();
    }

    /**
     * The first day the denial leaves uncovered (the date of action): the effective date entered
     * from the notice, else the day after the last covered day, else the first day of the care
     * refused.
     */
    public Optional<LocalDate> dateOfAction() {
        return facts.actionEffective()
                .or(() -> facts.lastCoveredDay().map(d -> d.plusDays(1)))
                .or(coverage::firstDayRefused);
    }

    /**
     * Whether this continued-stay denial cuts short care the plan had approved (true), or refuses
     * days past the approved period (false: nothing approved is ended, so nothing continues); empty
     * when the case lacks the authorization's end or the date of action.
     */
    public Optional<Boolean> endsApprovedCourse() {
        if (denialType != DenialType.CONCURRENT) {
            return Optional.of(false);
        }
        Optional<LocalDate> action = dateOfAction();
        if (coverage.authorizedThrough().isEmpty() || action.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!action.get().isAfter(coverage.authorizedThrough().get()));
    }

    private static void requireNotBefore(Optional<LocalDate> d, LocalDate first, String what) {
        if (d.isPresent() && d.get().isBefore(first)) {
            throw new IllegalArgumentException(
                    what + " date " + d.get() + " is before the denial (" + first + ")");
        }
    }

    /**
     * Where a rule counts from the date on the notice. A denial phoned in before the letter's date
     * is valid notice, so the earlier day wins.
     */
    public ClockStart fromNotice() {
        if (receivedDate.isPresent() && receivedDate.get().isBefore(noticeDate)) {
            return new ClockStart(
                    receivedDate.get(), words().text("countedFrom.receivedBeforeLetter"));
        }
        return new ClockStart(noticeDate, words().text("countedFrom.noticeDate"));
    }

    /**
     * Where a rule counts from receipt: the day received when known; else the notice date plus the
     * delivery presumption the rule itself gives (Medicare's five days); else the notice date,
     * which can only be earlier than the true receipt and so is safe.
     */
    public ClockStart fromReceipt(int presumedDays) {
        if (receivedDate.isPresent()) {
            return new ClockStart(receivedDate.get(), words().text("countedFrom.received"));
        }
        if (presumedDays > 0) {
            return new ClockStart(
                    noticeDate.plusDays(presumedDays),
                    words().fill("countedFrom.presumedDelivery", "days", presumedDays));
        }
        return new ClockStart(noticeDate, words().text("countedFrom.noticeDateNotReceived"));
    }

    private static Wording words() {
        return Wording.of("deadlines");
    }

    /**
     * When the denial was received, for hour clocks: the time received, else the start of the
     * clock's first day.
     */
    public LocalDateTime receivedMoment() {
        return receivedAt.orElse(fromNotice().date().atStartOfDay());
    }

    /**
     * The input for a case's current denial, or empty when the case lacks a plan type or any denial
     * date. A denial with only a date received uses it as the notice date too.
     */
    public static Optional<DeadlineInput> fromDenial(
            Optional<PlanType> plan, Optional<Denial> denial, ClockFacts facts) {
        return fromDenial(plan, denial, facts, Coverage.none());
    }

    /**
     * As above, with what the case records of the approved care; the first day refused comes from
     * the denial.
     */
    public static Optional<DeadlineInput> fromDenial(
            Optional<PlanType> plan, Optional<Denial> denial, ClockFacts facts, Coverage coverage) {
        if (plan.isEmpty() || denial.isEmpty()) {
            return Optional.empty();
        }
        Denial d = denial.get();
        Optional<LocalDate> notice =
                d.noticeDate().or(() -> d.receivedAt().map(LocalDateTime::toLocalDate));
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        Coverage c =
                new Coverage(
                        coverage.authorizedFrom(),
                        coverage.authorizedThrough(),
                        d.startDateRequested(),
                        coverage.issuedState());
        return Optional.of(
                new DeadlineInput(
                        plan.get(),
                        d.denialType(),
                        d.urgent(),
                        notice.get(),
                        Optional.empty(),
                        d.receivedAt(),
                        facts,
                        c));
    }
}
