package org.overturn.export.ics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders events as iCalendar text (RFC 5545): CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, a UID and DTSTAMP on every event.
 */
public final class IcsWriter {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsWriter() {}

    /** The whole calendar; {@code stamp} is the DTSTAMP (when the file was made). */
    public static String render(List<CalendarEvent> events, Instant stamp) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Overturn//Case deadlines//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        for (CalendarEvent e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + escape(e.uid()));
            line(sb, "DTSTAMP:" + UTC.format(stamp));
            if (e.at().isPresent()) {
                // A deadline is a moment; a half-hour block ending at it shows up where calendars
                // look.
                line(sb, "DTSTART:" + UTC.format(e.at().get().minusSeconds(30 * 60)));
                line(sb, "DTEND:" + UTC.format(e.at().get()));
            } else {
                line(sb, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(sb, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            }
            line(sb, "SUMMARY:" + escape(e.summary()));
            if (!e.description().isEmpty()) {
                line(sb, "DESCRIPTION:" + escape(e.description()));
            }
            line(sb, "TRANSP:TRANSPARENT");
            line(sb, "BEGIN:VALARM");
            line(sb, "ACTION:DISPLAY");
            line(sb, "DESCRIPTION:" + escape(e.summary()));
            line(sb, "TRIGGER:" + (e.at().isPresent() ? "-PT24H" : "-P2D"));
            line(sb, "END:VALARM");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: continuation lines start with one space. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                sb.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        sb.append(CRLF);
    }
}
