package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.wording.Wording;

/**
 * Collects the deadlines and notes one plan's rules produce, with the helpers several plans share.
 */
final class ScheduleBuilder {

    private static final Wording WORDS = Wording.of("deadlines");

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
            Optional<LocalTime> time,
            int hours,
            int extraDays,
            String rule,
            String citation,
            Party owner,
            String note) {
        String ext =
                extraDays > 0
                        ? " " + WORDS.fill("expedited.extensionTaken", "days", extraDays)
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
                            + " "
                            + WORDS.fill(
                                    "expedited.countedFromTime", "filed", filed, "time", time.get())
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
                    rule + " " + WORDS.fill("expedited.countedInDays", "filed", filed) + ext,
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
                                            ? WORDS.text("lastCovered.from.clock")
                                            : WORDS.text("lastCovered.from.approvedCare");
                            // The payer is named by plan type.
                            String rule =
                                    switch (in.planType()) {
                                        case MEDICAID_FFS ->
                                                WORDS.fill(
                                                        "lastCovered.rule.medicaid",
                                                        "last",
                                                        last,
                                                        "from",
                                                        from);
                                        case MEDICARE_ORIGINAL ->
                                                WORDS.fill(
                                                        "lastCovered.rule.medicare",
                                                        "last",
                                                        last,
                                                        "from",
                                                        from);
                                        default ->
                                                WORDS.fill(
                                                        "lastCovered.rule.plan",
                                                        "last",
                                                        last,
                                                        "from",
                                                        from);
                                    };
                            // The quick route where care must go on is the plan type's own:
                            // fee-for-service Medicaid has no plan
                            // appeal, only the fair hearing; Original Medicare's redetermination
                            // has no expedited form for this care.
                            String route =
                                    switch (in.planType()) {
                                        case MEDICAID_FFS ->
                                                WORDS.text("lastCovered.route.medicaidFfs");
                                        case MEDICARE_ORIGINAL ->
                                                WORDS.text("lastCovered.route.medicareOriginal");
                                        case MEDICARE_ADVANTAGE, TRICARE ->
                                                WORDS.text("lastCovered.route.reconsideration");
                                        default -> WORDS.text("lastCovered.route.appeal");
                                    };
                            day(
                                    DeadlineId.LAST_COVERED_DAY,
                                    WORDS.text("lastCovered.label"),
                                    last,
                                    rule,
                                    null,
                                    Guarantee.EXACT,
                                    Party.PLAN,
                                    "");
                            ifMissed(
                                    WORDS.fill(
                                                    "lastCovered.ifMissed",
                                                    "firstUnpaid",
                                                    last.plusDays(1))
                                            + " "
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
            Optional<LocalTime> time,
            int urgentHours,
            int days,
            String rule,
            String citation,
            Guarantee g,
            Party owner,
            String note) {
        if (filed.isEmpty()) {
            note(
                    id == DeadlineId.APPEAL_DECISION_DUE
                            ? WORDS.fill("decision.enterFiled.appeal", "label", label)
                            : WORDS.fill("decision.enterFiled.request", "label", label));
            return;
        }
        if (in.urgent() && urgentHours > 0) {
            String r = rule + " " + WORDS.fill("decision.expedited", "hours", urgentHours);
            if (time.isPresent()) {
                timed(
                        id,
                        label,
                        hoursLater(filed.get().atTime(time.get()), urgentHours),
                        r
                                + " "
                                + WORDS.fill(
                                        "decision.countedFromTime",
                                        "filed",
                                        filed.get(),
                                        "time",
                                        time.get()),
                        citation,
                        g,
                        owner,
                        note);
            } else {
                day(
                        id,
                        label,
                        filed.get().plusDays(urgentHours / 24),
                        r + " " + WORDS.fill("decision.countedInDays", "filed", filed.get()),
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
                rule + " " + WORDS.fill("decision.within", "days", days, "filed", filed.get()),
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
                                    w.unit() == PeerToPeerWindow.Unit.HOURS
                                            ? WORDS.fill("p2p.rule.hours", "amount", w.amount())
                                            : WORDS.fill("p2p.rule.days", "amount", w.amount());
                            String note = WORDS.text("p2p.note");
                            if (w.unit() == PeerToPeerWindow.Unit.HOURS) {
                                LocalDateTime start = in.receivedMoment();
                                timed(
                                        DeadlineId.P2P_REQUEST_BY,
                                        DeadlineId.P2P_REQUEST_BY.label(),
                                        hoursLater(start, w.amount()),
                                        rule
                                                + " "
                                                + WORDS.fill(
                                                        in.receivedAt().isPresent()
                                                                ? "p2p.countedFrom.received"
                                                                : "p2p.countedFrom.startOfDay",
                                                        "date",
                                                        start.toLocalDate(),
                                                        "time",
                                                        start.toLocalTime()),
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
                                        rule + " " + WORDS.fill("countedFrom.sentence", "start", s),
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
            all.add(WORDS.text("clock.p2pPausesNothing"));
        }
        all.addAll(notes);
        return new DeadlineSchedule(deadlines, all, notComputed);
    }
}
