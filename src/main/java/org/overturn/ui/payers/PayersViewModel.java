package org.overturn.ui.payers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.report.PayerCsv;
import org.overturn.domain.report.PayerFigures;
import org.overturn.domain.report.PayerMonth;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.PayerReport;
import org.overturn.domain.report.ReportFilter;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.ParseResult;

/**
 * The Payers screen: every payer's denials and how they ended, across all cases, for a period and a
 * level of care; read in the background, no patient named.
 */
public final class PayersViewModel {

    private final Background background;
    private final PayerReport report;
    private final ObservableList<PayerPatterns> rows = FXCollections.observableArrayList();
    private final ObservableList<PayerMonth> months = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** The period's first and last day as typed (MM/DD/YYYY); empty means open-ended. */
    public final StringProperty from = new SimpleStringProperty("");

    public final StringProperty to = new SimpleStringProperty("");

    /** One level of care, or null for all. */
    public final ObjectProperty<LevelOfCare> level = new SimpleObjectProperty<>();

    /** The filter of the rows shown, for the exports. */
    private ReportFilter shown = ReportFilter.all();

    public PayersViewModel(Background background, PayerReport report) {
        this.background = background;
        this.report = report;
    }

    public ObservableList<PayerPatterns> rows() {
        return rows;
    }

    /** Month by month, for the charts over time; set before {@link #rows()} changes. */
    public ObservableList<PayerMonth> months() {
        return months;
    }

    private record Counted(List<PayerPatterns> patterns, List<PayerMonth> months) {}

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "3 payers, 41 cases, 52 denials", or why nothing is shown. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A problem with the period typed, or with reading the cases; "" when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The filter the fields describe, or empty (and the message says why) when they don't. */
    Optional<ReportFilter> filter() {
        ParseResult<LocalDate> f = Dates.parse(from.get());
        ParseResult<LocalDate> t = Dates.parse(to.get());
        if (!f.ok() || !t.ok()) {
            message.set(Messages.get("payers.validation.dates"));
            return Optional.empty();
        }
        try {
            ReportFilter filter =
                    new ReportFilter(f.value(), t.value(), Optional.ofNullable(level.get()));
            message.set("");
            return Optional.of(filter);
        } catch (IllegalArgumentException e) {
            message.set(Messages.get("payers.validation.order"));
            return Optional.empty();
        }
    }

    /** Counts again for the fields' period and level; the rows shown stay until it is done. */
    public void load() {
        Optional<ReportFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        loading.set(true);
        background.run(
                () -> new Counted(report.patterns(filter.get()), report.months(filter.get())),
                found -> {
                    shown = filter.get();
                    months.setAll(found.months());
                    rows.setAll(found.patterns());
                    loading.set(false);
                    summary.set(summaryOf(found.patterns()));
                },
                e -> {
                    loading.set(false);
                    reportError(e);
                });
    }

    /** A failure of an export, in the message line. */
    public void reportError(Throwable e) {
        message.set(
                Messages.format(
                        "error.generic", e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    static String summaryOf(List<PayerPatterns> found) {
        if (found.isEmpty()) {
            return Messages.get("payers.none");
        }
        int cases = found.stream().mapToInt(PayerPatterns::cases).sum();
        int denials = found.stream().mapToInt(PayerPatterns::denials).sum();
        return Messages.format("payers.summary", found.size(), cases, denials);
    }

    /**
     * Writes the report of the rows shown to {@code target} in the background; the message line
     * says when it is written, or why not.
     */
    public void exportPdf(Path target, PayerPdfExport export) {
        List<PayerPatterns> shownRows = List.copyOf(rows);
        ReportFilter filter = shown;
        background.run(
                () -> {
                    try {
                        export.write(shownRows, filter, target);
                    } catch (Exception e) {
                        throw new IllegalStateException(
                                e.getMessage() == null ? e.toString() : e.getMessage(), e);
                    }
                    return target;
                },
                written -> message.set(Messages.format("payers.exportPdf.done", written)),
                this::reportError);
    }

    /** The rows shown as CSV, for Export CSV. */
    public String csv() {
        return PayerCsv.of(rows);
    }

    /** The name a payer is listed by. */
    public static String name(PayerPatterns p) {
        return PayerFigures.name(p);
    }

    public static String rate(PayerPatterns p) {
        return PayerFigures.percent(p.overturnRate()).orElse("–");
    }

    public static String median(PayerPatterns p) {
        return PayerFigures.days(p.medianDaysToDecision()).orElse("–");
    }

    public static String dollars(long cents) {
        return "$" + PayerCsv.dollars(cents);
    }

    /**
     * Denials by reason across the payers shown, for the chart: reason id to (payer name to count),
     * reasons in id order.
     */
    public Map<String, Map<String, Integer>> reasonsByPayer() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (PayerPatterns p : rows) {
            p.byReason()
                    .forEach(
                            (reason, n) ->
                                    out.computeIfAbsent(reason, k -> new TreeMap<>())
                                            .put(name(p), n));
        }
        return out;
    }
}
