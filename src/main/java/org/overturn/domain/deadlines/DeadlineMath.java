package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Date arithmetic the rules share. Counts are calendar days unless a method says otherwise. */
public final class DeadlineMath {

    private DeadlineMath() {}

    /**
     * The same day of the month {@code months} later; when that month is too short (31 October + 4
     * months), the first day of the month after it, as the external review rule says ("the first
     * day of the fifth month").
     */
    public static LocalDate monthsLaterOrFirstOfNext(LocalDate start, int months) {
        LocalDate target = start.plusMonths(months);
        if (target.getDayOfMonth() != start.getDayOfMonth()) {
            return target.plusMonths(1).withDayOfMonth(1);
        }
        return target;
    }

    /**
     * The same day of the month {@code months} later, or the month's last day when it is too short
     * (31 August + 6 months = 28 or 29 February). Used where a rule gives no month-end convention:
     * the earlier date is the safe one to file by.
     */
    public static LocalDate monthsLaterClamped(LocalDate start, int months) {
        return start.plusMonths(months);
    }

    /**
     * {@code hours} elapsed hours after a wall-clock time in the zone, as a wall-clock time again.
     * Counting on the time line rather than on the wall clock keeps 72 hours at 72 across a
     * daylight-saving change.
     */
    public static LocalDateTime hoursLater(LocalDateTime start, long hours, ZoneId zone) {
        ZonedDateTime z = ZonedDateTime.of(start, zone).plusHours(hours);
        return z.withZoneSameInstant(zone).toLocalDateTime();
    }
}
