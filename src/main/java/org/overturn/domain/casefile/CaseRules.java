package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.Denial;

/**
 * Checks that need today's date, so they can't live in the record constructors: the same rules
 * guard the screens (at the field) and the importer (before anything is written).
 */
public final class CaseRules {

    /** Nobody in care was born before this. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private CaseRules() {}

    private static final DateTimeFormatter US =
            DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);

    /** Dates in these messages read as on every screen: MM/DD/YYYY, never ISO. */
    private static String us(LocalDate d) {
        return US.format(d);
    }

    public static Optional<String> checkDateOfBirth(LocalDate dob, LocalDate today) {
        if (dob.isAfter(today)) {
            return Optional.of("Date of birth " + us(dob) + " is in the future.");
        }
        if (dob.isBefore(EARLIEST_BIRTH)) {
            return Optional.of(
                    "Date of birth " + us(dob) + " is before " + us(EARLIEST_BIRTH) + ".");
        }
        return Optional.empty();
    }

    public static Optional<String> checkReceived(LocalDateTime received, LocalDateTime now) {
        if (received.isAfter(now)) {
            return Optional.of(
                    "Date received " + us(received.toLocalDate()) + " is in the future.");
        }
        return Optional.empty();
    }

    public static Optional<String> checkNoticeDate(LocalDate notice, LocalDate today) {
        if (notice.isAfter(today.plusYears(1))) {
            return Optional.of("Notice date " + us(notice) + " is more than a year ahead.");
        }
        if (notice.isBefore(LocalDate.of(2000, 1, 1))) {
            return Optional.of("Notice date " + us(notice) + " is before 2000.");
        }
        return Optional.empty();
    }

    /**
     * A day of care requested or authorized: at most a year ahead (care is asked for and approved
     * weeks ahead, not years; a later date is a mistyped year, and it would put the case's
     * deadlines out of reach).
     */
    public static Optional<String> checkServiceDate(LocalDate day, LocalDate today) {
        if (day.isAfter(today.plusYears(1))) {
            return Optional.of("Date of service " + us(day) + " is more than a year ahead.");
        }
        return Optional.empty();
    }

    /** Every problem in the case, each naming where it is; empty when the case is fine. */
    public static List<String> problems(CaseFile c, LocalDateTime now) {
        List<String> out = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        c.patient()
                .dateOfBirth()
                .flatMap(d -> checkDateOfBirth(d, today))
                .ifPresent(m -> out.add("patient.dateOfBirth: " + m));
        for (int i = 0; i < c.denials().size(); i++) {
            Denial d = c.denials().get(i);
            String at = "denials[" + i + "].";
            d.receivedAt()
                    .flatMap(r -> checkReceived(r, now))
                    .ifPresent(m -> out.add(at + "receivedAt: " + m));
            d.noticeDate()
                    .flatMap(n -> checkNoticeDate(n, today))
                    .ifPresent(m -> out.add(at + "noticeDate: " + m));
            d.startDateRequested()
                    .flatMap(s -> checkServiceDate(s, today))
                    .ifPresent(m -> out.add(at + "startDateRequested: " + m));
            d.endDateRequested()
                    .flatMap(e -> checkServiceDate(e, today))
                    .ifPresent(m -> out.add(at + "endDateRequested: " + m));
        }
        for (int i = 0; i < c.authorizations().size(); i++) {
            var a = c.authorizations().get(i);
            String at = "authorizations[" + i + "].";
            checkServiceDate(a.firstDay(), today).ifPresent(m -> out.add(at + "firstDay: " + m));
            checkServiceDate(a.lastDay(), today).ifPresent(m -> out.add(at + "lastDay: " + m));
        }
        return out;
    }
}
