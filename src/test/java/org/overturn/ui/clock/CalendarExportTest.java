package org.overturn.ui.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DeadlineSchedule;

class CalendarExportTest {

    @TempDir Path dir;

    @Test
    void onlyTheDeadlinesOpenAtTheStatusAreExportedAndPrivateByDefault() throws Exception {
        CaseFile c =
                ClockCases.erisa("Daniela Reyes", LocalDate.of(2026, 11, 2))
                        .withId(12)
                        .withStatus(CaseStatus.APPEAL_FILED)
                        .withClock(
                                ClockFacts.none()
                                        .withAppealFiled(
                                                LocalDate.of(2026, 11, 20), Optional.empty()));

        DeadlineSchedule s = CalendarExport.openDeadlines(c, Workspaces.CLOCK).orElseThrow();
        assertThat(s.deadlines())
                .extracting(d -> d.id())
                .containsExactly(DeadlineId.APPEAL_DECISION_DUE);

        Path file = dir.resolve("deadlines.ics");
        assertThat(CalendarExport.write(c, s, false, file, Workspaces.CLOCK)).isEqualTo(1);
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics)
                .contains("Case 12 (D.R.)")
                .doesNotContain("Daniela")
                .doesNotContain("Reyes");

        CalendarExport.write(c, s, true, file, Workspaces.CLOCK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Daniela Reyes");
    }

    @Test
    void aCaseWithoutAClockHasNothingToExport() {
        assertThat(
                        CalendarExport.openDeadlines(
                                CaseFile.newCase(Patient.named("A")), Workspaces.CLOCK))
                .isEmpty();
        assertThat(
                        CalendarExport.openDeadlines(
                                ClockCases.erisa("A", LocalDate.of(2026, 11, 2))
                                        .withStatus(CaseStatus.CLOSED),
                                Workspaces.CLOCK))
                .isEmpty();
    }
}
