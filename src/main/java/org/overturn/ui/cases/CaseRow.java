package org.overturn.ui.cases;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.Guarantee;
import org.overturn.domain.deadlines.Party;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * One row of the Cases table, with its display texts and search key worked out once. How pressing
 * the next deadline is, and the time left, are read from its stored due moment when the list is
 * loaded.
 */
public record CaseRow(
        CaseSummary summary,
        String planType,
        String levelOfCare,
        String status,
        String denialDate,
        String searchKey,
        Urgency urgency,
        String timeLeft,
        String deadlineDue,
        int urgencyGroup,
        LocalDateTime dueMoment) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Overdue first, then the nearest deadline, cases with none last (as {@code
     * ClockSummary.BY_URGENCY}).
     */
    public static final Comparator<CaseRow> BY_URGENCY =
            Comparator.comparingInt(CaseRow::urgencyGroup)
                    .thenComparing(CaseRow::dueMoment)
                    .thenComparing(Comparator.comparingLong(CaseRow::id).reversed());

    public static CaseRow of(CaseSummary s, LocalDateTime now) {
        String plan = s.planType().map(Messages::label).orElse("");
        String level = s.levelOfCare().map(Messages::label).orElse("");
        String status = Messages.label(s.status());
        String denial = Dates.show(s.denialDate());
        Urgency urgency = Urgency.NONE;
        String left = "";
        String due = "";
        if (s.nextDeadline().isPresent()) {
            NextDeadline n = s.nextDeadline().get();
            Deadline d = asDeadline(n);
            urgency = CaseClock.urgency(d, now);
            left = CaseClock.timeLeft(d, now);
            due = n.dueAt().map(Dates::showDateTime).orElse(Dates.show(n.dueDate()));
        }
        String key =
                fold(
                        String.join(
                                "\u0000",
                                String.valueOf(s.id()),
                                s.patientName(),
                                s.payerName(),
                                plan,
                                level,
                                status,
                                denial,
                                s.planType().map(p -> p.id()).orElse(""),
                                s.nextDeadline().map(NextDeadline::label).orElse("")));
        // Worked out once, so sorting 10,000 rows compares plain values.
        int group = urgency == Urgency.OVERDUE ? 0 : s.nextDeadline().isPresent() ? 1 : 2;
        LocalDateTime moment =
                s.nextDeadline().map(NextDeadline::lastMoment).orElse(LocalDateTime.MAX);
        return new CaseRow(s, plan, level, status, denial, key, urgency, left, due, group, moment);
    }

    /**
     * The stored deadline as the clock's own type, so "overdue", "due soon" and the time left
     * follow exactly the rules of the Overview clock. Only the due moment matters to those rules.
     */
    private static Deadline asDeadline(NextDeadline n) {
        DeadlineId id =
                HasId.find(DeadlineId.class, n.deadlineId()).orElse(DeadlineId.APPEAL_FILE_BY);
        return new Deadline(
                id,
                n.label(),
                n.dueDate(),
                n.dueAt(),
                n.label(),
                Optional.empty(),
                Guarantee.EXACT,
                Party.YOU,
                "");
    }

    public long id() {
        return summary.id();
    }

    public String patient() {
        return summary.patientName();
    }

    public String payer() {
        return summary.payerName();
    }

    public Optional<NextDeadline> nextDeadline() {
        return summary.nextDeadline();
    }

    /** Overdue, or due within seven days: the "due soon" strip shows it. */
    public boolean dueSoon() {
        return urgency == Urgency.OVERDUE || urgency == Urgency.DUE_SOON;
    }

    /** "File the internal appeal · 03/14/2027", or "" when the case has no open deadline. */
    public String deadlineText() {
        return nextDeadline()
                .map(n -> Messages.format("cases.deadline", n.label(), deadlineDue))
                .orElse("");
    }

    /** Lower case without accents, so "nguyen" finds "Nguyễn" and "zolc" finds "Żółć". */
    public static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return d.replace('ł', 'l')
                .replace('Ł', 'L')
                .replace('ø', 'o')
                .replace('Ø', 'O')
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    public boolean matches(String[] foldedTerms) {
        for (String t : foldedTerms) {
            if (!searchKey.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
