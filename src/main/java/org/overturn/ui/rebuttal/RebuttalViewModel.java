package org.overturn.ui.rebuttal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.rebuttal.DenialPattern;
import org.overturn.domain.rebuttal.DenialTextAnalyzer;
import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.PatternMatch;
import org.overturn.domain.rebuttal.RebuttalArgument;
import org.overturn.domain.rebuttal.RebuttalDrafter;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.Statement;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Instrument;
import org.overturn.ui.common.Messages;
import org.overturn.ui.opencase.FormSync;
import org.overturn.ui.opencase.WorkspaceViewModel;

/**
 * The Rebuttal section: the current denial's rationale, its statements with the clinician's
 * confirmed mappings, and the rebuttal matrix. Ratings and evidence are never copied into the
 * matrix; they are read from the latest assessment in Scoring each time they are shown or drafted
 * from.
 */
public final class RebuttalViewModel {

    private final WorkspaceViewModel workspace;
    private final DenialAnalysis analysis;
    private final DenialTextAnalyzer analyzer;
    private final RebuttalDrafter drafter;
    private final ScoredDimensions scored;
    private final FormSync sync = new FormSync();

    /** The current denial's rationale as typed or pasted here (the same text as in Denials). */
    public final StringProperty rationale = new SimpleStringProperty("");

    /** A criterion typed in by hand for a new matrix row. */
    public final StringProperty newCriterion = new SimpleStringProperty("");

    public RebuttalViewModel(WorkspaceViewModel workspace, ReferenceData reference) {
        this.workspace = workspace;
        this.analysis = reference.denialAnalysis();
        this.analyzer = analysis.analyzer();
        this.drafter = new RebuttalDrafter(reference.patterns());
        this.scored = new ScoredDimensions(reference);
        load(workspace.caseFile());
        rationale.addListener((o, a, b) -> commitRationale());
        workspace
                .caseFileProperty()
                .addListener(
                        (o, a, c) -> {
                            if (!sync.committing()) {
                                load(c);
                            }
                        });
    }

    private void load(CaseFile c) {
        sync.load(
                () -> {
                    String text = c.currentDenial().map(Denial::rationale).orElse("");
                    if (!rationale.get().stripTrailing().equals(text)) {
                        rationale.set(text);
                    }
                });
    }

    private void commitRationale() {
        if (sync.loading() || caseFile().currentDenial().isEmpty()) {
            return;
        }
        edit(
                c ->
                        c.currentDenial()
                                .map(d -> c.withDenial(withRationale(d, rationale.get())))
                                .orElse(c));
    }

    private void edit(UnaryOperator<CaseFile> change) {
        sync.commit(
                () -> {
                    workspace.edit(change);
                });
    }

    public CaseFile caseFile() {
        return workspace.caseFile();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public ScoredDimensions scored() {
        return scored;
    }

    public PatternCatalogue catalogue() {
        return analyzer.catalogue();
    }

    public boolean hasDenial() {
        return caseFile().currentDenial().isPresent();
    }

    public List<Instrument> instruments() {
        return ScoredDimensions.relevant(caseFile(), today());
    }

    public boolean nothingScored() {
        return caseFile().assessments().stream().allMatch(a -> a.ratings().isEmpty());
    }

    private LocalDate today() {
        return LocalDate.now(workspace.clock());
    }

    // ---- statements
    // ----------------------------------------------------------------------------------------

    /**
     * Splits the rationale into statements and proposes a mapping for each. A statement the
     * clinician already confirmed, word for word, keeps the clinician's mapping. Undoable, since it
     * replaces the list.
     */
    public void analyse() {
        List<StatementMapping> before = caseFile().statements();
        List<StatementMapping> next = new ArrayList<>();
        for (StatementMapping proposed : analysis.propose(caseFile(), rationale.get(), today())) {
            Statement s = proposed.statement();
            Optional<StatementMapping> kept =
                    before.stream()
                            .filter(m -> m.confirmed() && m.statement().text().equals(s.text()))
                            .findFirst();
            next.add(
                    kept.map(
                                    m ->
                                            new StatementMapping(
                                                    s,
                                                    m.patternIds(),
                                                    m.reason(),
                                                    m.subReason(),
                                                    m.dimensionIds(),
                                                    m.argumentIds(),
                                                    m.detail(),
                                                    true))
                            .orElse(proposed));
        }
        if (before.isEmpty()) {
            edit(c -> c.withStatements(next));
        } else {
            sync.commit(
                    () -> {
                        workspace.editUndoably(
                                Messages.get("rebuttal.undo.analyse"), c -> c.withStatements(next));
                    });
        }
    }

    public void confirm(String statementId) {
        changeMapping(statementId, StatementMapping::confirm);
    }

    public void confirmAll() {
        edit(
                c ->
                        c.withStatements(
                                c.statements().stream().map(StatementMapping::confirm).toList()));
    }

    public void setReason(
            String statementId, DenialReason reason, Optional<AdmissionSubReason> sub) {
        Optional<AdmissionSubReason> s =
                reason == DenialReason.ADMISSION_CRITERIA_NOT_MET ? sub : Optional.empty();
        changeMapping(statementId, m -> m.withReason(reason, s));
    }

    public void setDimension(String statementId, String dimensionId, boolean on) {
        changeMapping(
                statementId, m -> m.withDimensions(toggle(m.dimensionIds(), dimensionId, on)));
    }

    public void setArgument(String statementId, String argumentId, boolean on) {
        changeMapping(statementId, m -> m.withArguments(toggle(m.argumentIds(), argumentId, on)));
    }

    private void changeMapping(String statementId, UnaryOperator<StatementMapping> change) {
        edit(
                c ->
                        c.withStatements(
                                c.statements().stream()
                                        .map(
                                                m ->
                                                        m.statement().id().equals(statementId)
                                                                ? change.apply(m)
                                                                : m)
                                        .toList()));
    }

    public Optional<StatementMapping> mapping(String statementId) {
        return caseFile().statements().stream()
                .filter(m -> m.statement().id().equals(statementId))
                .findFirst();
    }

    public String patternLabel(String patternId) {
        return catalogue().pattern(patternId).map(DenialPattern::label).orElse(patternId);
    }

    /**
     * For each pattern the mapping names, its label and the words of the statement that matched it
     * ("No imminent risk: “not at imminent risk”"), so the clinician sees why it was proposed; a
     * pattern the words no longer match (the clinician's own mapping) shows its label only.
     */
    public List<String> recognisedWords(StatementMapping m) {
        List<PatternMatch> matches = analyzer.recognise(m.statement().text());
        return m.patternIds().stream()
                .map(
                        id ->
                                matches.stream()
                                        .filter(x -> x.patternId().equals(id))
                                        .findFirst()
                                        .map(
                                                x ->
                                                        Messages.format(
                                                                "rebuttal.recognised.words",
                                                                patternLabel(id),
                                                                x.matchedText()))
                                        .orElse(patternLabel(id)))
                .toList();
    }

    public String argumentTitle(String argumentId) {
        return catalogue().argument(argumentId).map(RebuttalArgument::title).orElse(argumentId);
    }

    // ---- the matrix
    // ----------------------------------------------------------------------------------------

    /**
     * Adds a row for each confirmed statement that names dimensions and has no row yet; returns how
     * many.
     */
    public int addRowsFromConfirmed() {
        Set<String> answered = answeredStatements();
        List<RebuttalRow> fresh =
                drafter.rowsFor(caseFile().statements()).stream()
                        .filter(r -> r.statementId().map(id -> !answered.contains(id)).orElse(true))
                        .map(this::started)
                        .toList();
        if (!fresh.isEmpty()) {
            edit(
                    c -> {
                        CaseFile out = c;
                        for (RebuttalRow r : fresh) {
                            out = out.withRebuttalRow(r);
                        }
                        return out;
                    });
        }
        return fresh.size();
    }

    /** Adds a row for one statement (confirming its mapping: a person chose to answer it). */
    public void addRowFor(String statementId) {
        Optional<StatementMapping> m = mapping(statementId);
        if (m.isEmpty() || answeredStatements().contains(statementId)) {
            return;
        }
        RebuttalRow row = started(drafter.rowFor(m.get()));
        edit(
                c ->
                        c.withStatements(
                                        c.statements().stream()
                                                .map(
                                                        x ->
                                                                x.statement()
                                                                                .id()
                                                                                .equals(statementId)
                                                                        ? x.confirm()
                                                                        : x)
                                                .toList())
                                .withRebuttalRow(row));
    }

    public boolean hasRowFor(String statementId) {
        return answeredStatements().contains(statementId);
    }

    /**
     * Adds a row for a criterion typed in by hand, with the case's instruments' dimensions left to
     * choose.
     */
    public boolean addTypedRow() {
        String criterion = newCriterion.get().strip();
        if (criterion.isEmpty()) {
            return false;
        }
        RebuttalRow row =
                started(
                        RebuttalRow.typed(
                                "r-" + UUID.randomUUID().toString().substring(0, 8),
                                criterion,
                                List.of()));
        edit(c -> c.withRebuttalRow(row));
        newCriterion.set("");
        return true;
    }

    public void setRowDimension(String rowId, String dimensionId, boolean on) {
        changeRow(
                rowId, r -> redrafted(r.withDimensions(toggle(r.dimensionIds(), dimensionId, on))));
    }

    public void setAnswer(String rowId, String text) {
        changeRow(rowId, r -> r.withAnswer(text));
    }

    /** Replaces the answer with the drafted suggestion. */
    public void useSuggestion(String rowId) {
        changeRow(rowId, r -> r.withAnswer(r.suggestion()));
    }

    /**
     * Drafts every row again from the ratings Scoring holds now; the clinician's answers are kept.
     */
    public void redraftAll() {
        edit(c -> c.withRebuttal(c.rebuttal().stream().map(this::redrafted).toList()));
    }

    public void removeRow(String rowId) {
        sync.commit(
                () -> {
                    workspace.editUndoably(
                            Messages.get("rebuttal.undo.removeRow"),
                            c ->
                                    c.withRebuttal(
                                            c.rebuttal().stream()
                                                    .filter(r -> !r.id().equals(rowId))
                                                    .toList()));
                });
    }

    public Optional<RebuttalRow> row(String rowId) {
        return caseFile().rebuttal().stream().filter(r -> r.id().equals(rowId)).findFirst();
    }

    /** Each of the row's dimensions with its rating and evidence as Scoring holds them now. */
    public List<ScoredDimensions.Linked> linked(RebuttalRow row) {
        return row.dimensionIds().stream().map(d -> scored.link(caseFile(), d)).toList();
    }

    private void changeRow(String rowId, UnaryOperator<RebuttalRow> change) {
        edit(
                c ->
                        c.withRebuttal(
                                c.rebuttal().stream()
                                        .map(r -> r.id().equals(rowId) ? change.apply(r) : r)
                                        .toList()));
    }

    /**
     * A new row, drafted; its answer starts from the suggestion when the ratings gave something to
     * say.
     */
    private RebuttalRow started(RebuttalRow row) {
        RebuttalRow drafted = redrafted(row);
        boolean rated = relevantEvidence(drafted).findAny().isPresent();
        return rated && drafted.answer().isEmpty()
                ? drafted.withAnswer(drafted.suggestion())
                : drafted;
    }

    /**
     * Drafted again from the ratings, measures and arguments the case holds; a row about the
     * patient's condition with nothing scored or on file for it gets no suggestion (the screen says
     * why).
     */
    private RebuttalRow redrafted(RebuttalRow row) {
        return analysis.draft(caseFile(), row);
    }

    private Stream<DimensionEvidence> relevantEvidence(RebuttalRow row) {
        return scored.evidence(caseFile()).stream()
                .filter(e -> row.dimensionIds().contains(e.dimensionId()));
    }

    private Set<String> answeredStatements() {
        Set<String> ids = new LinkedHashSet<>();
        caseFile().rebuttal().forEach(r -> r.statementId().ifPresent(ids::add));
        return ids;
    }

    private static List<String> toggle(List<String> ids, String id, boolean on) {
        List<String> out = new ArrayList<>(ids);
        out.remove(id);
        if (on) {
            out.add(id);
        }
        return out;
    }

    static Denial withRationale(Denial d, String text) {
        return new Denial(
                d.id(),
                d.noticeDate(),
                d.receivedAt(),
                d.receivedBy(),
                d.denialType(),
                d.urgent(),
                d.levelOfCare(),
                d.reasons(),
                d.admissionSubReasons(),
                d.criteriaSet(),
                d.criteriaVersion(),
                d.reviewerName(),
                d.reviewerCredentials(),
                d.authorizationNumber(),
                d.claimNumber(),
                d.referenceNumber(),
                d.unitKind(),
                d.unitsRequested(),
                d.unitsDenied(),
                d.hoursPerWeekRequested(),
                d.startDateRequested(),
                d.billedAmount(),
                text);
    }
}
