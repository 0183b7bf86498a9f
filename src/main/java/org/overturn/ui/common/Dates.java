package org.overturn.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as clinicians in the US type them (MM/DD/YYYY), also accepting ISO (YYYY-MM-DD). Parsing is
 * strict, so an impossible date such as 02/30/2026 is refused rather than rolled over.
 */
public final class Dates {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter US =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter TIME_DISPLAY = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {}

    public static String show(LocalDate d) {
        if (d == null) {
            return "";
        }
        // By hand for the years every real date has: the Cases list shows one or two per row.
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            return DISPLAY.format(d);
        }
        char[] c = new char[10];
        two(c, 0, d.getMonthValue());
        c[2] = '/';
        two(c, 3, d.getDayOfMonth());
        c[5] = '/';
        two(c, 6, y / 100);
        two(c, 8, y % 100);
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    public static String show(Optional<LocalDate> d) {
        return d.map(Dates::show).orElse("");
    }

    /** Empty text is "no date"; anything else must be a real date. */
    public static ParseResult<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.empty();
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {US, ISO}) {
            try {
                return ParseResult.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return ParseResult.error(Messages.format("validation.date", t));
    }

    public static ParseResult<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.empty();
        }
        try {
            return ParseResult.of(LocalTime.parse(t, TIME));
        } catch (DateTimeParseException e) {
            return ParseResult.error(Messages.format("validation.time", t));
        }
    }

    public static String showDateTime(LocalDateTime dt) {
        char[] t = new char[5];
        two(t, 0, dt.getHour());
        t[2] = ':';
        two(t, 3, dt.getMinute());
        return show(dt.toLocalDate()) + " " + new String(t);
    }
}
