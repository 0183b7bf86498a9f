package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.ClockCases;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.PeerToPeerWindow;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/**
 * The next-deadline columns the Cases screen sorts by are written from the case on every save and
 * import.
 */
class SqliteCaseRepositoryNextDeadlineTest {

    @TempDir Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-26T10:00:00Z");
    private SqliteCaseRepository cases;

    @BeforeEach
    void open() {
        Database db =
                Database.open(
                        dir.resolve("overturn.db"),
                        new BackupService(dir.resolve("backups"), clock));
        cases = new SqliteCaseRepository(db, new CaseJson(), clock);
    }

    private Optional<NextDeadline> stored(long id) {
        return cases.summaries().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow()
                .nextDeadline();
    }

    @Test
    void createStoresTheNextOpenDeadlineAndTheListReadsItBack() {
        CaseFile c = cases.create(ClockCases.erisa("A", LocalDate.of(2026, 3, 2)));

        NextDeadline next = stored(c.id().orElseThrow()).orElseThrow();

        assertThat(next.deadlineId()).isEqualTo("appeal-file-by");
        assertThat(next.label()).isEqualTo("File the internal appeal");
        assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 8, 29));
        assertThat(next.dueAt()).isEmpty();
        assertThat(next.lastMoment()).isEqualTo(LocalDateTime.of(2026, 8, 29, 23, 59, 59));
    }

    @Test
    void anUpdateFollowsTheStatusAndTheDatesEntered() {
        CaseFile c = cases.create(ClockCases.erisa("A", LocalDate.of(2026, 3, 2)));
        long id = c.id().orElseThrow();

        CaseFile filed =
                c.withStatus(CaseStatus.APPEAL_FILED)
                        .withClock(
                                ClockFacts.none()
                                        .withAppealFiled(
                                                LocalDate.of(2026, 3, 10), Optional.empty()));
        cases.update(filed);
        assertThat(stored(id)).map(NextDeadline::deadlineId).contains("appeal-decision-due");
        assertThat(stored(id))
                .map(NextDeadline::dueDate)
                .as("pre-service: 30 days after filing")
                .contains(LocalDate.of(2026, 4, 9));

        cases.update(filed.withStatus(CaseStatus.CLOSED));
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void anHourClockIsStoredWithItsTime() {
        CaseFile c = ClockCases.erisa("A", LocalDate.of(2026, 3, 2));
        Denial d = c.denials().get(0);
        Denial received =
                new Denial(
                        d.id(),
                        d.noticeDate(),
                        Optional.of(LocalDateTime.of(2026, 3, 2, 9, 30)),
                        d.receivedBy(),
                        d.denialType(),
                        d.urgent(),
                        d.levelOfCare(),
                        d.reasons(),
                        d.admissionSubReasons(),
                        d.criteriaSet(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        d.unitKind(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "");
        CaseFile stored =
                cases.create(
                        c.withDenials(List.of(received))
                                .withClock(
                                        ClockFacts.none()
                                                .withP2pWindow(PeerToPeerWindow.hours(24))));

        NextDeadline next = stored(stored.id().orElseThrow()).orElseThrow();

        assertThat(next.deadlineId()).isEqualTo("p2p-request-by");
        assertThat(next.dueAt())
                .contains(LocalDateTime.of(LocalDate.of(2026, 3, 3), LocalTime.of(9, 30)));
        assertThat(next.dueText()).isEqualTo("2026-03-03T09:30");
    }

    @Test
    void importAndBulkCreateStoreItToo() {
        CaseFile imported =
                cases.importCase(
                        new ImportedCase(
                                ClockCases.erisa("I", LocalDate.of(2026, 1, 5)), Optional.empty()));
        List<CaseFile> many =
                cases.createAll(
                        List.of(
                                ClockCases.erisa("B", LocalDate.of(2026, 2, 1)),
                                CaseFile.newCase(Patient.named("Bare"))));

        assertThat(stored(imported.id().orElseThrow()))
                .map(NextDeadline::dueDate)
                .contains(LocalDate.of(2026, 7, 4));
        assertThat(stored(many.get(0).id().orElseThrow())).isPresent();
        assertThat(stored(many.get(1).id().orElseThrow()))
                .as("no plan type, no denial: no clock")
                .isEmpty();
    }

    @Test
    void datesThatContradictTheDenialGiveNoDeadlineButTheSaveGoesThrough() {
        CaseFile c =
                ClockCases.erisa("A", LocalDate.of(2026, 3, 2))
                        .withClock(
                                ClockFacts.none()
                                        .withAppealFiled(
                                                LocalDate.of(2026, 1, 1), Optional.empty()));

        CaseFile stored = cases.create(c);

        assertThat(cases.find(stored.id().orElseThrow())).contains(stored);
        assertThat(stored(stored.id().orElseThrow())).isEmpty();
        assertThat(cases.summaries()).extracting(CaseSummary::patientName).containsExactly("A");
    }
}
