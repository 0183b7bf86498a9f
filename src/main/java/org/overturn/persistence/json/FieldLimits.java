package org.overturn.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * How long each text in a case file may be: names 200 characters, identifiers 64, the denial's rationale 50,000 and
 * any other text 20,000. A megabyte pasted into a name is an accident, and would make every list and document that
 * shows it unusable.
 */
final class FieldLimits {

    static final int NAME = 200;
    static final int IDENTIFIER = 64;
    static final int RATIONALE = 50_000;
    static final int TEXT = 20_000;

    private static final Set<String> NAMES = Set.of("name", "rater", "reviewerName", "reviewerCredentials", "signedBy",
            "provider", "planName", "recipient", "behavioralHealthManager", "title", "assessedBy", "credentials",
            "email", "portal");
    private static final Set<String> IDENTIFIERS = Set.of("id", "memberId", "groupNumber", "authorizationNumber",
            "claimNumber", "referenceNumber", "npi", "phone", "fax", "appealsFax", "code", "dimensionId",
            "statementId");

    private FieldLimits() {
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
                throw new CaseFormatException(path + ": " + length + " characters, more than the " + limit
                        + " this field may hold");
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), key, path + "[" + i + "]");
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), e.getKey(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }
}
