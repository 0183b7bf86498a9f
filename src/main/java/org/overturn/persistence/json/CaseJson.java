package org.overturn.persistence.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.packet.Clinician;

/**
 * The case file format (docs/case-format.md): one codec for the export file and for the document
 * kept in the database, so what the database holds always round-trips through JSON.
 */
public final class CaseJson {

    public static final String FORMAT = "overturn-case";
    public static final int CURRENT_VERSION = 7;

    /*
     * Configured once and shared: a mapper is thread-safe once set up, and building one (with the readers it caches
     * for the fifty-odd record types of a case) costs far more than reading a case. Built on first use, not when the
     * class loads: opening the database (every start, every command) makes a CaseJson, and the Cases screen and a
     * case list never read a document; building the mappers costs a cold start about 0.3 s (issue 15). Each in a
     * holder of its own, so a run builds only the one it uses: reading and saving a case in the database use the
     * store's; only a case file's import or export needs the other.
     */
    private static final class ExportMapper {
        static final ObjectMapper MAPPER = exportMapperOf();
    }

    private static final class StoreMapper {
        static final ObjectMapper MAPPER = storeMapperOf();
    }

    private final CaseFormatUpgrades upgrades = new CaseFormatUpgrades();

    private static ObjectMapper exportMapperOf() {
        ObjectMapper m = base();
        m.addMixIn(PlanFacts.class, PlanExported.class);
        m.addMixIn(Payer.class, WithoutId.class);
        m.addMixIn(CaseFile.class, CaseWritten.class);
        return m;
    }

    private static ObjectMapper storeMapperOf() {
        ObjectMapper m = base();
        m.addMixIn(PlanFacts.class, PlanWritten.class);
        m.addMixIn(CaseFile.class, CaseWritten.class);
        return m;
    }

    private static ObjectMapper base() {
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new Jdk8Module());
        m.registerModule(new JavaTimeModule());
        m.registerModule(new HasIdModule());
        m.registerModule(new DatesAsText());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // Nothing lenient (issue 13): text after the case, a key given twice, a number read as a
        // date, 15.5 read
        // as 15, 1 read as true, "3" read as 3 are all refused rather than guessed at.
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        m.setDefaultLeniency(Boolean.FALSE);
        // Nor is 42 or true read as the text "42" or "true": a number where a name belongs is a
        // mistake to show.
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
        m.addMixIn(ClockFacts.class, ClockDefaultsLeftOut.class);
        return m;
    }

    /**
     * The clock facts case format 5 added are written only when they say something: a case stays as
     * it was.
     */
    private abstract static class ClockDefaultsLeftOut {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = InternalLevel.class)
        abstract DecisionLevel finalDenialLevel();

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotTrue.class)
        abstract Boolean decisionExtended();
    }

    /** Jackson's value filter: true means "leave out". */
    private static final class InternalLevel {
        @Override
        public boolean equals(Object o) {
            return o == null || o == DecisionLevel.INTERNAL;
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

    /**
     * A case as written, in the file and in the database: without the database's id (kept beside
     * the document), and with the parts a later format version added only when it has some, so a
     * case without them stays as it was.
     */
    @JsonIgnoreProperties({"id"})
    private abstract static class CaseWritten {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Decision> decisions();
    }

    /**
     * The plan as written: the employer's name and the patient's word on sharing with it (format 7)
     * only when given, so a plan without them stays as it was.
     */
    private abstract static class PlanWritten {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract String employerName();

        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<Boolean> shareWithEmployer();
    }

    /** The plan in the exchange file, where the payer travels whole instead of by its id. */
    @JsonIgnoreProperties({"payerId"})
    private abstract static class PlanExported extends PlanWritten {}

    @JsonIgnoreProperties({"id"})
    private abstract static class WithoutId {}

    // ---- the export file
    // -------------------------------------------------------------------------------

    /** The exchange file: the case with its payer's details embedded, pretty-printed. */
    public String export(CaseFile c, Optional<Payer> payer) {
        ObjectNode root = ExportMapper.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", CURRENT_VERSION);
        c.id().ifPresent(id -> root.put("caseId", id));
        payer.ifPresent(p -> root.set("payer", ExportMapper.MAPPER.valueToTree(p)));
        root.set("case", ExportMapper.MAPPER.valueToTree(c));
        try {
            return ExportMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write case JSON", e);
        }
    }

    /** Reads an exchange file of this or any earlier format version. */
    public ImportedCase read(String json) throws CaseFormatException {
        JsonNode root;
        try (JsonParser parser = ExportMapper.MAPPER.createParser(json)) {
            // The trailing check is done below, so anything after the case gets the same plain
            // message.
            root =
                    ExportMapper.MAPPER
                            .reader()
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .readTree(parser);
            // Whatever follows the case, valid JSON or not, is refused in the same words.
            JsonLocation end = parser.currentLocation();
            boolean more;
            try {
                more = root != null && parser.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new CaseFormatException(
                        "something follows after the end of the case"
                                + at(end)
                                + "; a case file holds one case and nothing after it");
            }
        } catch (IOException e) {
            if (!(e instanceof JsonProcessingException)) {
                throw new CaseFormatException("the file could not be read as text", e);
            }
            JsonProcessingException jpe = (JsonProcessingException) e;
            String msg = jpe.getOriginalMessage() == null ? "" : jpe.getOriginalMessage();
            if (msg.startsWith("Duplicate field")) {
                int q = msg.indexOf('\'');
                String key =
                        q >= 0 && msg.indexOf('\'', q + 1) > q
                                ? msg.substring(q + 1, msg.indexOf('\'', q + 1))
                                : "?";
                throw new CaseFormatException(
                        "the key \""
                                + Printable.visible(key, 60)
                                + "\" is given twice"
                                + at(jpe.getLocation())
                                + "; a case file gives each key once",
                        e);
            }
            if (msg.startsWith("Trailing token")) {
                throw new CaseFormatException(
                        "something follows after the end of the case"
                                + at(jpe.getLocation())
                                + "; a case file holds one case and nothing after it",
                        e);
            }
            throw new CaseFormatException(
                    "malformed JSON" + at(jpe.getLocation()) + ": " + JsonSyntax.describe(jpe), e);
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
            throw new CaseFormatException(
                    "unknown formatVersion "
                            + v
                            + " (this version of Overturn reads 1 to "
                            + CURRENT_VERSION
                            + ")");
        }
        ObjectNode upgraded = upgrades.upgrade((ObjectNode) root, v);
        if (!upgraded.hasNonNull("case")) {
            throw new CaseFormatException("\"case\" is missing");
        }
        for (Iterator<String> it = upgraded.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!Set.of("format", "formatVersion", "caseId", "payer", "case").contains(name)) {
                throw new CaseFormatException(
                        "unknown field \"" + Printable.visible(name, 60) + "\" at the top level");
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
     * A signer written by hand may leave out {@code physician}; it then follows the credentials (MD
     * or DO), as the practice profile's box does, rather than failing on a missing true/false.
     */
    private static void signerDefaults(JsonNode c) {
        JsonNode signer = c.path("packet").path("signer");
        if (signer instanceof ObjectNode s && !s.has("physician")) {
            s.put(
                    "physician",
                    Clinician.credentialsNamePhysician(s.path("credentials").asText("")));
        }
    }

    private <T> T convert(JsonNode node, Class<T> type, String root) throws CaseFormatException {
        try {
            return ExportMapper.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CaseFormatException(explain(e, root), e);
        }
    }

    // ---- the stored document
    // ---------------------------------------------------------------------------

    /** The document kept in the database row (no wrapper; the payer is referenced by id). */
    public String toStored(CaseFile c) {
        try {
            return StoreMapper.MAPPER.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write case document", e);
        }
    }

    public CaseFile fromStored(long id, String doc) {
        try {
            return StoreMapper.MAPPER.readValue(doc, CaseFile.class).withId(id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "case " + id + " has an unreadable document: " + explain(e, "case"), e);
        }
    }

    /**
     * One part of a case (a call, a timeline event) as the stored document writes it: the shared
     * store keeps each call in a row of its own in this shape.
     */
    public String toStoredPart(Object part) {
        try {
            return StoreMapper.MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a part of a case", e);
        }
    }

    /** A part of a case from its stored JSON, read as strictly as a whole document. */
    public <T> T fromStoredPart(String json, Class<T> type) {
        try {
            return StoreMapper.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "unreadable " + type.getSimpleName() + ": " + explain(e, "entry"), e);
        }
    }

    // ---- a payer on its own
    // --------------------------------------------------------------------------

    /**
     * A payer as a case file carries it (its details without the id), the shared store's payer
     * entry: so {@code entry ->> 'name'} is the payer's name.
     */
    public String payerEntry(Payer p) {
        try {
            return ExportMapper.MAPPER.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a payer's JSON", e);
        }
    }

    /** A payer from its entry, with its id kept beside it. */
    public Payer payerFromEntry(long id, String entry) {
        try {
            return ExportMapper.MAPPER.readValue(entry, Payer.class).withId(id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "payer " + id + " has an unreadable entry: " + explain(e, "payer"), e);
        }
    }

    // ---- messages
    // ---------------------------------------------------------------------------------------

    static String explain(Exception e, String root) {
        if (!(e instanceof JsonMappingException jme)) {
            return root + ": the value could not be read";
        }
        String path = path(jme, root);
        String where = at(jme.getLocation());
        if (jme instanceof UnrecognizedPropertyException upe) {
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : root;
            return "unknown field \""
                    + Printable.visible(upe.getPropertyName(), 60)
                    + "\" in "
                    + parent
                    + where;
        }
        if (jme instanceof ValueInstantiationException) {
            // The records say what is wrong in their own words (IllegalArgumentException); anything
            // else thrown
            // while building one (a null where a value must be) is not a sentence for the user.
            Throwable cause = jme.getCause();
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return path + where + ": " + Printable.visible(firstLine(cause.getMessage()), 300);
            }
            return path + where + ": a required value is missing or null";
        }
        if (jme instanceof InvalidFormatException ife && ife.getValue() instanceof String text) {
            Class<?> target = ife.getTargetType();
            String value = "'" + Printable.visible(text, 40) + "'";
            if (target == LocalDate.class) {
                return path
                        + where
                        + ": "
                        + value
                        + " is not a valid date (expected YYYY-MM-DD; leave the field out "
                        + "when there is none)";
            }
            if (target == LocalDateTime.class) {
                return path
                        + where
                        + ": "
                        + value
                        + " is not a valid date and time (expected YYYY-MM-DDTHH:MM)";
            }
            if (target == LocalTime.class) {
                return path + where + ": " + value + " is not a valid time (expected HH:MM)";
            }
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return path + where + ": " + value + " is not a number";
            }
            if (target != null
                    && HasId.class.isAssignableFrom(target)
                    && ife.getOriginalMessage() != null) {
                // HasIdModule's own words: the unknown id and the ids there are.
                return path + where + ": " + ife.getOriginalMessage();
            }
        }
        Throwable cause = jme.getCause();
        if (cause instanceof DateTimeException) {
            return path + where + ": not a valid date or time";
        }
        if (jme instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            String msg = mie.getOriginalMessage() == null ? "" : mie.getOriginalMessage();
            if (msg.startsWith("Cannot map `null`")) {
                return path + where + ": missing or null; give " + friendly(mie.getTargetType());
            }
            if (msg.contains("out of range")) {
                return path
                        + where
                        + ": the number is too large for "
                        + friendly(mie.getTargetType());
            }
            return path
                    + where
                    + ": expected "
                    + friendly(mie.getTargetType())
                    + ", found "
                    + found(jme);
        }
        return path + where + ": the value could not be read";
    }

    /** What the file held where the error was found, as a reader would call it. */
    private static String found(JsonMappingException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || p.currentToken() == null) {
            return "something else";
        }
        return switch (p.currentToken()) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            default -> "something else";
        };
    }

    private static String friendly(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (YYYY-MM-DDTHH:MM)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (HasId.class.isAssignableFrom(type)) {
            return "one of its ids in double quotes";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object";
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

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
