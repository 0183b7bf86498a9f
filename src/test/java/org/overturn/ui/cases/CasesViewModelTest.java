package org.overturn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.deadlines.Urgency;

/** The Cases list sorts by urgency and fills the due-soon strip from the stored due moments. */
class CasesViewModelTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static CaseSummary row(long id, Integer daysFromToday) {
        Optional<NextDeadline> next =
                daysFromToday == null
                        ? Optional.empty()
                        : Optional.of(
                                new NextDeadline(
                                        "appeal-file-by",
                                        "File the appeal",
                                        TODAY.plusDays(daysFromToday),
                                        Optional.empty()));
        return new CaseSummary(
                id,
                "Patient " + id,
                "",
                Optional.empty(),
                Optional.empty(),
                CaseStatus.DENIED,
                Optional.empty(),
                Instant.EPOCH,
                next);
    }

    @Test
    void rowsComeOverdueFirstThenNearestThenThoseWithoutADeadline() {
        CasesViewModel vm = new CasesViewModel(null, null, Clock.systemDefaultZone());
        vm.setSummaries(
                List.of(
                        row(1, 40),
                        row(2, null),
                        row(3, -2),
                        row(4, 3),
                        row(5, -9),
                        row(6, 0),
                        row(7, 7)));

        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(5L, 3L, 6L, 4L, 7L, 1L, 2L);
        assertThat(vm.rows())
                .extracting(CaseRow::urgency)
                .containsExactly(
                        Urgency.OVERDUE,
                        Urgency.OVERDUE,
                        Urgency.DUE_SOON,
                        Urgency.DUE_SOON,
                        Urgency.LATER,
                        Urgency.LATER,
                        Urgency.NONE);
        assertThat(vm.rows().get(0).timeLeft()).isEqualTo("overdue by 9 days");
        assertThat(vm.rows().get(2).timeLeft()).isEqualTo("due today");
    }

    @Test
    void theStripNamesCasesUnderSevenDaysOverdueFirstAndCountsTheRest() {
        List<CaseSummary> many = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            many.add(row(i, 7 - i)); // 6, 5, … 0, -1, -2 days
        }
        many.add(row(10, 30));
        CasesViewModel vm = new CasesViewModel(null, null, Clock.systemDefaultZone());
        vm.setSummaries(many);

        assertThat(vm.dueSoonCountProperty().get()).isEqualTo(9);
        assertThat(vm.overdueCountProperty().get()).isEqualTo(2);
        assertThat(vm.dueSoon()).hasSize(CasesViewModel.STRIP_SIZE);
        assertThat(vm.dueSoon()).extracting(CaseRow::id).containsExactly(9L, 8L, 7L, 6L, 5L, 4L);
    }

    @Test
    void anHourClockIsOverdueFromItsTimeNotAtTheEndOfTheDay() {
        LocalDateTime anHourAgo = LocalDateTime.now().minusHours(1);
        CaseSummary s =
                new CaseSummary(
                        1,
                        "A",
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        CaseStatus.DENIED,
                        Optional.empty(),
                        Instant.EPOCH,
                        Optional.of(
                                new NextDeadline(
                                        "p2p-request-by",
                                        "Ask for a call",
                                        anHourAgo.toLocalDate(),
                                        Optional.of(anHourAgo))));

        CaseRow r = CaseRow.of(s, LocalDateTime.now());

        assertThat(r.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(r.timeLeft()).startsWith("overdue by");
        assertThat(r.dueSoon()).isTrue();
    }

    @Test
    void theDeadlineLabelIsSearchable() {
        CasesViewModel vm = new CasesViewModel(null, null, Clock.systemDefaultZone());
        vm.setSummaries(List.of(row(1, 4), row(2, null)));

        vm.searchProperty().set("file the");

        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(1L);
    }

    @Test
    void theChosenOrderHoldsThroughFilteringAndReloading() {
        CasesViewModel vm = new CasesViewModel(null, null, Clock.systemDefaultZone());
        List<CaseSummary> rows = List.of(row(1, 4), row(2, null), row(3, -1), row(13, 9));
        vm.setSummaries(rows);

        vm.sortBy(Comparator.comparing(CaseRow::patient).reversed());
        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(3L, 2L, 13L, 1L);

        vm.searchProperty().set("patient 1");
        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(13L, 1L);
        vm.searchProperty().set("");
        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(3L, 2L, 13L, 1L);

        vm.setSummaries(rows);
        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(3L, 2L, 13L, 1L);

        vm.sortBy(null);
        assertThat(vm.rows()).extracting(CaseRow::id).containsExactly(13L, 3L, 2L, 1L);
    }

    @Test
    void denialDatesSortByTheDayNotByTheirText() {
        List<String> shown = new ArrayList<>(List.of("03/01/2024", "", "12/31/2023", "01/15/2024"));

        shown.sort(CasesViewModel.BY_SHOWN_DATE);

        assertThat(shown).containsExactly("", "12/31/2023", "01/15/2024", "03/01/2024");
    }
}
