package org.overturn.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.domain.deadlines.PeerToPeerWindow;

class DeadlineCalendarExporterTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-07T15:00:00Z"), NY);
    private final DeadlineCalendarExporter exporter = new DeadlineCalendarExporter(CLOCK);

    private static CaseFile patientCase() {
        return CaseFile.newCase(Patient.named("Maria José Álvarez-Smith")).withId(12);
    }

    private static DeadlineSchedule schedule() {
        DeadlineInput in =
                new DeadlineInput(
                        PlanType.ERISA_INSURED,
                        DenialType.CONCURRENT,
                        true,
                        LocalDate.of(2026, 3, 7),
                        Optional.empty(),
                        Optional.of(LocalDateTime.of(2026, 3, 7, 22, 0)),
                        ClockFacts.none().withP2pWindow(PeerToPeerWindow.hours(24)));
        return new DeadlineCalculator(NY).calculate(in);
    }

    @Test
    void namesTheCaseByNumberAndInitialsNeverTheFullName() {
        String ics =
                exporter.render(
                        patientCase(),
                        schedule(),
                        DeadlineCalendarExporter.Options.privateByDefault());
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Case 12 (M.J.Á.S.): File the internal appeal");
        assertThat(unfolded)
                .doesNotContain("Maria")
                .doesNotContain("Álvarez")
                .doesNotContain("Smith");
    }

    @Test
    void includesTheFullNameOnlyWhenAskedTo() {
        String ics =
                exporter.render(
                        patientCase(), schedule(), new DeadlineCalendarExporter.Options(true));
        assertThat(ics.replace("\r\n ", "")).contains("Maria José Álvarez-Smith");
    }

    @Test
    void writesAllDayEventsAsDatesAndHourClocksInUtc() {
        String ics =
                exporter.render(
                        patientCase(),
                        schedule(),
                        DeadlineCalendarExporter.Options.privateByDefault());
        // 180 days from 7 March 2026.
        assertThat(ics)
                .contains("DTSTART;VALUE=DATE:20260903\r\n", "DTEND;VALUE=DATE:20260904\r\n");
        // 24 h after 22:00 EST on 7 March is 23:00 EDT on 8 March, i.e. 03:00 UTC on 9 March.
        assertThat(ics).contains("DTEND:20260309T030000Z\r\n", "DTSTART:20260309T023000Z\r\n");
        assertThat(ics).contains("DTSTAMP:20260307T150000Z\r\n");
        assertThat(ics).contains("UID:overturn-case-12-appeal-file-by@overturn.local\r\n");
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75Octets() {
        String ics =
                exporter.render(
                        patientCase(),
                        schedule(),
                        DeadlineCalendarExporter.Options.privateByDefault());
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
        }
    }

    @Test
    void foldsLongLinesWithoutSplittingAMultiByteCharacterAndUnfoldsToTheOriginal() {
        String text = "Ωμέγα ".repeat(30);
        StringBuilder sb = new StringBuilder();
        IcsWriter.line(sb, "SUMMARY:" + text);
        String folded = sb.toString();
        assertThat(folded.split("\r\n"))
                .hasSizeGreaterThan(2)
                .allSatisfy(
                        l ->
                                assertThat(l.getBytes(StandardCharsets.UTF_8).length)
                                        .isLessThanOrEqualTo(75));
        assertThat(folded).doesNotContain("\uFFFD");
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + text + "\r\n");
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndNewlines() {
        assertThat(IcsWriter.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        CalendarEvent e =
                new CalendarEvent(
                        "u1",
                        "Call, then; fax",
                        "line one\nline two",
                        LocalDate.of(2026, 3, 9),
                        Optional.empty());
        String ics = IcsWriter.render(List.of(e), Instant.EPOCH);
        assertThat(ics)
                .contains("SUMMARY:Call\\, then\\; fax\r\n", "DESCRIPTION:line one\\nline two\r\n");
    }

    @Test
    void exportReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("case-12.ics");
        Files.writeString(target, "old");
        exporter.export(
                patientCase(),
                schedule(),
                DeadlineCalendarExporter.Options.privateByDefault(),
                target);
        assertThat(Files.readString(target)).startsWith("BEGIN:VCALENDAR");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
