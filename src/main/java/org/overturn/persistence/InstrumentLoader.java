package org.overturn.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.RatingChoice;

/**
 * Reads instrument definitions from JSON. The app ships its own paraphrased files under {@code
 * /org/overturn/instruments/}; a program holding a licence can load a file with its licensed anchor
 * text through {@link #load(Path)} in the same format.
 */
public final class InstrumentLoader {

    private static final String BASE = "/org/overturn/instruments/";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private InstrumentLoader() {}

    /** The shipped definition of an instrument's current version. */
    public static InstrumentDefinition loadBuiltIn(Instrument instrument) {
        String resource =
                BASE
                        + switch (instrument) {
                            case LOCUS -> "locus.json";
                            case CALOCUS -> "calocus-casii.json";
                            case ASAM -> "asam-3.json";
                        };
        try (InputStream in = InstrumentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("instrument file missing: " + resource);
            }
            InstrumentDefinition d = parse(MAPPER.readTree(in), resource);
            if (d.instrument() != instrument) {
                throw new IllegalStateException(
                        resource + " defines " + d.instrument().id() + ", not " + instrument.id());
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A definition from a file, e.g. a licensed program's own anchor text. Problems name the file.
     */
    public static InstrumentDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static InstrumentDefinition parse(JsonNode root, String source) {
        try {
            List<DimensionDefinition> dims = new ArrayList<>();
            for (JsonNode d : root.withArray("dimensions")) {
                dims.add(dimension(d, source));
            }
            return new InstrumentDefinition(
                    HasId.fromId(Instrument.class, text(root, "instrument", source)),
                    text(root, "version", source),
                    text(root, "name", source),
                    root.path("textSource").asText(""),
                    root.path("notice").asText(""),
                    dims);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
    }

    private static DimensionDefinition dimension(JsonNode d, String source) {
        List<RatingChoice> choices = new ArrayList<>();
        for (JsonNode c : d.withArray("choices")) {
            choices.add(
                    new RatingChoice(
                            text(c, "value", source),
                            text(c, "label", source),
                            c.path("description").asText("")));
        }
        List<DimensionDefinition> subs = new ArrayList<>();
        for (JsonNode s : d.withArray("subdimensions")) {
            subs.add(dimension(s, source));
        }
        return new DimensionDefinition(
                text(d, "id", source),
                text(d, "code", source),
                text(d, "shortName", source),
                text(d, "name", source),
                d.path("prompt").asText(""),
                d.path("scaleMin").asInt(0),
                d.path("scaleMax").asInt(0),
                choices,
                subs);
    }

    private static String text(JsonNode n, String field, String source) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException(
                    source + ": " + n.path("id").asText("an entry") + " lacks " + field);
        }
        return v.asText();
    }
}
