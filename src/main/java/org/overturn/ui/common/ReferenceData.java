package org.overturn.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.InstrumentLoader;
import org.overturn.persistence.RebuttalDataLoader;

/**
 * The data shipped with the app that screens read but never change: the citation library, the denial-pattern
 * catalogue, the state criteria rules and the instrument definitions. Each is read on first use, so start-up
 * does not pay for screens that are never opened.
 */
public final class ReferenceData {

    private final Supplier<CitationLibrary> citations = memo(CitationLoader::loadBuiltIn);
    private final Supplier<PatternCatalogue> patterns = memo(RebuttalDataLoader::loadPatternCatalogue);
    private final Supplier<StateCriteriaLookup> stateRules = memo(RebuttalDataLoader::loadStateCriteriaLookup);
    private final Map<Instrument, InstrumentDefinition> instruments = new EnumMap<>(Instrument.class);

    public CitationLibrary citations() {
        return citations.get();
    }

    public PatternCatalogue patterns() {
        return patterns.get();
    }

    public StateCriteriaLookup stateRules() {
        return stateRules.get();
    }

    public synchronized InstrumentDefinition instrument(Instrument i) {
        return instruments.computeIfAbsent(i, InstrumentLoader::loadBuiltIn);
    }

    private static <T> Supplier<T> memo(Supplier<T> load) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = load.get();
                }
                return value;
            }
        };
    }
}
