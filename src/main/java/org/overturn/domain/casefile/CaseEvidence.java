package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.domain.rebuttal.MeasureEvidence;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureResult;
import org.overturn.domain.scoring.measures.MeasureRules;

/**
 * What a case holds that a rebuttal answer can rest on: each instrument's latest ratings and the
 * measures on file, handed to the rebuttal code as plain values. Read afresh every time, so a
 * rating changed in Scoring shows everywhere and nothing is retyped.
 */
public final class CaseEvidence {

    private final Function<Instrument, InstrumentDefinition> definitions;

    /**
     * @param definitions each instrument's definition, for the dimensions' names
     */
    public CaseEvidence(Function<Instrument, InstrumentDefinition> definitions) {
        this.definitions = definitions;
    }

    /** The numeric ratings of every instrument's latest assessment. */
    public List<DimensionEvidence> ratings(CaseFile c) {
        List<DimensionEvidence> out = new ArrayList<>();
        for (Instrument i : Instrument.values()) {
            latest(c, i)
                    .ifPresent(
                            a ->
                                    a.ratings()
                                            .forEach(
                                                    r ->
                                                            rating(a, r.dimensionId())
                                                                    .ifPresent(out::add)));
        }
        return out;
    }

    /** One dimension's rating in an assessment, when it is a number. */
    public Optional<DimensionEvidence> rating(Assessment a, String dimensionId) {
        Optional<DimensionRating> r = a.rating(dimensionId);
        OptionalInt n = r.map(DimensionRating::number).orElse(OptionalInt.empty());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<DimensionDefinition> d = definitions.apply(a.instrument()).dimension(dimensionId);
        String name =
                a.instrument().label() + " " + d.map(DimensionDefinition::name).orElse(dimensionId);
        LocalDate when = r.get().evidenceDate().orElse(a.date());
        return Optional.of(
                new DimensionEvidence(
                        dimensionId,
                        name,
                        n.getAsInt(),
                        a.instrument().scaleMin(),
                        a.instrument().scaleMax(),
                        r.get().evidence(),
                        Optional.of(when)));
    }

    /** Every measure on file, with its score and band in plain words. */
    public static List<MeasureEvidence> measures(CaseFile c) {
        List<MeasureEvidence> out = new ArrayList<>();
        for (MeasureEntry e : c.measures()) {
            MeasureResult r = MeasureRules.evaluate(e);
            String result =
                    r.score()
                            .map(s -> r.band().isEmpty() ? String.valueOf(s) : s + ", " + r.band())
                            .orElse(r.band());
            if (!result.isEmpty()) {
                out.add(
                        new MeasureEvidence(
                                e.measure().id(), e.measure().label(), e.date(), result, e.note()));
            }
        }
        return out;
    }

    /** The latest assessment with this instrument: by date, then the one recorded last. */
    public static Optional<Assessment> latest(CaseFile c, Instrument i) {
        List<Assessment> of = c.assessments().stream().filter(a -> a.instrument() == i).toList();
        return of.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    }

    /**
     * The instruments that fit this case: those already used in Scoring, else what the care and age
     * call for (ASAM for substance use, CALOCUS-CASII under 18, LOCUS for adults' mental health).
     */
    public static List<Instrument> relevantInstruments(CaseFile c, LocalDate today) {
        Set<Instrument> out = new LinkedHashSet<>();
        c.assessments().stream()
                .sorted(Comparator.comparing(Assessment::date))
                .forEach(a -> out.add(a.instrument()));
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        LevelOfCare level = c.levelOfCare().orElse(LevelOfCare.IOP_MENTAL_HEALTH);
        boolean minor =
                level == LevelOfCare.ADOLESCENT_IOP
                        || c.patient()
                                .dateOfBirth()
                                .map(d -> Period.between(d, today).getYears() < 18)
                                .orElse(false);
        if (level != LevelOfCare.IOP_SUBSTANCE_USE) {
            out.add(minor ? Instrument.CALOCUS : Instrument.LOCUS);
        }
        if (level.involvesSubstanceUse()) {
            out.add(Instrument.ASAM);
        }
        return List.copyOf(out);
    }

    /** The ids kept from a list when only the case's instruments are wanted. */
    public static List<String> onlyRelevant(
            List<String> dimensionIds, List<Instrument> instruments) {
        return dimensionIds.stream().filter(d -> instruments.contains(instrumentOf(d))).toList();
    }

    public static Instrument instrumentOf(String dimensionId) {
        for (Instrument i : Instrument.values()) {
            if (i.dimensionIds().contains(dimensionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + dimensionId);
    }
}
