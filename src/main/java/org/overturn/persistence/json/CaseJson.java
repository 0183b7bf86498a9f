package org.overturn.persistence.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.packet.Clinician;

/**
 * The case file format (docs/case-format.md): one codec for the export file and for the document kept in the
 * database, so what the database holds always round-trips through JSON.
 */
public final class CaseJson {

    public static final String FORMAT = "overturn-case";
    public static final int CURRENT_VERSION = 5;

    private final ObjectMapper exportMapper;
    private final ObjectMapper storeMapper;
    private final CaseFormatUpgrades upgrades = new CaseFormatUpgrades();

    public CaseJson() {
        this.exportMapper = base();
        exportMapper.addMixIn(PlanFacts.class, WithoutPayerId.class);
        exportMapper.addMixIn(Payer.class, WithoutId.class);
        exportMapper.addMixIn(CaseFile.class, WithoutId.class);
        this.storeMapper = base();
        storeMapper.addMixIn(CaseFile.class, WithoutId.class);
    }

    private static ObjectMapper base() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new Jdk8Module());
        m.registerModule(new JavaTimeModule());
        m.registerModule(new HasIdModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // Nothing lenient (issue 13): text after the case, a key given twice, a number read as a date, 15.5 read
        // as 15, 1 read as true, "3" read as 3 are all refused rather than guessed at.
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
        m.setDefaultLeniency(Boolean.FALSE);
        m.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
        m.addMixIn(org.overturn.domain.deadlines.ClockFacts.class, ClockDefaultsLeftOut.class);
        return m;
    }

    /** The clock facts case format 5 added are written only when they say something: a case stays as it was. */
    private abstract static class ClockDefaultsLeftOut {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = InternalLevel.class)
        abstract org.overturn.domain.deadlines.DecisionLevel finalDenialLevel();

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotTrue.class)
        abstract Boolean decisionExtended();
    }

    /** Jackson's value filter: true means "leave out". */
    private static final class InternalLevel {
        @Override
        public boolean equals(Object o) {
            return o == null || o == org.overturn.domain.deadlines.DecisionLevel.INTERNAL;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static final class NotTrue {
        @Override
        public boolean equals(Object o) {
            return !Boolean.TRUE.equals(o);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @JsonIgnoreProperties({"payerId"})
    private abstract static class WithoutPayerId {
    }

    @JsonIgnoreProperties({"id"})
    private abstract static class WithoutId {
    }

    // ---- the export file -------------------------------------------------------------------------------

    /** The exchange file: the case with its payer's details embedded, pretty-printed. */
    public String export(CaseFile c, Optional<Payer> payer) {
        ObjectNode root = exportMapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", CURRENT_VERSION);
        c.id().ifPresent(id -> root.put("caseId", id));
        payer.ifPresent(p -> root.set("payer", exportMapper.valueToTree(p)));
        root.set("case", exportMapper.valueToTree(c));
        try {
            return exportMapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write case JSON", e);
        }
    }

    /** Reads an exchange file of this or any earlier format version. */
    public ImportedCase read(String json) throws CaseFormatException {
        JsonNode root;
        try (com.fasterxml.jackson.core.JsonParser parser = exportMapper.createParser(json)) {
            // The trailing check is done below, so anything after the case gets the same plain message.
            root = exportMapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            // Whatever follows the case, valid JSON or not, is refused in the same words.
            com.fasterxml.jackson.core.JsonLocation end = parser.currentLocation();
            boolean more;
            try {
                more = root != null && parser.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new CaseFormatException("something follows after the end of the case" + at(end)
                        + "; a case file holds one case and nothing after it");
            }
        } catch (java.io.IOException e) {
            if (!(e instanceof JsonProcessingException)) {
                throw new CaseFormatException("malformed JSON: " + plain(e.getMessage()), e);
            }
            JsonProcessingException jpe = (JsonProcessingException) e;
            String msg = jpe.getOriginalMessage() == null ? "" : jpe.getOriginalMessage();
            if (msg.startsWith("Duplicate field")) {
                int q = msg.indexOf('\'');
                String key = q >= 0 && msg.indexOf('\'', q + 1) > q ? msg.substring(q + 1, msg.indexOf('\'', q + 1)) : "?";
                throw new CaseFormatException("the key \"" + key + "\" is given twice" + at(jpe.getLocation())
                        + "; a case file gives each key once", e);
            }
            if (msg.startsWith("Trailing token")) {
                throw new CaseFormatException("something follows after the end of the case" + at(jpe.getLocation())
                        + "; a case file holds one case and nothing after it", e);
            }
            throw new CaseFormatException("malformed JSON" + at(jpe.getLocation()) + ": " + plain(msg), e);
        }
        if (root == null || !root.isObject()) {
            throw new CaseFormatException("not a case file: the top level must be a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new CaseFormatException("not a case file: \"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt()) {
            throw new CaseFormatException("\"formatVersion\" is missing or not a whole number");
        }
        int v = version.asInt();
        if (v < 1 || v > CURRENT_VERSION) {
            throw new CaseFormatException("unknown formatVersion " + v + " (this version of Overturn reads 1 to "
                    + CURRENT_VERSION + ")");
        }
        ObjectNode upgraded = upgrades.upgrade((ObjectNode) root, v);
        if (!upgraded.has("case")) {
            throw new CaseFormatException("\"case\" is missing");
        }
        for (java.util.Iterator<String> it = upgraded.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!java.util.Set.of("format", "formatVersion", "caseId", "payer", "case").contains(name)) {
                throw new CaseFormatException("unknown field \"" + name + "\" at the top level");
            }
        }
        Optional<Payer> payer = Optional.empty();
        if (upgraded.hasNonNull("payer")) {
            payer = Optional.of(convert(upgraded.get("payer"), Payer.class, "payer"));
        }
        signerDefaults(upgraded.get("case"));
        PlausibleDates.check(upgraded, "");
        FieldLimits.check(upgraded, "", "");
        CaseFile c = convert(upgraded.get("case"), CaseFile.class, "case");
        if (c.denials().isEmpty()) {
            throw new CaseFormatException("case: a case file needs at least one denial");
        }
        return new ImportedCase(c, payer);
    }

    /**
     * A signer written by hand may leave out {@code physician}; it then follows the credentials (MD or DO), as the
     * practice profile's box does, rather than failing on a missing true/false.
     */
    private static void signerDefaults(JsonNode c) {
        JsonNode signer = c.path("packet").path("signer");
        if (signer instanceof ObjectNode s && !s.has("physician")) {
            s.put("physician", Clinician.credentialsNamePhysician(s.path("credentials").asText("")));
        }
    }

    private <T> T convert(JsonNode node, Class<T> type, String root) throws CaseFormatException {
        try {
            return exportMapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CaseFormatException(explain(e, root), e);
        }
    }

    // ---- the stored document ---------------------------------------------------------------------------

    /** The document kept in the database row (no wrapper; the payer is referenced by id). */
    public String toStored(CaseFile c) {
        try {
            return storeMapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write case document", e);
        }
    }

    public CaseFile fromStored(long id, String doc) {
        try {
            return storeMapper.readValue(doc, CaseFile.class).withId(id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + id + " has an unreadable document: " + explain(e, "case"), e);
        }
    }

    // ---- messages ---------------------------------------------------------------------------------------

    static String explain(Exception e, String root) {
        if (!(e instanceof JsonMappingException jme)) {
            return root + ": " + e.getMessage();
        }
        String path = path(jme, root);
        String where = at(jme.getLocation());
        if (jme instanceof UnrecognizedPropertyException upe) {
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : root;
            return "unknown field \"" + upe.getPropertyName() + "\" in " + parent + where;
        }
        if (jme instanceof ValueInstantiationException) {
            Throwable cause = jme.getCause();
            String msg = cause != null && cause.getMessage() != null ? cause.getMessage() : jme.getOriginalMessage();
            return path + where + ": " + msg;
        }
        if (jme instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            if (target == LocalDate.class) {
                return path + where + ": '" + ife.getValue() + "' is not a valid date (expected YYYY-MM-DD)";
            }
            if (target == LocalDateTime.class) {
                return path + where + ": '" + ife.getValue() + "' is not a valid date and time (expected YYYY-MM-DDTHH:MM)";
            }
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return path + where + ": '" + ife.getValue() + "' is not a number";
            }
            return path + where + ": " + plain(ife.getOriginalMessage());
        }
        Throwable cause = jme.getCause();
        if (cause instanceof java.time.DateTimeException) {
            return path + where + ": not a valid date or time (" + cause.getMessage() + ")";
        }
        if (jme instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return path + where + ": expected " + friendly(mie.getTargetType()) + ", found something else";
        }
        return path + where + ": " + plain(jme.getOriginalMessage());
    }

    private static String friendly(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String path(JsonMappingException e, String root) {
        StringBuilder sb = new StringBuilder(root);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** Jackson's message without its parser-internal tail ("(start marker at [Source: …])"). */
    private static String plain(String s) {
        String line = firstLine(s);
        int cut = line.indexOf(" (start marker");
        if (cut < 0) {
            cut = line.indexOf(" at [Source:");
        }
        return cut < 0 ? line : line.substring(0, cut);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
