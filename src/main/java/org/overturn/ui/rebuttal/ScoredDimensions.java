package org.overturn.ui.rebuttal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.core.ReferenceData;

/**
 * What Scoring holds for the rebuttal: each instrument's latest assessment and the ratings in it. The rebuttal
 * reads ratings and evidence from here every time, so a rating changed in Scoring shows everywhere and nothing is
 * retyped.
 */
public final class ScoredDimensions {

    private final ReferenceData reference;

    public ScoredDimensions(ReferenceData reference) {
        this.reference = reference;
    }

    /** One dimension as the matrix shows it: rated in the latest assessment of its instrument, or why not. */
    public record Linked(String dimensionId, String name, Optional<Assessment> assessment,
                         Optional<DimensionEvidence> evidence) {
    }

    public static Instrument instrumentOf(String dimensionId) {
        for (Instrument i : Instrument.values()) {
            if (i.dimensionIds().contains(dimensionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + dimensionId);
    }

    /** "LOCUS II · Functional Status". */
    public String name(String dimensionId) {
        Instrument i = instrumentOf(dimensionId);
        Optional<DimensionDefinition> d = reference.instrument(i).dimension(dimensionId);
        return i.label() + " " + d.map(DimensionDefinition::code).orElse(dimensionId) + " · "
                + d.map(DimensionDefinition::name).orElse(dimensionId);
    }

    /** The latest assessment with this instrument: by date, then the one recorded last. */
    public static Optional<Assessment> latest(CaseFile c, Instrument i) {
        List<Assessment> of = c.assessments().stream().filter(a -> a.instrument() == i).toList();
        return of.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    }

    public Linked link(CaseFile c, String dimensionId) {
        Instrument i = instrumentOf(dimensionId);
        Optional<Assessment> a = latest(c, i);
        Optional<DimensionEvidence> e = a.flatMap(x -> evidence(x, dimensionId));
        return new Linked(dimensionId, name(dimensionId), a, e);
    }

    /** The numeric ratings of every instrument's latest assessment, for the drafter. */
    public List<DimensionEvidence> evidence(CaseFile c) {
        List<DimensionEvidence> out = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            latest(c, i).ifPresent(a -> a.ratings().forEach(r -> evidence(a, r.dimensionId()).ifPresent(out::add)));
        }
        return out;
    }

    private Optional<DimensionEvidence> evidence(Assessment a, String dimensionId) {
        Optional<DimensionRating> r = a.rating(dimensionId);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt n = r.get().number();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<DimensionDefinition> d = reference.instrument(a.instrument()).dimension(dimensionId);
        String dimName = a.instrument().label() + " " + d.map(DimensionDefinition::name).orElse(dimensionId);
        LocalDate when = r.get().evidenceDate().orElse(a.date());
        return Optional.of(new DimensionEvidence(dimensionId, dimName, n.getAsInt(), a.instrument().scaleMin(),
                a.instrument().scaleMax(), r.get().evidence(), Optional.of(when)));
    }

    /**
     * The instruments that fit this case: those already used in Scoring, else what the care and age call for
     * (ASAM for substance use, CALOCUS-CASII under 18, LOCUS for adults' mental health).
     */
    public static List<Instrument> relevant(CaseFile c, LocalDate today) {
        Set<Instrument> out = new LinkedHashSet<>();
        c.assessments().stream().sorted(Comparator.comparing(Assessment::date)).forEach(a -> out.add(a.instrument()));
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        LevelOfCare level = c.levelOfCare().orElse(LevelOfCare.IOP_MENTAL_HEALTH);
        boolean minor = level == LevelOfCare.ADOLESCENT_IOP || c.patient().dateOfBirth()
                .map(d -> Period.between(d, today).getYears() < 18).orElse(false);
        if (level != LevelOfCare.IOP_SUBSTANCE_USE) {
            out.add(minor ? Instrument.CALOCUS : Instrument.LOCUS);
        }
        if (level.involvesSubstanceUse()) {
            out.add(Instrument.ASAM);
        }
        return List.copyOf(out);
    }

    /** The ids kept from a list when only the case's instruments are wanted. */
    public static List<String> onlyRelevant(List<String> dimensionIds, List<Instrument> instruments) {
        return dimensionIds.stream().filter(d -> instruments.contains(instrumentOf(d))).toList();
    }
}
