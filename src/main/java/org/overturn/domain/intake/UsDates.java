package org.overturn.domain.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates as US letters write them: 11/20/2026, 11-20-26, November 20, 2026, Nov. 20, 2026,
 * 2026-11-20.
 */
final class UsDates {

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    /**
     * One date, in any of the forms; groups: 1-3 numeric m/d/y, 4-6 ISO y-m-d, 7-9 named month d y.
     */
    static final String DATE =
            "(?:\\b(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})\\b"
                    + "|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"
                    + "|\\b"
                    + MONTH
                    + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b)";

    private UsDates() {}

    /**
     * The date the match's groups spell, from group {@code first} on (the groups of {@link #DATE}).
     */
    static Optional<LocalDate> parse(Matcher m, int first) {
        try {
            if (m.group(first) != null) {
                return Optional.of(
                        LocalDate.of(
                                year(m.group(first + 2)),
                                Integer.parseInt(m.group(first)),
                                Integer.parseInt(m.group(first + 1))));
            }
            if (m.group(first + 3) != null) {
                return Optional.of(
                        LocalDate.of(
                                Integer.parseInt(m.group(first + 3)),
                                Integer.parseInt(m.group(first + 4)),
                                Integer.parseInt(m.group(first + 5))));
            }
            if (m.group(first + 6) != null) {
                return Optional.of(
                        LocalDate.of(
                                Integer.parseInt(m.group(first + 8)),
                                month(m.group(first + 6)),
                                Integer.parseInt(m.group(first + 7))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Two-digit years: 00–50 are this century, 51–99 the last (birth years). */
    private static int year(String y) {
        int n = Integer.parseInt(y);
        if (y.length() == 4) {
            return n;
        }
        return n <= 50 ? 2000 + n : 1900 + n;
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
