package org.overturn.ui.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.overturn.domain.scoring.AsamLevel;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.LocusLevel;

/**
 * The instrument definitions as the scoring screen reads them, from the app's one holder of
 * reference data (given by the composition root: {@code ReferenceData::instrument}).
 */
public final class Instruments {

    private final Function<Instrument, InstrumentDefinition> definitions;

    public Instruments(Function<Instrument, InstrumentDefinition> definitions) {
        this.definitions = definitions;
    }

    public InstrumentDefinition definition(Instrument i) {
        return definitions.apply(i);
    }

    public List<DimensionDefinition> dimensions(Instrument i) {
        return definition(i).ratedDimensions();
    }

    /**
     * The level codes an override (or a licensed-grid entry) may name for this instrument, lowest
     * first.
     */
    public static List<String> levelCodes(Instrument i) {
        return switch (i) {
            case LOCUS, CALOCUS ->
                    Arrays.stream(LocusLevel.values()).map(LocusLevel::code).toList();
            case ASAM -> Arrays.stream(AsamLevel.values()).map(AsamLevel::code).toList();
        };
    }
}
