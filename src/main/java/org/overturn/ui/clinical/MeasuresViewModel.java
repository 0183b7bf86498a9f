package org.overturn.ui.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.overturn.domain.scoring.measures.CssrsRisk;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureResult;
import org.overturn.domain.scoring.measures.MeasureRules;
import org.overturn.domain.scoring.measures.WhodasScoring;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.Numbers;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The "Other measures" card: a form for one administration (PHQ-9 by item, the C-SSRS screener by
 * category, the others by total), checked field by field, with the band it gives shown before it is
 * added.
 */
public final class MeasuresViewModel {

    public static final int PHQ9_ITEMS = 9;

    private final WorkspaceViewModel workspace;

    public final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.PHQ_9);
    public final StringProperty date = new SimpleStringProperty("");
    public final StringProperty score = new SimpleStringProperty("");
    public final List<StringProperty> items = new ArrayList<>();
    public final ObjectProperty<CssrsRisk> cssrs = new SimpleObjectProperty<>();
    public final ObjectProperty<WhodasScoring> whodas =
            new SimpleObjectProperty<>(WhodasScoring.SIMPLE_12);
    public final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewRisk = new ReadOnlyBooleanWrapper(false);

    public MeasuresViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        for (int i = 0; i < PHQ9_ITEMS; i++) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> update());
            items.add(p);
        }
        date.set(Dates.show(LocalDate.now(workspace.clock())));
        for (ObservableValue<?> p : List.of(measure, date, score, cssrs, whodas)) {
            p.addListener((o, a, b) -> update());
        }
        update();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The entry in the form would raise a risk flag. */
    public ReadOnlyBooleanProperty previewRiskProperty() {
        return previewRisk.getReadOnlyProperty();
    }

    public boolean byItem() {
        return measure.get() == Measure.PHQ_9;
    }

    public boolean byCategory() {
        return measure.get() == Measure.C_SSRS;
    }

    // ---- field rules
    // ----------------------------------------------------------------------------------------

    public Optional<String> checkDate(String text) {
        return Dates.parse(text)
                .check(
                        d ->
                                d.isAfter(LocalDate.now(workspace.clock()))
                                        ? Optional.of(
                                                Messages.format(
                                                        "clinical.validation.future",
                                                        Dates.show(d)))
                                        : Optional.empty())
                .error();
    }

    /** The total: a whole number within the measure's range (WHODAS: the chosen method's range). */
    public Optional<String> checkScore(String text) {
        Measure m = measure.get();
        if (m == null || byItem() || byCategory()) {
            return Optional.empty();
        }
        int min = scoreMin();
        int max = scoreMax();
        return Numbers.wholeNumber(text)
                .check(
                        v ->
                                v < min || v > max
                                        ? Optional.of(
                                                Messages.format(
                                                        "clinical.validation.range",
                                                        m.label(),
                                                        min,
                                                        max,
                                                        v))
                                        : Optional.empty())
                .error();
    }

    /** The lowest total the measure allows (WHODAS: the chosen method's). */
    public int scoreMin() {
        Measure m = measure.get();
        return m == Measure.WHODAS_2 && whodas.get() != null ? whodas.get().min() : m.min();
    }

    /** The highest total the measure allows (WHODAS: the chosen method's). */
    public int scoreMax() {
        Measure m = measure.get();
        return m == Measure.WHODAS_2 && whodas.get() != null ? whodas.get().max() : m.max();
    }

    /** What is wrong with the first refused item answer, said for the line under the items. */
    public Optional<String> firstItemProblem() {
        for (StringProperty p : items) {
            Optional<String> problem = checkItem(p.get());
            if (problem.isPresent()) {
                return Optional.of(Messages.format("clinical.measures.itemProblem", problem.get()));
            }
        }
        return Optional.empty();
    }

    public static Optional<String> checkItem(String text) {
        return Numbers.wholeNumber(text)
                .check(
                        v ->
                                v > 3
                                        ? Optional.of(
                                                Messages.format("clinical.validation.item", v))
                                        : Optional.empty())
                .error();
    }

    // ---- the entry
    // ------------------------------------------------------------------------------------------

    /** The entry the form describes, when every needed field is filled in and valid. */
    public Optional<MeasureEntry> entry() {
        Measure m = measure.get();
        Optional<LocalDate> d = Dates.parse(date.get()).value();
        if (m == null || d.isEmpty() || checkDate(date.get()).isPresent()) {
            return Optional.empty();
        }
        List<Integer> itemValues = new ArrayList<>();
        Optional<Integer> total = Optional.empty();
        if (byItem()) {
            for (StringProperty p : items) {
                Optional<Integer> v = Numbers.wholeNumber(p.get()).value();
                if (v.isEmpty() || checkItem(p.get()).isPresent()) {
                    return Optional.empty();
                }
                itemValues.add(v.get());
            }
        } else if (byCategory()) {
            if (cssrs.get() == null) {
                return Optional.empty();
            }
        } else {
            total = Numbers.wholeNumber(score.get()).value();
            if (total.isEmpty() || checkScore(score.get()).isPresent()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(
                    new MeasureEntry(
                            UUID.randomUUID().toString(),
                            m,
                            d.get(),
                            itemValues,
                            total,
                            byCategory() ? Optional.of(cssrs.get()) : Optional.empty(),
                            m == Measure.WHODAS_2
                                    ? Optional.ofNullable(whodas.get())
                                    : Optional.empty(),
                            note.get()));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private void update() {
        Optional<MeasureEntry> e = entry();
        ready.set(e.isPresent());
        previewRisk.set(e.map(x -> MeasureRules.evaluate(x).riskFlag()).orElse(false));
        preview.set(
                e.map(x -> describe(MeasureRules.evaluate(x)))
                        .orElse(Messages.get("clinical.measure.incomplete")));
    }

    public boolean add() {
        Optional<MeasureEntry> e = entry();
        if (e.isEmpty()) {
            return false;
        }
        workspace.edit(c -> c.withMeasure(e.get()));
        score.set("");
        items.forEach(p -> p.set(""));
        note.set("");
        cssrs.set(null);
        return true;
    }

    public void remove(String id) {
        workspace.editUndoably(
                Messages.get("clinical.undo.measure"),
                c ->
                        c.withMeasures(
                                c.measures().stream().filter(m -> !m.id().equals(id)).toList()));
    }

    /** Recorded entries, newest first. */
    public List<MeasureEntry> entries() {
        return workspace.caseFile().measures().stream()
                .sorted(Comparator.comparing(MeasureEntry::date).reversed())
                .toList();
    }

    /** "14 · moderate (10–14)", plus what to do when the result calls for something. */
    public static String describe(MeasureResult r) {
        String value = r.score().map(String::valueOf).orElse("");
        String band = r.band();
        String head = value.isEmpty() ? band : band.isEmpty() ? value : value + " · " + band;
        return r.flags().isEmpty() ? head : head + ". " + String.join(" ", r.flags());
    }
}
