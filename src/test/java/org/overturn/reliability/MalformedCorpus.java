package org.overturn.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.overturn.core.SampleCases;

/**
 * Malformed case files made from the shipped samples, each with what an import must do with it.
 * Byte-level damage (truncations, bad encodings, byte-order marks, control characters, trailing
 * text, things that are not JSON) is always refused. Each field of each sample is then changed in
 * turn: the wrong type, null, removed, out of range, too long, a key given twice, an unknown key,
 * nesting far too deep. Removing a field, or making it null, is refused only for the fields
 * docs/case-format.md calls required ({@link #REQUIRED}); elsewhere the case imports with the field
 * empty, as the format promises.
 */
final class MalformedCorpus {

    enum Expect {
        REFUSED,
        IMPORTS
    }

    /**
     * One file; {@code field} when it changes one field of a sample (the many small variations),
     * not the bytes.
     */
    record Mutation(String name, byte[] bytes, Expect expect, boolean field) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Fields (paths with array indexes as []) whose removal or null is refused, besides every
     * {@code id}: those docs/case-format.md calls required, and those the records require (a
     * rating's value, an episode's setting).
     */
    static final Set<String> REQUIRED =
            Set.of(
                    "format",
                    "formatVersion",
                    "case",
                    "payer.name",
                    "case.patient",
                    "case.patient.name",
                    "case.representative.name",
                    "case.denials",
                    "case.denials[]",
                    "case.denials[].denialType",
                    "case.denials[].levelOfCare",
                    "case.denials[].urgent",
                    "case.timeline[].title",
                    "case.packet.signer.name",
                    "case.measures[].measure",
                    "case.measures[].date",
                    "case.clinical.history[].setting",
                    "case.statements[].statement",
                    "case.statements[].statement.text",
                    "case.assessments[].ratings[].dimensionId",
                    "case.assessments[].ratings[].value",
                    "case.packet.consents[].purpose",
                    "case.packet.consents[].signedOn",
                    "case.packet.consents[].recipient",
                    "case.rebuttal[].criterion",
                    "case.authorizations[].firstDay",
                    "case.authorizations[].lastDay",
                    "case.timeline[].date",
                    "case.assessments[].instrument",
                    "case.assessments[].date",
                    "case.assessments[].noPriorTreatment",
                    "case.assessments[].actAvailable",
                    "case.measures[].cssrsRisk",
                    "case.clinical.diagnoses[].code",
                    "case.statements[].confirmed",
                    "case.representative.planFormOnFile",
                    "case.decisions[].decidedOn",
                    "case.decisions[].level",
                    "case.decisions[].outcome",
                    "case.calls[].at");

    /**
     * The signer's physician flag may be left out (it then follows the credentials) but is not
     * null.
     */
    static final Set<String> NOT_NULL = Set.of("case.packet.signer.physician");

    /** Enumerated values: an unknown id is refused. */
    private static final Set<String> ENUMS =
            Set.of(
                    "status",
                    "planType",
                    "denialType",
                    "levelOfCare",
                    "receivedBy",
                    "reasons",
                    "admissionSubReasons",
                    "criteriaSet",
                    "unitKind",
                    "instrument",
                    "kind",
                    "outcome",
                    "setting",
                    "severity",
                    "measure",
                    "cssrsRisk",
                    "funding",
                    "purpose",
                    "order",
                    "urgency",
                    "reviewLevel",
                    "documentsOnHand",
                    "insurerAsamEdition",
                    "reason",
                    "subReason",
                    "issuedState",
                    "state");

    /** Whole numbers that count something: never negative. */
    private static final Set<String> COUNTS =
            Set.of(
                    "unitsRequested",
                    "unitsDenied",
                    "hoursPerWeekRequested",
                    "units",
                    "criteriaMet",
                    "appealLevels",
                    "employerSize");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

    private final List<Mutation> out = new ArrayList<>();
    private boolean inFields;

    private MalformedCorpus() {}

    /** Every mutation of every shipped sample, in a fixed order. */
    static List<Mutation> all() {
        MalformedCorpus c = new MalformedCorpus();
        c.notJson();
        for (SampleCases.Sample s : SampleCases.ALL) {
            String text = SampleCases.text(s);
            String tag = s.resource().replace(".json", "");
            c.inFields = false;
            c.bytes(tag, text);
            c.inFields = true;
            c.fields(tag, text);
        }
        return c.out;
    }

    private void add(String name, byte[] bytes, Expect e) {
        out.add(new Mutation(name, bytes, e, inFields));
    }

    private void refused(String name, String text) {
        add(name, text.getBytes(StandardCharsets.UTF_8), Expect.REFUSED);
    }

    // ---- files that are not a case at all
    // ---------------------------------------------------------------

    private void notJson() {
        add("empty file", new byte[0], Expect.REFUSED);
        refused("only spaces and line breaks", "  \n\t\r\n  ");
        for (String s :
                List.of(
                        "null",
                        "true",
                        "42",
                        "\"case\"",
                        "[]",
                        "{}",
                        "[{}]",
                        "[{\"format\": \"overturn-case\"}]",
                        "NaN",
                        "Infinity",
                        "-",
                        "{",
                        "}",
                        "[",
                        "\"",
                        "{\"format\"",
                        "{\"format\":}",
                        "{:}",
                        "{,}")) {
            refused("not a case: " + s, s);
        }
        refused("XML", "<?xml version=\"1.0\"?><case><patient>Daniela</patient></case>");
        refused("CSV", "name,dateOfBirth\nDaniela Reyes,1991-04-17\n");
        refused("YAML", "format: overturn-case\nformatVersion: 5\ncase:\n  status: denied\n");
        refused("single quotes", "{'format': 'overturn-case', 'formatVersion': 5}");
        refused("comment", "// a case\n{\"format\": \"overturn-case\", \"formatVersion\": 5}");
        refused(
                "block comment",
                "/* a case */ {\"format\": \"overturn-case\", \"formatVersion\": 5}");
        refused("unquoted keys", "{format: \"overturn-case\", formatVersion: 5}");
        refused("a PDF", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        add("a ZIP header", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, Expect.REFUSED);
        add(
                "a PNG header",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                Expect.REFUSED);
        Random r = new Random(13);
        for (int i = 0; i < 4; i++) {
            byte[] b = new byte[64 << (i * 3)];
            r.nextBytes(b);
            add("random bytes " + b.length, b, Expect.REFUSED);
        }
        add("NUL bytes", new byte[4096], Expect.REFUSED);
    }

    // ---- byte-level damage to a whole sample
    // ------------------------------------------------------------

    private void bytes(String tag, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int end = text.lastIndexOf('}');
        int lastByte = new String(text.substring(0, end)).getBytes(StandardCharsets.UTF_8).length;
        int cuts = 40;
        for (int i = 1; i <= cuts; i++) {
            int at = (int) ((long) lastByte * i / (cuts + 1));
            add(tag + ": cut at byte " + at, Arrays.copyOf(utf8, at), Expect.REFUSED);
        }
        add(tag + ": cut before the last brace", Arrays.copyOf(utf8, lastByte), Expect.REFUSED);
        for (String tail :
                List.of(
                        "x",
                        "{}",
                        ",",
                        "]",
                        "}",
                        "null",
                        "0",
                        "\"more\"",
                        "{\"format\": 1}",
                        "//",
                        "\u0000",
                        text)) {
            refused(
                    tag + ": followed by " + visible(tail.length() > 20 ? "a second case" : tail),
                    text + tail);
        }
        add(tag + ": one UTF-8 byte-order mark", concat(bom8(), utf8), Expect.IMPORTS);
        add(tag + ": two UTF-8 byte-order marks", concat(bom8(), bom8(), utf8), Expect.REFUSED);
        add(
                tag + ": UTF-16LE with its mark",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        text.getBytes(StandardCharsets.UTF_16LE)),
                Expect.REFUSED);
        add(
                tag + ": UTF-16BE with its mark",
                concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        text.getBytes(StandardCharsets.UTF_16BE)),
                Expect.REFUSED);
        add(
                tag + ": UTF-16LE without a mark",
                text.getBytes(StandardCharsets.UTF_16LE),
                Expect.REFUSED);
        add(tag + ": UTF-32", text.getBytes(Charset.forName("UTF-32")), Expect.REFUSED);
        add(
                tag + ": Latin-1 with a non-ASCII name",
                text.replace("\"name\": \"", "\"name\": \"Jos\u00e9 ")
                        .getBytes(StandardCharsets.ISO_8859_1),
                Expect.REFUSED);
        int inName = indexOf(utf8, "\"name\": \"".getBytes(StandardCharsets.US_ASCII)) + 9;
        int structural = indexOf(utf8, "\"case\":".getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> badUtf8 = new LinkedHashMap<>();
        badUtf8.put("byte FF", new byte[] {(byte) 0xFF});
        badUtf8.put("byte FE", new byte[] {(byte) 0xFE});
        badUtf8.put("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF});
        badUtf8.put("a lone continuation byte", new byte[] {(byte) 0x80});
        badUtf8.put("a cut three-byte sequence", new byte[] {(byte) 0xE2, (byte) 0x82});
        badUtf8.put("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        badUtf8.put(
                "a five-byte sequence",
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        badUtf8.put(
                "a code point past U+10FFFF",
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        for (Map.Entry<String, byte[]> e : badUtf8.entrySet()) {
            add(
                    tag + ": " + e.getKey() + " in a name",
                    insert(utf8, inName, e.getValue()),
                    Expect.REFUSED);
            add(
                    tag + ": " + e.getKey() + " between fields",
                    insert(utf8, structural, e.getValue()),
                    Expect.REFUSED);
        }
        for (int c : new int[] {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F}) {
            add(
                    tag + ": raw control character " + hex(c) + " in a name",
                    insert(utf8, inName, new byte[] {(byte) c}),
                    Expect.REFUSED);
            add(
                    tag + ": raw control character " + hex(c) + " between fields",
                    insert(utf8, structural, new byte[] {(byte) c}),
                    Expect.REFUSED);
        }
        for (String esc : List.of("\\u0000", "\\u0001", "\\u0007", "\\u001b", "\\u001f")) {
            add(
                    tag + ": escaped control character " + esc + " in a name",
                    insert(utf8, inName, esc.getBytes(StandardCharsets.US_ASCII)),
                    Expect.REFUSED);
        }
        for (String esc :
                List.of("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\ud83d")) {
            add(
                    tag + ": lone surrogate " + esc + " in a name",
                    insert(utf8, inName, esc.getBytes(StandardCharsets.US_ASCII)),
                    Expect.REFUSED);
        }
        add(
                tag + ": a surrogate pair written as escapes",
                insert(utf8, inName, "\\ud83d\\ude00".getBytes(StandardCharsets.US_ASCII)),
                Expect.IMPORTS);
        for (String esc : List.of("\\x41", "\\u12G", "\\uZZZZ", "\\q", "\\'")) {
            add(
                    tag + ": bad escape " + esc + " in a name",
                    insert(utf8, inName, esc.getBytes(StandardCharsets.US_ASCII)),
                    Expect.REFUSED);
        }
        refused(
                tag + ": a comma after the last field",
                text.substring(0, end).stripTrailing() + ",\n}\n");
        refused(
                tag + ": a comma after the last list item",
                text.replaceFirst("\"no-longer-needs-level\"", "\"no-longer-needs-level\",")
                        .replaceFirst(
                                "\"admission-criteria-not-met\"",
                                "\"admission-criteria-not-met\","));
        refused(tag + ": a missing comma", text.replaceFirst(",\n", "\n"));
        refused(tag + ": a missing colon", text.replaceFirst("\": ", "\" "));
        // The status's value: every case file has one, whatever the case's status is.
        String status = "\"status\": \"";
        int at = text.indexOf(status) + status.length();
        int close = text.indexOf('"', at);
        String value = text.substring(at, close);
        String before = text.substring(0, at);
        String after = text.substring(close + 1);
        refused(tag + ": an unclosed string", before + value + after);
        refused(
                tag + ": a line break inside a string",
                before + value.charAt(0) + "\n" + value.substring(1) + "\"" + after);
        refused(
                tag + ": a tab inside a string",
                before + value.charAt(0) + "\t" + value.substring(1) + "\"" + after);
    }

    // ---- field by field
    // ---------------------------------------------------------------------------------

    private void fields(String tag, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> done = new HashSet<>();
        walk(
                root,
                "",
                (path, node) -> {
                    String pattern = path.replaceAll("\\[\\d+]", "[]");
                    if (pattern.isEmpty() || !done.add(pattern)) {
                        return;
                    }
                    String key = key(pattern);
                    String at = tag + ": " + path;
                    // Every entry of a list that has an id needs it (denials, events, assessments,
                    // rows...).
                    Expect missing =
                            REQUIRED.contains(pattern)
                                            || key.equals("id")
                                            || scoredFrom(root, path, key)
                                            || neededExpiry(root, path, key)
                                    ? Expect.REFUSED
                                    : Expect.IMPORTS;
                    if (pattern.equals("case.denials[]")
                            && root.path("case").path("denials").size() > 1) {
                        missing = Expect.IMPORTS;
                    }
                    change(root, path, at + " removed", missing, null, true);
                    // A list never holds null; a field set to null reads as a field left out,
                    // except a true or false.
                    change(
                            root,
                            path,
                            at + " null",
                            path.endsWith("]") || NOT_NULL.contains(pattern)
                                    ? Expect.REFUSED
                                    : missing,
                            NODES.nullNode(),
                            false);
                    if (node.isObject()) {
                        change(
                                root,
                                path,
                                at + " as a list",
                                Expect.REFUSED,
                                NODES.arrayNode(),
                                false);
                        change(
                                root,
                                path,
                                at + " as text",
                                Expect.REFUSED,
                                NODES.textNode("x"),
                                false);
                        change(
                                root,
                                path,
                                at + " as a number",
                                Expect.REFUSED,
                                NODES.numberNode(1),
                                false);
                        ObjectNode extra = node.deepCopy();
                        extra.put("zzNotAField", 1);
                        change(
                                root,
                                path,
                                at + " with an unknown field",
                                Expect.REFUSED,
                                extra,
                                false);
                        if (node.size() > 0) {
                            add(
                                    at + " with a key given twice",
                                    duplicateFirstKey(root, node),
                                    Expect.REFUSED);
                        }
                        ObjectNode deep = node.deepCopy();
                        deep.putRawValue(
                                "zzDeep", new RawValue("[".repeat(1200) + "]".repeat(1200)));
                        change(
                                root,
                                path,
                                at + " with lists nested 1200 deep",
                                Expect.REFUSED,
                                deep,
                                false);
                    } else if (node.isArray()) {
                        change(
                                root,
                                path,
                                at + " as an object",
                                Expect.REFUSED,
                                NODES.objectNode(),
                                false);
                        change(
                                root,
                                path,
                                at + " as text",
                                Expect.REFUSED,
                                NODES.textNode("x"),
                                false);
                        ArrayNode wrongItem = NODES.arrayNode();
                        // No list in a case file holds true or false.
                        wrongItem.add(NODES.booleanNode(true));
                        change(
                                root,
                                path,
                                at + " holding an item of the wrong type",
                                Expect.REFUSED,
                                wrongItem,
                                false);
                        if (ENUMS.contains(key)) {
                            ArrayNode unknown = NODES.arrayNode();
                            unknown.add("not-a-known-id");
                            change(
                                    root,
                                    path,
                                    at + " holding an unknown id",
                                    Expect.REFUSED,
                                    unknown,
                                    false);
                        }
                    } else if (node.isTextual()) {
                        text(root, path, at, key, node.asText());
                    } else if (node.isIntegralNumber()) {
                        change(
                                root,
                                path,
                                at + " as text",
                                Expect.REFUSED,
                                NODES.textNode(node.asText()),
                                false);
                        change(
                                root,
                                path,
                                at + " as true",
                                Expect.REFUSED,
                                NODES.booleanNode(true),
                                false);
                        change(
                                root,
                                path,
                                at + " as a list",
                                Expect.REFUSED,
                                NODES.arrayNode(),
                                false);
                        boolean amount =
                                key.equals("billedAmount") || key.equals("hoursPerWeekRequested");
                        if (!amount) {
                            change(
                                    root,
                                    path,
                                    at + " as a fraction",
                                    Expect.REFUSED,
                                    NODES.numberNode(new BigDecimal("1.5")),
                                    false);
                            change(
                                    root,
                                    path,
                                    at + " beyond a whole number's range",
                                    Expect.REFUSED,
                                    NODES.numberNode(2_147_483_648L),
                                    false);
                            change(
                                    root,
                                    path,
                                    at + " with 30 digits",
                                    Expect.REFUSED,
                                    NODES.numberNode(new BigInteger("9".repeat(30))),
                                    false);
                        }
                        change(
                                root,
                                path,
                                at + " with 1200 digits",
                                Expect.REFUSED,
                                NODES.rawValueNode(new RawValue("9".repeat(1200))),
                                false);
                        change(
                                root,
                                path,
                                at + " as 1e400",
                                Expect.REFUSED,
                                NODES.rawValueNode(new RawValue("1e400")),
                                false);
                        if (COUNTS.contains(key) || amount) {
                            change(
                                    root,
                                    path,
                                    at + " negative",
                                    Expect.REFUSED,
                                    NODES.numberNode(-1),
                                    false);
                        }
                    } else if (node.isBoolean()) {
                        change(
                                root,
                                path,
                                at + " as 1",
                                Expect.REFUSED,
                                NODES.numberNode(1),
                                false);
                        change(
                                root,
                                path,
                                at + " as 0",
                                Expect.REFUSED,
                                NODES.numberNode(0),
                                false);
                        change(
                                root,
                                path,
                                at + " as text",
                                Expect.REFUSED,
                                NODES.textNode(node.asText()),
                                false);
                        change(
                                root,
                                path,
                                at + " as yes",
                                Expect.REFUSED,
                                NODES.textNode("yes"),
                                false);
                    }
                });
        for (String v :
                List.of("0", "-1", "6", "99", "5.0", "\"5\"", "true", "1e1", "2147483648", "[5]")) {
            change(
                    root,
                    "formatVersion",
                    tag + ": formatVersion " + v,
                    Expect.REFUSED,
                    NODES.rawValueNode(new RawValue(v)),
                    false);
        }
        for (String v :
                List.of(
                        "\"overturn-profile\"",
                        "\"\"",
                        "\"OVERTURN-CASE\"",
                        "\"overturn-case \"",
                        "5",
                        "[\"overturn-case\"]")) {
            change(
                    root,
                    "format",
                    tag + ": format " + v,
                    Expect.REFUSED,
                    NODES.rawValueNode(new RawValue(v)),
                    false);
        }
        ObjectNode top = root.deepCopy();
        top.putRawValue("case", new RawValue("[".repeat(100_000) + "]".repeat(100_000)));
        add(tag + ": case as lists nested 100000 deep", write(top), Expect.REFUSED);
        top = root.deepCopy();
        top.putRawValue("case", new RawValue("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        add(tag + ": case as objects nested 5000 deep", write(top), Expect.REFUSED);
        top = root.deepCopy();
        top.put("zzNotAField", true);
        add(tag + ": an unknown field at the top", write(top), Expect.REFUSED);
        if (tag.startsWith("mh-iop-concurrent-erisa")) {
            top = root.deepCopy();
            ((ObjectNode) top.get("case"))
                    .putRawValue("status", new RawValue("\"" + "d".repeat(20_000_001) + "\""));
            add(tag + ": a status of twenty million characters", write(top), Expect.REFUSED);
        }
    }

    /**
     * A measure's item scores (a fixed number of them) or, for a measure without items, its score.
     */
    private static boolean scoredFrom(JsonNode root, String path, String key) {
        Matcher m =
                Pattern.compile("^case\\.measures\\[(\\d+)]\\.(items|score)(\\[\\d+])?$")
                        .matcher(path);
        if (!m.matches()) {
            return false;
        }
        JsonNode measure = root.path("case").path("measures").path(Integer.parseInt(m.group(1)));
        boolean itemised = measure.path("items").size() > 0;
        return key.equals("items") == itemised;
    }

    /** A consent needs an expiry date or an event that ends it. */
    private static boolean neededExpiry(JsonNode root, String path, String key) {
        Matcher m =
                Pattern.compile("^case\\.packet\\.consents\\[(\\d+)]\\.(expiresOn|expiryEvent)$")
                        .matcher(path);
        if (!m.matches()) {
            return false;
        }
        JsonNode consent =
                root.path("case")
                        .path("packet")
                        .path("consents")
                        .path(Integer.parseInt(m.group(1)));
        String other = key.equals("expiresOn") ? "expiryEvent" : "expiresOn";
        return consent.path(other).asText("").isBlank();
    }

    private void text(JsonNode root, String path, String at, String key, String value) {
        change(root, path, at + " as a number", Expect.REFUSED, NODES.numberNode(42), false);
        change(root, path, at + " as true", Expect.REFUSED, NODES.booleanNode(true), false);
        change(root, path, at + " as an object", Expect.REFUSED, NODES.objectNode(), false);
        change(root, path, at + " as a list", Expect.REFUSED, NODES.arrayNode(), false);
        change(
                root,
                path,
                at + " one character too long",
                Expect.REFUSED,
                NODES.textNode("x".repeat(limitFor(key) + 1)),
                false);
        if (DATE_TIME.matcher(value).matches()) {
            for (String bad :
                    List.of(
                            "2026-11-14T24:00:00",
                            "2026-11-14 16:20",
                            "2026-11-14T16:61",
                            "1899-12-31T10:00",
                            "2101-01-01T10:00",
                            "yesterday",
                            "2026-11-14T16:20:00+25:00",
                            "")) {
                change(
                        root,
                        path,
                        at + " as '" + bad + "'",
                        Expect.REFUSED,
                        NODES.textNode(bad),
                        false);
            }
            change(
                    root,
                    path,
                    at + " as seconds since 1970",
                    Expect.REFUSED,
                    NODES.numberNode(1_763_137_200L),
                    false);
            change(
                    root,
                    path,
                    at + " as [2026,11,14,16,20]",
                    Expect.REFUSED,
                    NODES.rawValueNode(new RawValue("[2026,11,14,16,20]")),
                    false);
        } else if (DATE.matcher(value).matches()) {
            for (String bad :
                    List.of(
                            "2026-02-30",
                            "2026-13-01",
                            "2026-00-10",
                            "1899-12-31",
                            "2101-01-01",
                            "0000-01-01",
                            "+10000-01-01",
                            "-2026-01-01",
                            "99999999999999999999-01-01",
                            "16/11/2026",
                            "2026-1-5",
                            "2026-11-16T00:00",
                            "today",
                            "",
                            " ")) {
                change(
                        root,
                        path,
                        at + " as '" + bad + "'",
                        Expect.REFUSED,
                        NODES.textNode(bad),
                        false);
            }
            change(
                    root,
                    path,
                    at + " as the number 20261116",
                    Expect.REFUSED,
                    NODES.numberNode(20_261_116),
                    false);
            change(
                    root,
                    path,
                    at + " as [2026,11,16]",
                    Expect.REFUSED,
                    NODES.rawValueNode(new RawValue("[2026,11,16]")),
                    false);
        } else if (ENUMS.contains(key)) {
            change(
                    root,
                    path,
                    at + " as an unknown id",
                    Expect.REFUSED,
                    NODES.textNode("not-a-known-id"),
                    false);
            change(
                    root,
                    path,
                    at + " in capitals",
                    Expect.REFUSED,
                    NODES.textNode(value.toUpperCase(Locale.ROOT) + "X"),
                    false);
        }
    }

    /**
     * The import's text limits (persistence.json.FieldLimits), restated so a change to them is
     * seen.
     */
    private static int limitFor(String key) {
        if (Set.of(
                        "name",
                        "rater",
                        "reviewerName",
                        "reviewerCredentials",
                        "signedBy",
                        "provider",
                        "planName",
                        "recipient",
                        "behavioralHealthManager",
                        "title",
                        "assessedBy",
                        "credentials",
                        "email",
                        "portal")
                .contains(key)) {
            return 200;
        }
        if (Set.of(
                        "id",
                        "memberId",
                        "groupNumber",
                        "authorizationNumber",
                        "claimNumber",
                        "referenceNumber",
                        "npi",
                        "phone",
                        "fax",
                        "appealsFax",
                        "code",
                        "dimensionId",
                        "statementId")
                .contains(key)) {
            return 64;
        }
        return key.equals("rationale") ? 50_000 : 20_000;
    }

    // ---- helpers
    // ----------------------------------------------------------------------------------------

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor v) {
        v.visit(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), v);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", v);
            }
        }
    }

    private static String key(String pattern) {
        String k = pattern.replaceAll("\\[]", "");
        return k.substring(k.lastIndexOf('.') + 1);
    }

    /** A copy of the tree with the node at {@code path} replaced by {@code value} (or removed). */
    private void change(
            JsonNode root, String path, String name, Expect e, JsonNode value, boolean remove) {
        JsonNode copy = root.deepCopy();
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = cut < 0 ? copy : locate(copy, path.substring(0, cut));
        String last = cut < 0 ? path : path.substring(cut + (path.charAt(cut) == '.' ? 1 : 0));
        if (last.startsWith("[")) {
            int i = Integer.parseInt(last.substring(1, last.length() - 1));
            ArrayNode a = (ArrayNode) parent;
            if (remove) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        } else {
            ObjectNode o = (ObjectNode) parent;
            if (remove) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        }
        add(name, write(copy), e);
    }

    private static JsonNode locate(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            String field = b < 0 ? part : part.substring(0, b);
            if (!field.isEmpty()) {
                n = n.get(field);
            }
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(b < 0 ? "" : part.substring(b));
            while (m.find()) {
                n = n.get(Integer.parseInt(m.group(1)));
            }
        }
        return n;
    }

    private static byte[] write(JsonNode n) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole file with {@code target}'s first key written twice (a tree can't hold that, so it
     * is written by hand).
     */
    private static byte[] duplicateFirstKey(JsonNode root, JsonNode target) {
        StringBuilder sb = new StringBuilder();
        writeWithDuplicate(root, target, sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeWithDuplicate(JsonNode n, JsonNode target, StringBuilder sb) {
        if (n.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    sb.append(',');
                }
                sb.append(NODES.textNode(e.getKey()).toString()).append(':');
                writeWithDuplicate(e.getValue(), target, sb);
                if (first && n == target) {
                    sb.append(',').append(NODES.textNode(e.getKey()).toString()).append(':');
                    writeWithDuplicate(e.getValue(), target, sb);
                }
                first = false;
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeWithDuplicate(n.get(i), target, sb);
            }
            sb.append(']');
        } else {
            sb.append(n.toString());
        }
    }

    private static byte[] bom8() {
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(Arrays.copyOfRange(b, 0, at), what, Arrays.copyOfRange(b, at, b.length));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException(
                "not found: " + new String(needle, StandardCharsets.US_ASCII));
    }

    private static String hex(int c) {
        return String.format("U+%04X", c);
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints()
                .forEach(c -> sb.append(c < 0x20 ? hex(c) : new String(Character.toChars(c))));
        return sb.toString();
    }
}
