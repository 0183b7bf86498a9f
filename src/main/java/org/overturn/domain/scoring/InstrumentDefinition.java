package org.overturn.domain.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.cases.Text;

/**
 * An instrument's dimensions and rating choices, loaded from data so that a licensed program can
 * supply its own anchor text in place of the app's paraphrases.
 *
 * @param version e.g. "v20", "3rd edition"; a 4th-edition ASAM file would be a second definition of
 *     "asam"
 * @param textSource where the descriptions come from, e.g. "Paraphrased in Overturn's own words"
 * @param notice licence and decision-support notice to show with the instrument
 */
public record InstrumentDefinition(
        Instrument instrument,
        String version,
        String name,
        String textSource,
        String notice,
        List<DimensionDefinition> dimensions) {

    public InstrumentDefinition {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        version = Text.require(version, "instrument version");
        name = Text.require(name, "instrument name");
        textSource = Text.clean(textSource);
        notice = Text.body(notice);
        dimensions = Text.list(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException(instrument.id() + " has no dimensions");
        }
        Set<String> ids = new HashSet<>();
        for (DimensionDefinition d : flatten(dimensions)) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException(
                        instrument.id() + " lists dimension " + d.id() + " twice");
            }
        }
    }

    /**
     * The dimensions that take a rating (leaves), in order: what the scoring screen steps through.
     */
    public List<DimensionDefinition> ratedDimensions() {
        return flatten(dimensions).stream().filter(d -> d.subdimensions().isEmpty()).toList();
    }

    public Optional<DimensionDefinition> dimension(String id) {
        return flatten(dimensions).stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static List<DimensionDefinition> flatten(List<DimensionDefinition> dims) {
        List<DimensionDefinition> out = new ArrayList<>();
        for (DimensionDefinition d : dims) {
            out.add(d);
            out.addAll(flatten(d.subdimensions()));
        }
        return out;
    }
}
