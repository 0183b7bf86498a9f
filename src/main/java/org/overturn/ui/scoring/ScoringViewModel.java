package org.overturn.ui.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentSuggestion;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.LevelSummary;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Scoring section: the case's assessments over time, and the one being rated, a dimension per
 * step. Every rating, note and choice is saved as it is made (through {@link
 * WorkspaceViewModel#edit}); a field with a bad value keeps its text and the assessment keeps its
 * last good value (ADR 0004).
 */
public final class ScoringViewModel {

    private final WorkspaceViewModel workspace;
    private final Instruments instruments;
    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Assessment> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<DimensionDefinition> dimension =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper currentRating = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlacementResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private List<Instrument> suggested = List.of();
    private String selectedId;
    private final FormSync sync = new FormSync();

    /** The current step's evidence note and its date. */
    public final StringProperty evidence = new SimpleStringProperty("");

    public final StringProperty evidenceDate = new SimpleStringProperty("");

    /** The selected assessment's date and rater. */
    public final StringProperty date = new SimpleStringProperty("");

    public final StringProperty rater = new SimpleStringProperty("");

    /**
     * The clinician's level instead of the computed one (a level code), and the reason for
     * variance.
     */
    public final ObjectProperty<String> overrideLevel = new SimpleObjectProperty<>();

    public final StringProperty varianceReason = new SimpleStringProperty("");
    public final ObjectProperty<String> licensedGridLevel = new SimpleObjectProperty<>();
    public final ObjectProperty<AsamEdition> insurerEdition = new SimpleObjectProperty<>();
    public final BooleanProperty noPriorTreatment = new SimpleBooleanProperty(false);
    public final BooleanProperty actAvailable = new SimpleBooleanProperty(false);

    /** A new assessment: instrument (suggested from the case), date (today) and rater. */
    public final ObjectProperty<Instrument> newInstrument =
            new SimpleObjectProperty<>(Instrument.LOCUS);

    public final StringProperty newDate = new SimpleStringProperty("");
    public final StringProperty newRater = new SimpleStringProperty("");

    public ScoringViewModel(WorkspaceViewModel workspace, Instruments instruments) {
        this.instruments = instruments;
        this.workspace = workspace;
        newDate.set(Dates.show(today()));
        refresh(workspace.caseFile());
        assessments.stream().reduce((a, b) -> b).ifPresent(a -> select(a.id()));
        suggested.stream()
                .filter(
                        i ->
                                workspace.caseFile().assessments().stream()
                                        .noneMatch(a -> a.instrument() == i))
                .findFirst()
                .or(() -> suggested.stream().findFirst())
                .ifPresent(newInstrument::set);
        // Asked once: the last rater, else the clinician who signs for this case.
        assessments.stream()
                .reduce((a, b) -> b)
                .map(Assessment::rater)
                .or(() -> workspace.caseFile().packet().signer().map(k -> k.signatureName()))
                .ifPresent(newRater::set);
        evidence.addListener((o, a, b) -> commitEvidence());
        evidenceDate.addListener((o, a, b) -> commitEvidence());
        date.addListener((o, a, b) -> commitDate());
        rater.addListener((o, a, b) -> update(x -> AssessmentEdits.withRater(x, rater.get())));
        overrideLevel.addListener((o, a, b) -> commitOverride());
        varianceReason.addListener((o, a, b) -> commitOverride());
        licensedGridLevel.addListener(
                (o, a, b) ->
                        update(
                                x ->
                                        x.instrument() == Instrument.CALOCUS
                                                ? AssessmentEdits.withLicensedGridLevel(
                                                        x,
                                                        Optional.ofNullable(
                                                                licensedGridLevel.get()))
                                                : x));
        insurerEdition.addListener(
                (o, a, b) ->
                        update(
                                x ->
                                        x.instrument() == Instrument.ASAM
                                                ? AssessmentEdits.withInsurerEdition(
                                                        x,
                                                        Optional.ofNullable(insurerEdition.get()))
                                                : x));
        noPriorTreatment.addListener((o, a, b) -> commitOptions());
        actAvailable.addListener((o, a, b) -> commitOptions());
        workspace.caseFileProperty().addListener((o, a, c) -> refresh(c));
    }

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    // ---- what the screen shows
    // --------------------------------------------------------------------------------

    /** The case's assessments, oldest first. */
    public ObservableList<Assessment> assessments() {
        return assessments;
    }

    public ReadOnlyObjectProperty<Assessment> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<Assessment> selected() {
        return Optional.ofNullable(selected.get());
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The dimension of the current step (null when no assessment is selected). */
    public ReadOnlyObjectProperty<DimensionDefinition> dimensionProperty() {
        return dimension.getReadOnlyProperty();
    }

    /** The current dimension's rating token, "" while unrated. */
    public ReadOnlyStringProperty currentRatingProperty() {
        return currentRating.getReadOnlyProperty();
    }

    /** The placement result once every dimension is rated, else null. */
    public ReadOnlyObjectProperty<PlacementResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public List<Instrument> suggestedInstruments() {
        return suggested;
    }

    public List<DimensionDefinition> dimensions() {
        return selected().map(a -> instruments.dimensions(a.instrument())).orElse(List.of());
    }

    // ---- the rules the fields are checked by
    // ----------------------------------------------------------------

    public Optional<String> checkAssessmentDate(String text) {
        var parsed = Dates.parse(text);
        if (parsed.error().isPresent()) {
            return parsed.error();
        }
        if (parsed.value().isEmpty()) {
            return Optional.of(Messages.get("scoring.dateRequired"));
        }
        return parsed.value().get().isAfter(today())
                ? Optional.of(
                        Messages.format("scoring.dateFuture", Dates.show(parsed.value().get())))
                : Optional.empty();
    }

    public Optional<String> checkEvidenceDate(String text) {
        return Dates.parse(text)
                .check(
                        d ->
                                d.isAfter(today())
                                        ? Optional.of(
                                                Messages.format(
                                                        "scoring.evidenceDateFuture",
                                                        Dates.show(d)))
                                        : Optional.empty())
                .error();
    }

    public Optional<String> checkReason(String text) {
        return overrideLevel.get() != null && (text == null || text.isBlank())
                ? Optional.of(Messages.get("scoring.reasonRequired"))
                : Optional.empty();
    }

    // ---- commands
    // ---------------------------------------------------------------------------------------------

    /** Starts a new assessment from the new-assessment fields; empty when the date is refused. */
    public Optional<Assessment> create() {
        if (checkAssessmentDate(newDate.get()).isPresent() || newInstrument.get() == null) {
            return Optional.empty();
        }
        Assessment a =
                Assessment.start(
                        newInstrument.get(),
                        Dates.parse(newDate.get()).value().orElseThrow(),
                        newRater.get());
        workspace.edit(c -> c.withAssessment(a));
        select(a.id());
        return Optional.of(a);
    }

    /** Removes the selected assessment; Undo brings it back. */
    public void removeSelected() {
        selected()
                .ifPresent(
                        a -> {
                            List<Assessment> rest =
                                    new ArrayList<>(workspace.caseFile().assessments());
                            rest.removeIf(x -> x.id().equals(a.id()));
                            workspace.editUndoably(
                                    Messages.format(
                                            "undo.assessmentRemoved",
                                            LevelSummary.instrument(a),
                                            Dates.show(a.date())),
                                    c -> c.withAssessments(rest));
                        });
    }

    public void select(String id) {
        selectedId = id;
        Assessment a = find(workspace.caseFile(), id).orElse(null);
        selected.set(a);
        step.set(0);
        if (a != null && !a.unrated().isEmpty()) {
            step.set(
                    instruments.dimensions(a.instrument()).stream()
                            .map(DimensionDefinition::id)
                            .toList()
                            .indexOf(a.unrated().get(0)));
        }
        showStep();
        loadFields();
        result.set(a == null ? null : LevelSummary.result(a).orElse(null));
    }

    /**
     * Rates the current dimension (a token of its scale, e.g. "3"); false when it is not one of its
     * choices.
     */
    public boolean rate(String value) {
        DimensionDefinition d = dimension.get();
        if (d == null || d.choice(value).isEmpty()) {
            return false;
        }
        Optional<DimensionRating> before = selected().flatMap(a -> a.rating(d.id()));
        update(
                a ->
                        a.withRating(
                                new DimensionRating(
                                        d.id(),
                                        value,
                                        before.map(DimensionRating::evidence).orElse(""),
                                        before.flatMap(DimensionRating::evidenceDate))));
        return true;
    }

    /**
     * The next step; from the last one, the first dimension still unrated. False when there is
     * nowhere to go.
     */
    public boolean next() {
        int n = dimensions().size();
        if (step.get() < n - 1) {
            goTo(step.get() + 1);
            return true;
        }
        Optional<String> unrated = selected().flatMap(a -> a.unrated().stream().findFirst());
        if (unrated.isPresent()) {
            goTo(
                    dimensions().stream()
                            .map(DimensionDefinition::id)
                            .toList()
                            .indexOf(unrated.get()));
            return true;
        }
        return false;
    }

    public boolean back() {
        if (step.get() > 0) {
            goTo(step.get() - 1);
            return true;
        }
        return false;
    }

    public void goTo(int index) {
        if (index >= 0 && index < dimensions().size()) {
            step.set(index);
            showStep();
        }
    }

    // ---- keeping screen and case in step
    // ------------------------------------------------------------------------

    private static Optional<Assessment> find(CaseFile c, String id) {
        return c.assessments().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private void refresh(CaseFile c) {
        assessments.setAll(
                c.assessments().stream().sorted(Comparator.comparing(Assessment::date)).toList());
        InstrumentSuggestion s =
                InstrumentSuggestion.forCase(c.levelOfCare(), c.patient().dateOfBirth(), today());
        suggested = s.instruments();
        suggestion.set(suggestionText(c, s));
        Optional<Assessment> now = selectedId == null ? Optional.empty() : find(c, selectedId);
        if (now.isEmpty()) {
            // Removed, undone away or brought back by Undo: show the latest there is.
            String latest =
                    assessments.isEmpty() ? null : assessments.get(assessments.size() - 1).id();
            if (!Objects.equals(latest, selectedId)) {
                select(latest);
                return;
            }
        }
        selected.set(now.orElse(null));
        result.set(now.flatMap(LevelSummary::result).orElse(null));
        if (sync.committing()) {
            currentRating.set(currentToken());
        } else {
            showStep();
            loadFields();
        }
    }

    private static String suggestionText(CaseFile c, InstrumentSuggestion s) {
        StringBuilder sb = new StringBuilder(String.join(" ", s.reasons()));
        if (s.instruments().size() > 1) {
            List<String> missing =
                    s.instruments().stream()
                            .filter(
                                    i ->
                                            c.assessments().stream()
                                                    .noneMatch(a -> a.instrument() == i))
                            .map(Instrument::label)
                            .toList();
            sb.append(' ')
                    .append(
                            Messages.format(
                                    "scoring.suggest.both",
                                    s.instruments().get(0).label(),
                                    s.instruments().get(1).label()));
            if (!missing.isEmpty()) {
                sb.append(' ')
                        .append(
                                Messages.format(
                                        "scoring.suggest.missing", String.join(", ", missing)));
            }
        }
        return sb.toString().strip();
    }

    private String currentToken() {
        DimensionDefinition d = dimension.get();
        return d == null
                ? ""
                : selected().flatMap(a -> a.rating(d.id())).map(DimensionRating::value).orElse("");
    }

    /** Points the step at its dimension and fills the evidence fields from the stored rating. */
    private void showStep() {
        List<DimensionDefinition> dims = dimensions();
        if (step.get() >= dims.size()) {
            step.set(Math.max(0, dims.size() - 1));
        }
        dimension.set(dims.isEmpty() ? null : dims.get(step.get()));
        currentRating.set(currentToken());
        Optional<DimensionRating> r =
                Optional.ofNullable(dimension.get())
                        .flatMap(d -> selected().flatMap(a -> a.rating(d.id())));
        sync.load(
                () -> {
                    setIfDifferent(evidence, r.map(DimensionRating::evidence).orElse(""));
                    if (!Dates.parse(evidenceDate.get())
                            .value()
                            .equals(r.flatMap(DimensionRating::evidenceDate))) {
                        evidenceDate.set(Dates.show(r.flatMap(DimensionRating::evidenceDate)));
                    }
                });
    }

    private void loadFields() {
        sync.load(
                () -> {
                    Optional<Assessment> a = selected();
                    if (!Dates.parse(date.get()).value().equals(a.map(Assessment::date))) {
                        date.set(a.map(x -> Dates.show(x.date())).orElse(""));
                    }
                    setIfDifferent(rater, a.map(Assessment::rater).orElse(""));
                    overrideLevel.set(a.flatMap(Assessment::overrideLevel).orElse(null));
                    setIfDifferent(varianceReason, a.map(Assessment::varianceReason).orElse(""));
                    licensedGridLevel.set(a.flatMap(Assessment::licensedGridLevel).orElse(null));
                    insurerEdition.set(a.flatMap(Assessment::insurerAsamEdition).orElse(null));
                    noPriorTreatment.set(a.map(Assessment::noPriorTreatment).orElse(false));
                    actAvailable.set(a.map(Assessment::actAvailable).orElse(false));
                });
    }

    private static void setIfDifferent(StringProperty p, String v) {
        if (!p.get().strip().equals(v.strip())) {
            p.set(v);
        }
    }

    private void update(UnaryOperator<Assessment> change) {
        if (sync.loading() || selectedId == null) {
            return;
        }
        sync.commit(
                () -> {
                    workspace.edit(
                            c ->
                                    find(c, selectedId)
                                            .map(a -> c.withAssessment(change.apply(a)))
                                            .orElse(c));
                });
    }

    private void commitEvidence() {
        DimensionDefinition d = dimension.get();
        if (d == null) {
            return;
        }
        update(
                a ->
                        a.rating(d.id())
                                .map(
                                        r ->
                                                a.withRating(
                                                        new DimensionRating(
                                                                d.id(),
                                                                r.value(),
                                                                evidence.get(),
                                                                checkEvidenceDate(
                                                                                        evidenceDate
                                                                                                .get())
                                                                                .isEmpty()
                                                                        ? Dates.parse(
                                                                                        evidenceDate
                                                                                                .get())
                                                                                .value()
                                                                        : r.evidenceDate())))
                                .orElse(a));
    }

    private void commitDate() {
        if (checkAssessmentDate(date.get()).isEmpty()) {
            LocalDate d = Dates.parse(date.get()).value().orElseThrow();
            update(a -> AssessmentEdits.withDate(a, d));
        }
    }

    private void commitOverride() {
        Optional<String> level = Optional.ofNullable(overrideLevel.get());
        String reason = varianceReason.get();
        update(
                a ->
                        level.isPresent() && reason.isBlank()
                                ? a
                                : AssessmentEdits.withOverride(a, level, reason));
    }

    private void commitOptions() {
        update(
                a ->
                        a.instrument() == Instrument.ASAM
                                ? a
                                : AssessmentEdits.withOptions(
                                        a, noPriorTreatment.get(), actAvailable.get()));
    }
}
