package org.overturn.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.Urgency;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Messages;

/**
 * The Cases screen: every case, searched as you type and filtered by status, nearest deadline
 * first, with the "due soon" strip of every case overdue or due within seven days.
 */
public final class CasesViewModel {

    /** How many cases the strip names; the rest are counted. */
    static final int STRIP_SIZE = 6;

    /** Dates shown as MM/DD/YYYY in the order of the days, not of the text; blanks first. */
    static final Comparator<String> BY_SHOWN_DATE =
            Comparator.comparing(CasesViewModel::sortableDate);

    private static final Comparator<CaseRow> NEWEST_FIRST =
            Comparator.comparingLong(CaseRow::id).reversed();

    private final Background background;
    private final Operations store;
    private final Clock clock;
    private final ObservableList<CaseRow> dueSoon = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper dueSoonCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<CaseRow> all = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(all, r -> true);

    /** Rows in the order the list shows; {@link #all} is kept in it. */
    private Comparator<? super CaseRow> order = CaseRow.BY_URGENCY;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    /** What the Cases screen does with the stored cases, each run on a worker thread. */
    public interface Operations {
        List<CaseSummary> summaries();

        CaseFile create(CaseFile c);

        /** A case made from a denial letter, its denial analysed at once as an import's is. */
        CaseFile createFromDenial(CaseFile c);

        CaseFile importSample(SampleCases.Sample s);

        boolean delete(long id);
    }

    public CasesViewModel(Background background, Operations store, Clock clock) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        search.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
    }

    /**
     * The rows shown, filtered, in the order {@link #sortBy} set. The order is kept by the rows
     * themselves, not by a sorted view over the filter, so a keystroke in the search field never
     * sorts 10,000 rows again.
     */
    public ObservableList<CaseRow> rows() {
        return filtered;
    }

    /**
     * Puts every row in this order (null: the newest case first, as stored), for the table's column
     * headers.
     */
    public void sortBy(Comparator<? super CaseRow> c) {
        order = c == null ? NEWEST_FIRST : c;
        FXCollections.sort(all, order);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when there are no cases at all (not merely none matching the search). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public void reload() {
        loading.set(true);
        background.run(
                store::summaries,
                this::setSummaries,
                e -> {
                    loading.set(false);
                    reportError(e);
                });
    }

    /** Cases overdue or due within seven days, overdue first, at most {@link #STRIP_SIZE}. */
    public ObservableList<CaseRow> dueSoon() {
        return dueSoon;
    }

    /** How many cases are overdue or due within seven days (the strip may name fewer). */
    public ReadOnlyIntegerProperty dueSoonCountProperty() {
        return dueSoonCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    void setSummaries(List<CaseSummary> summaries) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CaseRow> rows = CaseRow.all(summaries, now);
        rows.sort(order);
        all.setAll(rows);
        List<CaseRow> soon =
                all.stream().filter(CaseRow::dueSoon).sorted(CaseRow.BY_URGENCY).toList();
        dueSoonCount.set(soon.size());
        overdueCount.set((int) soon.stream().filter(r -> r.urgency() == Urgency.OVERDUE).count());
        dueSoon.setAll(soon.subList(0, Math.min(STRIP_SIZE, soon.size())));
        empty.set(all.isEmpty());
        loading.set(false);
        refilter();
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip();
        String[] terms = q.isEmpty() ? new String[0] : CaseRow.fold(q).split("\\s+");
        StatusFilter f = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        filtered.setPredicate(r -> f.accepts(r.summary().status()) && r.matches(terms));
        countText.set(
                filtered.size() == all.size()
                        ? Messages.format("cases.count", all.size())
                        : Messages.format("cases.countFiltered", filtered.size(), all.size()));
    }

    /** Creates a case from the New case dialog's answers and hands it back once stored. */
    public void create(
            String patientName,
            Optional<LocalDate> dob,
            Optional<PlanType> planType,
            Consumer<CaseFile> then) {
        Patient p = new Patient(patientName, dob, "", "", "");
        CaseFile c =
                CaseFile.newCase(p)
                        .withPlan(
                                new PlanFacts(
                                        planType, Optional.empty(), "", "", Optional.empty()));
        background.run(
                () -> store.create(c),
                created -> {
                    reload();
                    then.accept(created);
                },
                this::reportError);
    }

    /**
     * Stores a case made from a denial letter; its denial is analysed at once, as an import's is.
     */
    public void createFromDenial(CaseFile c, Consumer<CaseFile> then) {
        background.run(
                () -> store.createFromDenial(c),
                created -> {
                    reload();
                    then.accept(created);
                },
                this::reportError);
    }

    public void openSample(SampleCases.Sample s, Consumer<CaseFile> then) {
        background.run(
                () -> store.importSample(s),
                created -> {
                    reload();
                    then.accept(created);
                },
                this::reportError);
    }

    public void delete(long id) {
        background.run(() -> store.delete(id), ok -> reload(), this::reportError);
    }

    public void reportError(Throwable e) {
        message.set(
                Messages.format(
                        "error.generic", e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    public void clearMessage() {
        message.set("");
    }

    private static String sortableDate(String mmddyyyy) {
        if (mmddyyyy == null || mmddyyyy.length() != 10) {
            return "";
        }
        return mmddyyyy.substring(6) + mmddyyyy.substring(0, 2) + mmddyyyy.substring(3, 5);
    }
}
