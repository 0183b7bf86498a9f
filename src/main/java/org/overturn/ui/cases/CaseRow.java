package org.overturn.ui.cases;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
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

    /**
     * Overdue first, then the nearest deadline, cases with none last (as {@code
     * ClockSummary.BY_URGENCY}).
     */
    public static final Comparator<CaseRow> BY_URGENCY = CaseRow::byUrgency;

    /**
     * One method rather than a chain of key extractors: a list of 10,000 rows sorts in the first
     * loads of a session, before the JIT has compiled such a chain's lambdas.
     */
    private static int byUrgency(CaseRow a, CaseRow b) {
        int c = Integer.compare(a.urgencyGroup, b.urgencyGroup);
        if (c != 0) {
            return c;
        }
        c = a.dueMoment.compareTo(b.dueMoment);
        return c != 0 ? c : Long.compare(b.id(), a.id());
    }

    public static CaseRow of(CaseSummary s, LocalDateTime now) {
        return of(s, now, new HashMap<>());
    }

    /**
     * The rows of a whole list. Payers, labels and deadline names repeat from row to row, so each
     * distinct text is folded for the search key once per list.
     */
    public static List<CaseRow> all(List<CaseSummary> summaries, LocalDateTime now) {
        Map<String, String> folded = new HashMap<>();
        List<CaseRow> out = new ArrayList<>(summaries.size());
        for (CaseSummary s : summaries) {
            out.add(of(s, now, folded));
        }
        return out;
    }

    private static CaseRow of(CaseSummary s, LocalDateTime now, Map<String, String> folded) {
        String plan = s.planType().map(Messages::label).orElse("");
        String level = s.levelOfCare().map(Messages::label).orElse("");
        String status = Messages.label(s.status());
        String denial = Dates.show(s.denialDate());
        Urgency urgency = Urgency.NONE;
        String left = "";
        String due = "";
        String deadline = "";
        int group = 2;
        LocalDateTime moment = LocalDateTime.MAX;
        if (s.nextDeadline().isPresent()) {
            // The Overview clock's own rules, so "overdue", "due soon" and the time left agree.
            NextDeadline n = s.nextDeadline().get();
            urgency = CaseClock.urgency(n.dueDate(), n.dueAt(), now);
            left = CaseClock.timeLeft(n.dueDate(), n.dueAt(), now);
            due =
                    n.dueAt().isPresent()
                            ? Dates.showDateTime(n.dueAt().get())
                            : Dates.show(n.dueDate());
            deadline = n.label();
            // Worked out once, so sorting 10,000 rows compares plain values.
            group = urgency == Urgency.OVERDUE ? 0 : 1;
            moment = n.lastMoment();
        }
        StringBuilder key = new StringBuilder(128);
        key.append(s.id()).append('\u0000');
        appendFolded(key, s.patientName());
        for (String repeated :
                new String[] {
                    s.payerName(),
                    plan,
                    level,
                    status,
                    denial,
                    s.planType().map(PlanType::id).orElse(""),
                    deadline
                }) {
            key.append('\u0000').append(folded.computeIfAbsent(repeated, CaseRow::fold));
        }
        return new CaseRow(
                s, plan, level, status, denial, key.toString(), urgency, left, due, group, moment);
    }

    // Written out rather than generated: a record's generated equals is linked through
    // invokedynamic on its first call, which the Cases table makes while the first window is
    // built (issue 15). Same meaning: equal when every component is.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CaseRow r
                && summary.id() == r.summary.id()
                && urgencyGroup == r.urgencyGroup
                && urgency == r.urgency
                && searchKey.equals(r.searchKey)
                && planType.equals(r.planType)
                && levelOfCare.equals(r.levelOfCare)
                && status.equals(r.status)
                && denialDate.equals(r.denialDate)
                && timeLeft.equals(r.timeLeft)
                && deadlineDue.equals(r.deadlineDue)
                && dueMoment.equals(r.dueMoment)
                && summary.equals(r.summary);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(summary.id()) * 31 + searchKey.hashCode();
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
        StringBuilder out = new StringBuilder(s.length());
        appendFolded(out, s);
        return out.toString();
    }

    /**
     * Appends {@link #fold}'s result. Plain ASCII, most of a list's text, is lowered by hand, as
     * listing 10,000 cases folds eight texts per row; anything else takes the Unicode route.
     */
    static void appendFolded(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                out.append(foldUnicode(s));
                return;
            }
        }
        out.append(s.toLowerCase(Locale.ROOT));
    }

    /** Decomposed, marks dropped, the letters with a stroke mapped, then lower case. */
    private static String foldUnicode(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            b.appendCodePoint(
                    switch (cp) {
                        case 'ł' -> 'l';
                        case 'Ł' -> 'L';
                        case 'ø' -> 'o';
                        case 'Ø' -> 'O';
                        case 'đ' -> 'd';
                        case 'Đ' -> 'D';
                        default -> cp;
                    });
        }
        return b.toString().toLowerCase(Locale.ROOT);
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
