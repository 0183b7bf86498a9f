package org.overturn.domain.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * US federal holidays (5 U.S.C. 6103), computed for any year rather than listed, so the
 * next-business-day rule keeps working in years nobody typed in. Rules as in force since 1986
 * (Martin Luther King Jr. Day); Juneteenth from 2021. A holiday on a Saturday is observed the
 * Friday before, on a Sunday the Monday after; that is why New Year's Day can be observed on
 * December 31 of the year before.
 */
public final class UsFederalHolidays {

    /** One holiday: its name, its calendar date and the weekday on which it is observed. */
    public record Holiday(String name, LocalDate date, LocalDate observed) {}

    private UsFederalHolidays() {}

    /** The holidays whose calendar date falls in the year, in date order. */
    public static List<Holiday> forYear(int year) {
        List<Holiday> out = new ArrayList<>();
        fixed(out, "New Year's Day", LocalDate.of(year, Month.JANUARY, 1));
        if (year >= 1986) {
            floating(
                    out,
                    "Birthday of Martin Luther King, Jr.",
                    nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        }
        floating(out, "Washington's Birthday", nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        floating(
                out,
                "Memorial Day",
                LocalDate.of(year, Month.MAY, 1)
                        .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2021) {
            fixed(out, "Juneteenth National Independence Day", LocalDate.of(year, Month.JUNE, 19));
        }
        fixed(out, "Independence Day", LocalDate.of(year, Month.JULY, 4));
        floating(out, "Labor Day", nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        floating(out, "Columbus Day", nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        fixed(out, "Veterans Day", LocalDate.of(year, Month.NOVEMBER, 11));
        floating(out, "Thanksgiving Day", nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        fixed(out, "Christmas Day", LocalDate.of(year, Month.DECEMBER, 25));
        out.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(out);
    }

    /**
     * Whether federal offices are closed that day for a holiday (the observed day, not a weekend
     * date).
     */
    public static boolean isObservedHoliday(LocalDate day) {
        // Next year's New Year's Day may be observed on December 31 of this year.
        for (int y = day.getYear(); y <= day.getYear() + 1; y++) {
            for (Holiday h : forYear(y)) {
                if (h.observed().equals(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isObservedHoliday(day);
    }

    /** The day itself when it is a business day, else the next one. */
    public static LocalDate onOrNextBusinessDay(LocalDate day) {
        LocalDate d = day;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The business day that is {@code n} business days after {@code day} (n &gt;= 1). */
    public static LocalDate plusBusinessDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("business days must be at least 1");
        }
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static void fixed(List<Holiday> out, String name, LocalDate date) {
        LocalDate observed =
                switch (date.getDayOfWeek()) {
                    case SATURDAY -> date.minusDays(1);
                    case SUNDAY -> date.plusDays(1);
                    default -> date;
                };
        out.add(new Holiday(name, date, observed));
    }

    private static void floating(List<Holiday> out, String name, LocalDate date) {
        out.add(new Holiday(name, date, date));
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
