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
        return d == null ? "" : DISPLAY.format(d);
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
        return show(dt.toLocalDate()) + " " + TIME_DISPLAY.format(dt);
    }
}
