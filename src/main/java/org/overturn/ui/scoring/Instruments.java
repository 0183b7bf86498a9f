package org.overturn.ui.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.overturn.domain.scoring.AsamLevel;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.LocusLevel;
import org.overturn.persistence.InstrumentLoader;

/** The shipped instrument definitions (read once: they are small and never change while the app runs). */
public final class Instruments {

    private static final Map<Instrument, InstrumentDefinition> LOADED = new EnumMap<>(Instrument.class);

    private Instruments() {
    }

    public static synchronized InstrumentDefinition definition(Instrument i) {
        return LOADED.computeIfAbsent(i, InstrumentLoader::loadBuiltIn);
    }

    public static List<DimensionDefinition> dimensions(Instrument i) {
        return definition(i).ratedDimensions();
    }

    /** The level codes an override (or a licensed-grid entry) may name for this instrument, lowest first. */
    public static List<String> levelCodes(Instrument i) {
        return switch (i) {
            case LOCUS, CALOCUS -> java.util.Arrays.stream(LocusLevel.values()).map(LocusLevel::code).toList();
            case ASAM -> java.util.Arrays.stream(AsamLevel.values()).map(AsamLevel::code).toList();
        };
    }
}
