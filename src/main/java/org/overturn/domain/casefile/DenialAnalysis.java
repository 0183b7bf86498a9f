package org.overturn.domain.casefile;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.rebuttal.DenialTextAnalyzer;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.RebuttalDrafter;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.SentenceSplitter;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;

/**
 * Analyses a denial's rationale into statements and drafted rebuttal rows for the paths that run it
 * unasked: importing a case, and pasting or editing a rationale in the Denial section. The case
 * keeps one list of statements, for its current denial, so the current denial's rationale is the
 * one analysed. What a person has confirmed or written is never replaced: the analysis runs only
 * while the case holds no analysis of this rationale that the clinician has touched, and a
 * rationale it cannot parse leaves the case as it was.
 */
public final class DenialAnalysis {

    private static final System.Logger LOG = System.getLogger(DenialAnalysis.class.getName());

    private final DenialTextAnalyzer analyzer;
    private final RebuttalDrafter drafter;
    private final CaseEvidence evidence;

    /**
     * @param definitions each instrument's definition, for the dimensions' names in drafted answers
     */
    public DenialAnalysis(
            PatternCatalogue catalogue, Function<Instrument, InstrumentDefinition> definitions) {
        this.analyzer = new DenialTextAnalyzer(catalogue);
        this.drafter = new RebuttalDrafter(catalogue);
        this.evidence = new CaseEvidence(definitions);
    }

    public DenialTextAnalyzer analyzer() {
        return analyzer;
    }

    public CaseEvidence evidence() {
        return evidence;
    }

    /**
     * The case with its current denial's rationale split into proposed (unconfirmed) statements and
     * a drafted row for each statement a pattern recognised; the case unchanged when it already
     * holds an analysis of this rationale, when a person has confirmed a statement or answered a
     * row, or when the rationale is empty.
     */
    public CaseFile analyseUnanalysed(CaseFile c, LocalDate today) {
        String rationale = c.currentDenial().map(Denial::rationale).orElse("");
        if (rationale.isBlank() || !awaitsAnalysis(c, rationale)) {
            return c;
        }
        try {
            List<StatementMapping> proposed = propose(c, rationale, today);
            List<RebuttalRow> rows =
                    new ArrayList<>(
                            c.rebuttal().stream().filter(r -> r.statementId().isEmpty()).toList());
            CaseFile analysed = c.withStatements(proposed).withRebuttal(rows);
            Set<String> ids = new HashSet<>(rows.stream().map(RebuttalRow::id).toList());
            for (StatementMapping m : proposed) {
                RebuttalRow row = drafter.rowFor(m);
                if (!m.patternIds().isEmpty() && ids.add(row.id())) {
                    rows.add(draft(analysed, row));
                }
            }
            return analysed.withRebuttal(rows);
        } catch (RuntimeException | StackOverflowError e) {
            // A rationale the rules choke on yields no statements; the import or the edit goes
            // ahead without them.
            LOG.log(Level.WARNING, "Denial analysis skipped: " + e.getClass().getSimpleName());
            return c;
        }
    }

    /** Whether the case holds no analysis of this rationale that a person has touched. */
    boolean awaitsAnalysis(CaseFile c, String rationale) {
        if (c.statements().isEmpty()) {
            return true;
        }
        if (c.statements().stream().anyMatch(StatementMapping::confirmed)
                || c.rebuttal().stream()
                        .anyMatch(r -> r.statementId().isPresent() && touched(c, r))) {
            return false;
        }
        List<String> analysed = c.statements().stream().map(m -> m.statement().text()).toList();
        return !SentenceSplitter.split(rationale).equals(analysed);
    }

    /** A drafted row the clinician has answered or given other dimensions than its statement's. */
    private static boolean touched(CaseFile c, RebuttalRow r) {
        return !r.answer().isBlank()
                || mapping(c, r).map(m -> !m.dimensionIds().equals(r.dimensionIds())).orElse(false);
    }

    private static Optional<StatementMapping> mapping(CaseFile c, RebuttalRow r) {
        return r.statementId()
                .flatMap(
                        id ->
                                c.statements().stream()
                                        .filter(m -> m.statement().id().equals(id))
                                        .findFirst());
    }

    /**
     * Unconfirmed proposals for a rationale, their dimensions cut to the instruments that fit the
     * case.
     */
    public List<StatementMapping> propose(CaseFile c, String rationale, LocalDate today) {
        List<Instrument> instruments = CaseEvidence.relevantInstruments(c, today);
        return analyzer.propose(rationale).stream()
                .map(
                        p ->
                                new StatementMapping(
                                        p.statement(),
                                        p.patternIds(),
                                        p.reason(),
                                        p.subReason(),
                                        CaseEvidence.onlyRelevant(p.dimensionIds(), instruments),
                                        p.argumentIds(),
                                        p.detail(),
                                        false))
                .toList();
    }

    /**
     * The row drafted afresh from the ratings, measures and arguments the case holds now; its
     * answer is kept.
     */
    public RebuttalRow draft(CaseFile c, RebuttalRow row) {
        return drafter.draft(row, mapping(c, row), evidence.ratings(c), CaseEvidence.measures(c));
    }
}
