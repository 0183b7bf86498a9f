package org.overturn.ui.rebuttal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseEvidence;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;

/**
 * What Scoring holds for the rebuttal: each instrument's latest assessment and the ratings in it.
 * The rebuttal reads ratings and evidence from here every time, so a rating changed in Scoring
 * shows everywhere and nothing is retyped.
 */
public final class ScoredDimensions {

    private final ReferenceData reference;
    private final CaseEvidence evidence;

    public ScoredDimensions(ReferenceData reference) {
        this.reference = reference;
        this.evidence = reference.denialAnalysis().evidence();
    }

    /**
     * One dimension as the matrix shows it: rated in the latest assessment of its instrument, or
     * why not.
     */
    public record Linked(
            String dimensionId,
            String name,
            Optional<Assessment> assessment,
            Optional<DimensionEvidence> evidence) {}

    public static Instrument instrumentOf(String dimensionId) {
        return CaseEvidence.instrumentOf(dimensionId);
    }

    /** "LOCUS II · Functional Status". */
    public String name(String dimensionId) {
        Instrument i = instrumentOf(dimensionId);
        Optional<DimensionDefinition> d = reference.instrument(i).dimension(dimensionId);
        return i.label()
                + " "
                + d.map(DimensionDefinition::code).orElse(dimensionId)
                + " · "
                + d.map(DimensionDefinition::name).orElse(dimensionId);
    }

    /** The latest assessment with this instrument: by date, then the one recorded last. */
    public static Optional<Assessment> latest(CaseFile c, Instrument i) {
        return CaseEvidence.latest(c, i);
    }

    public Linked link(CaseFile c, String dimensionId) {
        Instrument i = instrumentOf(dimensionId);
        Optional<Assessment> a = latest(c, i);
        Optional<DimensionEvidence> e = a.flatMap(x -> evidence(x, dimensionId));
        return new Linked(dimensionId, name(dimensionId), a, e);
    }

    /** The numeric ratings of every instrument's latest assessment, for the drafter. */
    public List<DimensionEvidence> evidence(CaseFile c) {
        return evidence.ratings(c);
    }

    private Optional<DimensionEvidence> evidence(Assessment a, String dimensionId) {
        return evidence.rating(a, dimensionId);
    }

    /** The instruments that fit this case (see {@link CaseEvidence#relevantInstruments}). */
    public static List<Instrument> relevant(CaseFile c, LocalDate today) {
        return CaseEvidence.relevantInstruments(c, today);
    }

    /** The ids kept from a list when only the case's instruments are wanted. */
    public static List<String> onlyRelevant(
            List<String> dimensionIds, List<Instrument> instruments) {
        return CaseEvidence.onlyRelevant(dimensionIds, instruments);
    }
}
