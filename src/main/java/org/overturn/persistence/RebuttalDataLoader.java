package org.overturn.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.parity.CareFocus;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.parity.StateCriteriaRule;
import org.overturn.domain.parity.StateMarket;
import org.overturn.domain.rebuttal.DenialPattern;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.RebuttalArgument;

/**
 * Reads the rebuttal data shipped as resources: the denial-pattern catalogue and the state criteria
 * rules. The domain validates what is read; this class only turns JSON into the domain records (the
 * domain may not depend on Jackson).
 */
public final class RebuttalDataLoader {

    public static final String PATTERNS = "/org/overturn/rebuttal/denial-patterns.json";
    public static final String STATE_RULES = "/org/overturn/parity/state-criteria-rules.json";

    private RebuttalDataLoader() {}

    public static PatternCatalogue loadPatternCatalogue() {
        return patternCatalogue(read(PATTERNS));
    }

    public static StateCriteriaLookup loadStateCriteriaLookup() {
        List<StateCriteriaRule> rules = new ArrayList<>();
        for (JsonNode r : read(STATE_RULES).withArray("rules")) {
            rules.add(
                    new StateCriteriaRule(
                            text(r, "id"),
                            text(r, "state"),
                            text(r, "citationId"),
                            ids(r, "markets", StateMarket.class),
                            ids(r, "focus", CareFocus.class),
                            ids(r, "accepted", CriteriaSet.class),
                            ids(r, "conditional", CriteriaSet.class),
                            text(r, "requirement"),
                            LocalDate.parse(text(r, "effectiveFrom")),
                            r.hasNonNull("effectiveUntil")
                                    ? Optional.of(LocalDate.parse(r.get("effectiveUntil").asText()))
                                    : Optional.empty(),
                            Verification.valueOf(text(r, "verification"))));
        }
        return new StateCriteriaLookup(rules);
    }

    private static <E extends Enum<E> & HasId> List<E> ids(
            JsonNode n, String field, Class<E> type) {
        return strings(n, field).stream().map(id -> HasId.fromId(type, id)).toList();
    }

    static PatternCatalogue patternCatalogue(JsonNode root) {
        List<DenialPattern> patterns = new ArrayList<>();
        for (JsonNode p : root.withArray("patterns")) {
            patterns.add(
                    new DenialPattern(
                            text(p, "id"),
                            text(p, "label"),
                            HasId.fromId(DenialReason.class, text(p, "reason")),
                            p.hasNonNull("subReason")
                                    ? Optional.of(
                                            HasId.fromId(
                                                    AdmissionSubReason.class,
                                                    p.get("subReason").asText()))
                                    : Optional.empty(),
                            strings(p, "triggers"),
                            strings(p, "negatedTriggers"),
                            text(p, "implies"),
                            strings(p, "dimensionIds"),
                            strings(p, "argumentIds")));
        }
        List<RebuttalArgument> arguments = new ArrayList<>();
        for (JsonNode a : root.withArray("arguments")) {
            arguments.add(
                    new RebuttalArgument(
                            text(a, "id"),
                            text(a, "title"),
                            text(a, "plainWords"),
                            strings(a, "citationIds")));
        }
        List<PatternCatalogue.PatternExclusion> exclusions = new ArrayList<>();
        for (JsonNode x : root.withArray("exclusions")) {
            exclusions.add(
                    new PatternCatalogue.PatternExclusion(text(x, "patternId"), text(x, "regex")));
        }
        List<PatternCatalogue.MeasureTopic> topics = new ArrayList<>();
        for (JsonNode t : root.withArray("measureTopics")) {
            topics.add(
                    new PatternCatalogue.MeasureTopic(text(t, "regex"), strings(t, "measureIds")));
        }
        return new PatternCatalogue(
                text(root, "version"),
                patterns,
                arguments,
                strings(root, "negationCues"),
                text(root, "clauseBoundaries"),
                exclusions,
                topics);
    }

    static JsonNode read(String resource) {
        try (InputStream in = RebuttalDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing: " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(
                    "entry " + n.path("id").asText("?") + " lacks " + field);
        }
        return v.asText();
    }

    static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n.withArray(field)) {
            out.add(s.asText());
        }
        return out;
    }
}
