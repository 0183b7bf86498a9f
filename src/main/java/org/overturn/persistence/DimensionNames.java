package org.overturn.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;

/**
 * Display names of every scoring dimension of the built-in instruments, by dimension id ("locus.I"
 * → "Risk of Harm").
 */
public final class DimensionNames implements Function<String, String> {

    private final Map<String, String> names = new HashMap<>();

    private DimensionNames(Function<Instrument, InstrumentDefinition> definitions) {
        for (Instrument i : Instrument.values()) {
            InstrumentDefinition def = definitions.apply(i);
            for (DimensionDefinition d : def.ratedDimensions()) {
                names.put(d.id(), d.code() + " " + d.name());
            }
        }
    }

    /** The names from definitions already read (the app's reference data). */
    public static DimensionNames of(Function<Instrument, InstrumentDefinition> definitions) {
        return new DimensionNames(definitions);
    }

    /** The name, or the id itself for an id no instrument defines. */
    @Override
    public String apply(String dimensionId) {
        return names.getOrDefault(dimensionId, dimensionId);
    }
}
