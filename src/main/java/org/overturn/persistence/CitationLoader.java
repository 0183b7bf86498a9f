package org.overturn.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationKind;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Enforcement;
import org.overturn.domain.citations.Verification;

/**
 * Reads the citation library shipped as data: {@code /org/overturn/citations/index.txt} names the
 * files (one per line), each a JSON object {@code {"entries": [ … ]}}. Plan types are given by
 * their ids, or "*" for all.
 */
public final class CitationLoader {

    private static final String BASE = "/org/overturn/citations/";

    private CitationLoader() {}

    public static CitationLibrary loadBuiltIn() {
        List<Citation> all = new ArrayList<>();
        String version = "unknown";
        for (String file : indexLines()) {
            if (file.startsWith("version=")) {
                version = file.substring("version=".length());
                continue;
            }
            all.addAll(loadFile(BASE + file));
        }
        return new CitationLibrary(version, all);
    }

    private static List<String> indexLines() {
        try (InputStream in = CitationLoader.class.getResourceAsStream(BASE + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("citation index missing");
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        out.add(t);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Citation> loadFile(String resource) {
        ObjectMapper m =
                new ObjectMapper()
                        .registerModule(new Jdk8Module())
                        .registerModule(new JavaTimeModule())
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = CitationLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("citation file missing: " + resource);
            }
            JsonNode root = m.readTree(in);
            List<Citation> out = new ArrayList<>();
            for (JsonNode e : root.withArray("entries")) {
                out.add(entry(e, resource));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Citation entry(JsonNode e, String resource) {
        String id = text(e, "id", resource);
        List<PlanType> plans = new ArrayList<>();
        for (JsonNode p : e.withArray("planTypes")) {
            if ("*".equals(p.asText())) {
                plans.addAll(List.of(PlanType.values()));
            } else {
                plans.add(HasId.fromId(PlanType.class, p.asText()));
            }
        }
        Optional<LocalDate> until =
                e.hasNonNull("effectiveUntil")
                        ? Optional.of(LocalDate.parse(e.get("effectiveUntil").asText()))
                        : Optional.empty();
        return new Citation(
                id,
                text(e, "shortTitle", resource),
                text(e, "citation", resource),
                text(e, "summary", resource),
                text(e, "source", resource),
                text(e, "jurisdiction", resource),
                CitationKind.valueOf(text(e, "kind", resource)),
                plans,
                LocalDate.parse(text(e, "effectiveFrom", resource)),
                until,
                Enforcement.valueOf(text(e, "enforcement", resource)),
                Verification.valueOf(text(e, "verification", resource)));
    }

    private static String text(JsonNode e, String field, String resource) {
        JsonNode v = e.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(
                    resource + ": entry " + e.path("id").asText("?") + " lacks " + field);
        }
        return v.asText();
    }
}
