package org.overturn.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.overturn.domain.casefile.DenialAnalysis;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.DimensionNames;
import org.overturn.persistence.InstrumentLoader;
import org.overturn.persistence.RebuttalDataLoader;

/**
 * The app's reviewed reference data (citation library, denial patterns, state criteria rules,
 * instrument definitions and their dimension names), each read from its shipped file once, on first
 * use, so start-up doesn't pay for what a session never opens. The one holder: the screens, the
 * packet and the commands are given it, none reads the files.
 */
public final class ReferenceData {

    private final Supplier<CitationLibrary> citations = once(CitationLoader::loadBuiltIn);
    private final Supplier<PatternCatalogue> patterns =
            once(RebuttalDataLoader::loadPatternCatalogue);
    private final Supplier<StateCriteriaLookup> stateRules =
            once(RebuttalDataLoader::loadStateCriteriaLookup);
    private final Supplier<DimensionNames> dimensionNames =
            once(() -> DimensionNames.of(this::instrument));
    private final Map<Instrument, InstrumentDefinition> instruments =
            new EnumMap<>(Instrument.class);
    private final Supplier<DenialAnalysis> denialAnalysis =
            once(() -> new DenialAnalysis(patterns(), this::instrument));

    public CitationLibrary citations() {
        return citations.get();
    }

    public PatternCatalogue patterns() {
        return patterns.get();
    }

    /**
     * The rationale analysis the import and the Denial section run unasked, built on the pattern
     * catalogue.
     */
    public DenialAnalysis denialAnalysis() {
        return denialAnalysis.get();
    }

    public StateCriteriaLookup stateRules() {
        return stateRules.get();
    }

    public DimensionNames dimensionNames() {
        return dimensionNames.get();
    }

    /** An instrument's built-in definition (dimensions, scales, our own prompts). */
    public synchronized InstrumentDefinition instrument(Instrument i) {
        return instruments.computeIfAbsent(i, InstrumentLoader::loadBuiltIn);
    }

    /** Every instrument's definition. */
    public Map<Instrument, InstrumentDefinition> instruments() {
        Map<Instrument, InstrumentDefinition> all = new EnumMap<>(Instrument.class);
        for (Instrument i : Instrument.values()) {
            all.put(i, instrument(i));
        }
        return all;
    }

    private static <T> Supplier<T> once(Supplier<T> loader) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = loader.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
