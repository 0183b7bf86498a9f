package org.overturn.export.ics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.export.AtomicFile;

/**
 * Exports a case's deadlines as an .ics file for the clinician's own calendar. Calendars sync to
 * the cloud, so by default an event names the case only by its number and the patient's initials:
 * never the full name or the diagnosis. The file is written to a temporary file and moved into
 * place, so a failure leaves no half file.
 */
public final class DeadlineCalendarExporter {

    /**
     * @param includeFullName put the patient's full name in events (off by default; the user must
     *     ask)
     */
    public record Options(boolean includeFullName) {
        public static Options privateByDefault() {
            return new Options(false);
        }
    }

    private final Clock clock;

    /**
     * @param clock gives DTSTAMP and the zone in which hour-clock deadlines are read
     */
    public DeadlineCalendarExporter(Clock clock) {
        this.clock = clock;
    }

    public List<CalendarEvent> events(CaseFile c, DeadlineSchedule s, Options options) {
        String caseNo = c.id().map(String::valueOf).orElse("unsaved");
        String who = options.includeFullName() ? c.patient().name() : c.patient().initials();
        ZoneId zone = clock.getZone();
        List<CalendarEvent> out = new ArrayList<>();
        for (Deadline d : s.deadlines()) {
            String summary = "Case " + caseNo + " (" + who + "): " + d.label();
            String description =
                    d.label()
                            + ", due "
                            + d.dueText()
                            + ".\n"
                            + d.rule()
                            + (d.note().isEmpty() ? "" : "\n" + d.note())
                            + d.citationId().map(id -> "\nCitation: " + id).orElse("")
                            + "\n"
                            + d.guarantee().explanation()
                            + "\nA peer-to-peer call does not pause any appeal deadline.";
            out.add(
                    new CalendarEvent(
                            "overturn-case-" + caseNo + "-" + d.id().id() + "@overturn.local",
                            summary,
                            description,
                            d.dueDate(),
                            d.dueAt().map(t -> t.atZone(zone).toInstant())));
        }
        return out;
    }

    public String render(CaseFile c, DeadlineSchedule s, Options options) {
        return IcsWriter.render(events(c, s, options), clock.instant());
    }

    /** Writes the calendar to {@code target}, replacing it only once the new file is complete. */
    public void export(CaseFile c, DeadlineSchedule s, Options options, Path target)
            throws IOException {
        AtomicFile.write(render(c, s, options).getBytes(StandardCharsets.UTF_8), target);
    }
}
