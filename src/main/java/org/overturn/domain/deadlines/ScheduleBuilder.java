package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the deadlines and notes one plan's rules produce, with the helpers several plans share.
 */
final class ScheduleBuilder {

    private final ZoneId zone;
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ScheduleBuilder(ZoneId zone) {
        this.zone = zone;
    }

    void day(
            DeadlineId id,
            String label,
            LocalDate due,
            String rule,
            String citation,
            Guarantee g,
            Party owner,
            String note) {
        deadlines.add(
                new Deadline(
                        id,
                        label,
                        due,
                        Optional.empty(),
                        rule,
                        Optional.ofNullable(citation),
                        g,
                        owner,
                        note));
    }

    void timed(
            DeadlineId id,
            String label,
            LocalDateTime due,
            String rule,
            String citation,
            Guarantee g,
            Party owner,
            String note) {
        deadlines.add(
                new Deadline(
                        id,
                        label,
                        due.toLocalDate(),
                        Optional.of(due),
                        rule,
                        Optional.ofNullable(citation),
                        g,
                        owner,
                        note));
    }

    void note(String text) {
        notes.add(text);
    }

    /**
     * Says what is still possible once the deadline just added has passed (its own consequence, not
     * the id's).
     */
    void ifMissed(String text) {
        Deadline d = deadlines.remove(deadlines.size() - 1);
        deadlines.add(
                new Deadline(
                        d.id(),
                        d.label(),
                        d.dueDate(),
                        d.dueAt(),
                        d.rule(),
                        d.citationId(),
                        d.guarantee(),
                        d.owner(),
                        d.note(),
                        text));
    }

    /**
     * The hour clock of an expedited decision once the request is filed: {@code hours} after the
     * filing time, or, with only the filing day known, the end of the day {@code hours / 24} days
     * later (the latest the clock can run to). {@code extraDays} is an extension the plan has
     * taken, added to the clock.
     */
    void expeditedDecision(
            String label,
            LocalDate filed,
            Optional<java.time.LocalTime> time,
            int hours,
            int extraDays,
            String rule,
            String citation,
            Party owner,
            String note) {
        String ext =
                extraDays > 0
                        ? " The plan took its extension of up to "
                                + extraDays
                                + " days, added here."
                        : "";
        if (time.isPresent()) {
            LocalDateTime due = hoursLater(filed.atTime(time.get()), hours);
            if (extraDays > 0) {
                due = DeadlineMath.hoursLater(due, extraDays * 24L, zone);
            }
            timed(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    label,
                    due,
                    rule
                            + " Counted from "
                            + filed
                            + " "
                            + time.get()
                            + ", when it was filed."
                            + ext,
                    citation,
                    Guarantee.EXACT,
                    owner,
                    note);
        } else {
            day(
                    DeadlineId.EXPEDITED_DECISION_DUE,
                    label,
                    filed.plusDays(hours / 24 + extraDays),
                    rule
                            + " Counted in whole days from "
                            + filed
                            + ", the day filed; enter the time filed for the "
                            + "exact hour."
                            + ext,
                    citation,
                    Guarantee.EXACT,
                    owner,
                    note);
        }
    }

    /**
     * The last day the plan covers, shown for every plan type once the case holds it (from the
     * clock or the approved care), passed or not.
     */
    void lastCoveredDay(DeadlineInput in) {
        in.lastCovered()
                .ifPresent(
                        last -> {
                            String from =
                                    in.facts().lastCoveredDay().isPresent()
                                            ? "the last covered day entered on the clock"
                                            : "the last day of the approved care";
                            String payer =
                                    switch (in.planType()) {
                                        case MEDICAID_FFS -> "Medicaid";
                                        case MEDICARE_ORIGINAL -> "Medicare";
                                        default -> "The plan";
                                    };
                            // The quick route where care must go on is the plan type's own:
                            // fee-for-service Medicaid has no plan
                            // appeal, only the fair hearing; Original Medicare's redetermination
                            // has no expedited form for this care.
                            String route =
                                    switch (in.planType()) {
                                        case MEDICAID_FFS ->
                                                " Ask for an expedited fair hearing if care must go on, and tell the patient what "
                                                        + "the cost may be.";
                                        case MEDICARE_ORIGINAL ->
                                                " Ask for a redetermination, and tell the patient what the cost may be.";
                                        case MEDICARE_ADVANTAGE, TRICARE ->
                                                " Ask for an expedited reconsideration if care must go on, and "
                                                        + "tell the patient what the cost may be.";
                                        default ->
                                                " Ask for an expedited appeal if care must go on, and tell the patient what the cost may "
                                                        + "be.";
                                    };
                            day(
                                    DeadlineId.LAST_COVERED_DAY,
                                    "Last covered day",
                                    last,
                                    payer
                                            + " covers care through "
                                            + last
                                            + " ("
                                            + from
                                            + "). Care after it is unpaid unless "
                                            + (payer.equals("The plan") ? "the plan" : payer)
                                            + " approves more or the denial is reversed.",
                                    null,
                                    Guarantee.EXACT,
                                    Party.PLAN,
                                    "");
                            ifMissed(
                                    "Care from "
                                            + last.plusDays(1)
                                            + " on is unpaid unless the denial is reversed."
                                            + route);
                        });
    }

    LocalDateTime hoursLater(LocalDateTime start, int hours) {
        return DeadlineMath.hoursLater(start, hours, zone);
    }

    /**
     * A decision the plan owes once the appeal is filed: {@code urgentHours} after filing when
     * urgent (to the hour when the filing time is known, else counted as whole days from the filing
     * day), else {@code days} days.
     */
    void decisionAfterFiling(
            DeadlineId id,
            String label,
            DeadlineInput in,
            Optional<LocalDate> filed,
            Optional<java.time.LocalTime> time,
            int urgentHours,
            int days,
            String rule,
            String citation,
            Guarantee g,
            Party owner,
            String note) {
        if (filed.isEmpty()) {
            note(
                    label
                            + ": enter the date the "
                            + (id == DeadlineId.APPEAL_DECISION_DUE ? "appeal" : "request")
                            + " was filed to see when the decision is due.");
            return;
        }
        if (in.urgent() && urgentHours > 0) {
            String r = rule + " Expedited: within " + urgentHours + " hours of receiving it.";
            if (time.isPresent()) {
                timed(
                        id,
                        label,
                        hoursLater(filed.get().atTime(time.get()), urgentHours),
                        r + " Counted from " + filed.get() + " " + time.get() + ".",
                        citation,
                        g,
                        owner,
                        note);
            } else {
                day(
                        id,
                        label,
                        filed.get().plusDays(urgentHours / 24),
                        r
                                + " Counted in whole days from "
                                + filed.get()
                                + "; enter the time filed for the exact hour.",
                        citation,
                        g,
                        owner,
                        note);
            }
            return;
        }
        day(
                id,
                label,
                filed.get().plusDays(days),
                rule
                        + " Within "
                        + days
                        + " days of receiving it; counted from "
                        + filed.get()
                        + ", the day filed.",
                citation,
                g,
                owner,
                note);
    }

    /**
     * The plan's own peer-to-peer window, when the clinician entered one. No law sets it, so no
     * citation.
     */
    void peerToPeer(DeadlineInput in) {
        in.facts()
                .p2pWindow()
                .ifPresent(
                        w -> {
                            String rule =
                                    "The plan's own window for asking for a peer-to-peer call: "
                                            + w.amount()
                                            + " "
                                            + w.unit().name().toLowerCase()
                                            + " after the denial.";
                            String note =
                                    "Set by the plan, not by law. A peer-to-peer call pauses no appeal deadline.";
                            if (w.unit() == PeerToPeerWindow.Unit.HOURS) {
                                LocalDateTime start = in.receivedMoment();
                                timed(
                                        DeadlineId.P2P_REQUEST_BY,
                                        DeadlineId.P2P_REQUEST_BY.label(),
                                        hoursLater(start, w.amount()),
                                        rule
                                                + " Counted from "
                                                + start.toLocalDate()
                                                + " "
                                                + start.toLocalTime()
                                                + (in.receivedAt().isPresent()
                                                        ? ", when it was received."
                                                        : ", the start of the day (time received not entered)."),
                                        null,
                                        Guarantee.EXACT,
                                        Party.YOU,
                                        note);
                            } else {
                                ClockStart s = in.fromNotice();
                                day(
                                        DeadlineId.P2P_REQUEST_BY,
                                        DeadlineId.P2P_REQUEST_BY.label(),
                                        s.date().plusDays(w.amount()),
                                        rule + " Counted from " + s + ".",
                                        null,
                                        Guarantee.EXACT,
                                        Party.YOU,
                                        note);
                            }
                        });
    }

    DeadlineSchedule build(Optional<String> notComputed) {
        List<String> all = new ArrayList<>();
        if (!deadlines.isEmpty()) {
            all.add("A peer-to-peer call pauses none of these deadlines.");
        }
        all.addAll(notes);
        return new DeadlineSchedule(deadlines, all, notComputed);
    }
}
