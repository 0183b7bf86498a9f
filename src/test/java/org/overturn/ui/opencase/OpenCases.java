package org.overturn.ui.opencase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.PayerStore;
import org.overturn.ui.common.Background;

/**
 * An open case over plain in-memory stores, for view-model tests (issue 16, item 2): no SQLite, no
 * FX toolkit. The saver's reports run where they happen; saves land in {@link MemoryCases}.
 */
public final class OpenCases {

    /** Thursday 26 November 2026, 10:00 in New York. */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneId.of("America/New_York"));

    private OpenCases() {}

    /** Cases kept in a map; {@code updates} counts the saves. */
    public static class MemoryCases implements CaseStore {
        private final Map<Long, CaseFile> cases = new ConcurrentHashMap<>();
        private final AtomicLong next = new AtomicLong(1);
        public final AtomicLong updates = new AtomicLong();

        @Override
        public CaseFile create(CaseFile c) {
            CaseFile stored = c.withId(next.getAndIncrement());
            cases.put(stored.id().orElseThrow(), stored);
            return stored;
        }

        @Override
        public List<CaseFile> createAll(List<CaseFile> many) {
            return many.stream().map(this::create).toList();
        }

        @Override
        public void update(CaseFile c) {
            if (cases.replace(c.id().orElseThrow(), c) == null) {
                throw new IllegalStateException("no case " + c.id());
            }
            updates.incrementAndGet();
        }

        @Override
        public Optional<CaseFile> find(long id) {
            return Optional.ofNullable(cases.get(id));
        }

        @Override
        public boolean delete(long id) {
            return cases.remove(id) != null;
        }

        @Override
        public int count() {
            return cases.size();
        }

        @Override
        public List<CaseSummary> summaries() {
            throw new UnsupportedOperationException("not needed by an open case");
        }

        @Override
        public Optional<Long> importedFrom(String sha256) {
            return Optional.empty();
        }

        @Override
        public CaseFile importWithDocuments(
                CaseFile c,
                Optional<Payer> payer,
                Optional<String> sourceSha256,
                List<DocumentStore.Document> documents) {
            throw new UnsupportedOperationException("not needed by an open case");
        }
    }

    /** Payers kept in a list. */
    public static final class MemoryPayers implements PayerStore {
        private final List<Payer> payers = new ArrayList<>();

        @Override
        public synchronized List<Payer> all() {
            return payers.stream().sorted(Comparator.comparing(Payer::name)).toList();
        }

        @Override
        public synchronized Optional<Payer> find(long id) {
            return payers.stream().filter(p -> p.id().equals(Optional.of(id))).findFirst();
        }

        @Override
        public synchronized Optional<Payer> findByName(String name) {
            return payers.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        @Override
        public synchronized Payer save(Payer p) {
            payers.add(p);
            return p;
        }
    }

    /** An open case, its store and the threads it saves on; close it after the test. */
    public record Opened(WorkspaceViewModel workspace, MemoryCases cases, Background background)
            implements AutoCloseable {
        /** The case as last saved (after letting the pending save through). */
        public CaseFile saved() {
            workspace.flush();
            return cases.find(workspace.caseId()).orElseThrow();
        }

        @Override
        public void close() {
            workspace.flush();
            background.close();
        }
    }

    public static Opened open(CaseFile c) {
        MemoryCases cases = new MemoryCases();
        Background background = new Background(Runnable::run);
        CaseSession session =
                new CaseSession(
                        background,
                        cases,
                        new MemoryPayers(),
                        CaseHistory.NONE,
                        CLOCK,
                        5,
                        Runnable::run);
        return new Opened(
                new WorkspaceViewModel(session, cases.create(c), List.of()), cases, background);
    }

    /** A new case for a patient born in 1990. */
    public static CaseFile newCase() {
        return CaseFile.newCase(
                new Patient(
                        "Test Patient", Optional.of(LocalDate.of(1990, 1, 5)), "M-1", "G-1", "NY"));
    }
}
