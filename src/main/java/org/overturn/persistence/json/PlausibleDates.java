package org.overturn.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every date in a case file, wherever it stands, lies between 1900 and 2100: a year 0001 or 9999 is
 * a typing or conversion error, and a case built on it would give nonsense deadlines.
 */
final class PlausibleDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Pattern DATE = Pattern.compile("^([+-]?\\d{4,})-\\d{2}-\\d{2}(T.*)?$");

    private PlausibleDates() {}

    static void check(JsonNode node, String path) throws CaseFormatException {
        if (node.isTextual()) {
            Matcher m = DATE.matcher(node.asText());
            if (m.matches()) {
                String digits = m.group(1).replace("+", "");
                // A year of more digits than a long holds is no more plausible than year 9999.
                long year =
                        digits.replace("-", "").length() > 9
                                ? Long.MAX_VALUE
                                : Long.parseLong(digits);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new CaseFormatException(
                            path
                                    + ": '"
                                    + Printable.visible(node.asText(), 40)
                                    + "' is not a plausible date (a date "
                                    + "in a case file lies between "
                                    + FIRST_YEAR
                                    + " and "
                                    + LAST_YEAR
                                    + ")");
                }
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }
}
