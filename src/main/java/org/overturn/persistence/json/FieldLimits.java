package org.overturn.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What each text in a case file may hold. Its length: names 200 characters, identifiers 64, the
 * denial's rationale 50,000 and any other text 20,000 (a megabyte pasted into a name is an
 * accident, and would make every list and document that shows it unusable). Its characters: no
 * control characters but tab and line breaks, and no half of a surrogate pair (either comes from a
 * damaged file or a bad conversion, and can't be printed in a letter). And a list holds no null
 * entries.
 */
final class FieldLimits {

    static final int NAME = 200;
    static final int IDENTIFIER = 64;
    static final int RATIONALE = 50_000;
    static final int TEXT = 20_000;

    private static final Set<String> NAMES =
            Set.of(
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
                    "portal");
    private static final Set<String> IDENTIFIERS =
            Set.of(
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
                    "statementId");

    private FieldLimits() {}

    private static void characters(String text, String path) throws CaseFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new CaseFormatException(
                        path
                                + ": holds the control character "
                                + Printable.codePoint(c)
                                + " at character "
                                + (i + 1)
                                + "; only tabs and line breaks may stand in a text");
            }
            if (Character.isSurrogate(c)) {
                boolean paired =
                        Character.isHighSurrogate(c)
                                && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    throw new CaseFormatException(
                            path
                                    + ": holds half of a character ("
                                    + Printable.codePoint(c)
                                    + " at character "
                                    + (i + 1)
                                    + " has no partner); the text was damaged on its way here");
                }
                i++;
            }
        }
    }

    static int limitFor(String key) {
        if (NAMES.contains(key)) {
            return NAME;
        }
        if (IDENTIFIERS.contains(key)) {
            return IDENTIFIER;
        }
        return "rationale".equals(key) ? RATIONALE : TEXT;
    }

    static void check(JsonNode node, String key, String path) throws CaseFormatException {
        if (node.isTextual()) {
            int length = node.asText().codePointCount(0, node.asText().length());
            int limit = limitFor(key);
            if (length > limit) {
                throw new CaseFormatException(
                        path
                                + ": "
                                + length
                                + " characters, more than the "
                                + limit
                                + " this field may hold");
            }
            characters(node.asText(), path);
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    throw new CaseFormatException(
                            path + "[" + i + "]: null in a list; leave the entry out instead");
                }
                check(node.get(i), key, path + "[" + i + "]");
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(
                        e.getValue(),
                        e.getKey(),
                        path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }
}
