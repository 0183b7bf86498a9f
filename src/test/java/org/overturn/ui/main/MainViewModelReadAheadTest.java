package org.overturn.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.NextDeadline;
import org.overturn.domain.store.CaseHistory;
import org.overturn.ui.cases.CasesViewModel;
import org.overturn.ui.common.Background;
import org.overturn.ui.opencase.CaseSession;
import org.overturn.ui.opencase.OpenCases;

/**
 * After the window is up, what the first case and the first export need is read ahead: the case at
 * the top of the list as soon as the list shows one, and the first opened case's document once.
 */
class MainViewModelReadAheadTest {

    private final Background background = new Background(Runnable::run);
    private final ReadLog cases = new ReadLog();
    private final OpenCases.MemoryPayers payers = new OpenCases.MemoryPayers();

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void theCaseAtTheTopOfTheListIsReadOnceTheListShowsIt() throws InterruptedException {
        long later = cases.create(OpenCases.newCase()).id().orElseThrow();
        long overdue = cases.create(OpenCases.newCase()).id().orElseThrow();
        cases.summaries =
                List.of(summary(later, 30), summary(overdue, -3)); // the list puts overdue first
        CasesViewModel list = new CasesViewModel(background, operations(), OpenCases.CLOCK);
        MainViewModel vm = mainViewModel(list).readAheadDelays(50, 50);

        vm.warmFirstOpen();
        Thread.sleep(200);
        assertThat(cases.reads).as("nothing is read before the list shows a case").isEmpty();

        list.reload();
        awaitReads(1);
        Thread.sleep(200);
        assertThat(cases.reads).containsExactly(overdue);
        assertThat(vm.openCase()).as("nothing is opened").isEmpty();
    }

    @Test
    void anEmptyListReadsNothing() throws InterruptedException {
        cases.summaries = List.of();
        CasesViewModel list = new CasesViewModel(background, operations(), OpenCases.CLOCK);
        MainViewModel vm = mainViewModel(list).readAheadDelays(10, 10);

        vm.warmFirstOpen();
        list.reload();
        Thread.sleep(300);

        assertThat(cases.reads).isEmpty();
    }

    @Test
    void theFirstCaseOpenedIsRehearsedOnceAndOnlyIt() throws InterruptedException {
        CaseFile first = cases.create(OpenCases.newCase());
        CaseFile second = cases.create(OpenCases.newCase());
        List<Long> rehearsed = new CopyOnWriteArrayList<>();
        MainViewModel vm =
                mainViewModel(new CasesViewModel(background, operations(), OpenCases.CLOCK))
                        .readAheadDelays(10, 50);
        vm.setExportRehearsal(c -> rehearsed.add(c.id().orElseThrow()));

        vm.show(first, List.of());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (rehearsed.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        vm.show(second, List.of());
        Thread.sleep(300);

        assertThat(rehearsed).containsExactly(first.id().orElseThrow());
    }

    @Test
    void aFailingRehearsalIsOnlyLogged() throws InterruptedException {
        CaseFile c = cases.create(OpenCases.newCase());
        CasesViewModel list = new CasesViewModel(background, operations(), OpenCases.CLOCK);
        MainViewModel vm = mainViewModel(list).readAheadDelays(10, 10);
        vm.setExportRehearsal(
                x -> {
                    throw new IllegalStateException("the document could not be rendered");
                });

        vm.show(c, List.of());
        Thread.sleep(200);

        assertThat(vm.openCase()).isPresent();
        assertThat(list.messageProperty().get()).as("no message on the Cases screen").isEmpty();
    }

    private MainViewModel mainViewModel(CasesViewModel list) {
        CaseSession session =
                new CaseSession(
                        background,
                        cases,
                        payers,
                        CaseHistory.NONE,
                        OpenCases.CLOCK,
                        5,
                        Runnable::run);
        return new MainViewModel(background, cases, payers, session, list, null);
    }

    private void awaitReads(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (cases.reads.size() < n && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    private CasesViewModel.Operations operations() {
        return new CasesViewModel.Operations() {
            @Override
            public List<CaseSummary> summaries() {
                return cases.summaries;
            }

            @Override
            public CaseFile create(CaseFile c) {
                return cases.create(c);
            }

            @Override
            public CaseFile createFromDenial(CaseFile c) {
                return cases.create(c);
            }

            @Override
            public CaseFile importSample(org.overturn.core.SampleCases.Sample s) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean delete(long id) {
                return cases.delete(id);
            }
        };
    }

    private static CaseSummary summary(long id, int daysFromToday) {
        LocalDate today = LocalDate.now(OpenCases.CLOCK);
        return new CaseSummary(
                id,
                "Patient " + id,
                "",
                Optional.empty(),
                Optional.empty(),
                CaseStatus.DENIED,
                Optional.empty(),
                Instant.EPOCH,
                Optional.of(
                        new NextDeadline(
                                "appeal-file-by",
                                "File the appeal",
                                today.plusDays(daysFromToday),
                                Optional.empty())));
    }

    /** The cases of an open case's tests, with the ids read by {@code find} logged. */
    private static final class ReadLog extends OpenCases.MemoryCases {
        final List<Long> reads = new CopyOnWriteArrayList<>();
        volatile List<CaseSummary> summaries = List.of();

        @Override
        public Optional<CaseFile> find(long id) {
            reads.add(id);
            return super.find(id);
        }

        @Override
        public List<CaseSummary> summaries() {
            return summaries;
        }
    }
}
