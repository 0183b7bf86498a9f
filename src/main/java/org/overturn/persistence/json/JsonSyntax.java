package org.overturn.persistence.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a file that is not valid JSON, in a clinician's words: the parser's own
 * messages name its settings and classes ({@code StreamReadConstraints}, {@code CTRL-CHAR},
 * character codes), which mean nothing to the person who has to fix the file.
 */
final class JsonSyntax {

    private static final Pattern UNEXPECTED =
            Pattern.compile(
                    "Unexpected character \\('(.*)' \\(code (\\d+)[^)]*\\)\\)" + "(?::\\s*(.*))?",
                    Pattern.DOTALL);
    private static final Pattern CONTROL =
            Pattern.compile("Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern UNRECOGNIZED =
            Pattern.compile("Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
    private static final Pattern ESCAPE =
            Pattern.compile("Unrecognized character escape '(.*)' \\(code (\\d+)\\)");
    private static final Pattern CLOSE =
            Pattern.compile("Unexpected close marker '(.)': expected '(.)'");

    private JsonSyntax() {}

    /**
     * One plain sentence for the parser's complaint (without the line and column, which the caller
     * adds).
     */
    static String describe(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (msg.contains("nesting depth")) {
                return "lists or objects are nested more than 1000 deep; a case file is never nested like that";
            }
            if (msg.contains("Number value length") || msg.contains("Number length")) {
                return "a number has more than 1000 digits";
            }
            if (msg.contains("String value length")) {
                return "a text is longer than 20,000,000 characters";
            }
            return "the file holds more than a case file can";
        }
        if (e instanceof JsonEOFException || msg.startsWith("Unexpected end-of-input")) {
            return "the file ends before the case does (was it cut short?)";
        }
        Matcher m = CONTROL.matcher(msg);
        if (m.find()) {
            String c = Printable.codePoint(Integer.parseInt(m.group(2)));
            return m.group(1) != null
                    ? "the control character "
                            + c
                            + " inside quotes (a line break or tab in a text is written \\n or \\t)"
                    : "the control character "
                            + c
                            + " between values (only spaces, tabs and line breaks may stand there)";
        }
        m = UNEXPECTED.matcher(msg);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            String what = "unexpected " + Printable.character(code);
            String rest = m.group(3) == null ? "" : m.group(3);
            if (rest.contains("double-quote to start field name")) {
                return what + ": expected a field name in double quotes";
            }
            if (rest.contains("comma to separate Object entries")) {
                return what + ": expected a comma between two fields";
            }
            if (rest.contains("comma to separate Array entries")) {
                return what + ": expected a comma between two list items";
            }
            if (rest.contains("colon to separate field name and value")) {
                return what + ": expected a colon after the field name";
            }
            if (rest.contains("comment")) {
                return what + ": comments are not allowed in a case file";
            }
            if (rest.contains("hex-digit")) {
                return what + ": \\u must be followed by four hexadecimal digits";
            }
            if (rest.contains("valid value")) {
                return what
                        + ": expected a value (text in double quotes, a number, true, false, null, a list or an object)";
            }
            return what;
        }
        m = NON_NUMERIC.matcher(msg);
        if (m.find()) {
            return "'"
                    + Printable.visible(m.group(1), 40)
                    + "' is not a number a case file may hold";
        }
        m = UNRECOGNIZED.matcher(msg);
        if (m.find()) {
            return "unrecognized word '"
                    + Printable.visible(m.group(1), 40)
                    + "' (text must be in double quotes; true, false and null are written in lower case)";
        }
        m = ESCAPE.matcher(msg);
        if (m.find()) {
            return "unknown escape \\"
                    + Printable.visible(m.group(1), 4)
                    + " inside quotes (the escapes are \\\" \\\\ \\/ "
                    + "\\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits)";
        }
        m = CLOSE.matcher(msg);
        if (m.find()) {
            return "'" + m.group(1) + "' where '" + m.group(2) + "' should close what was opened";
        }
        if (msg.contains("Leading zeroes not allowed")) {
            return "a number starts with 0 (write 7, not 007)";
        }
        if (msg.startsWith("Invalid numeric value") || msg.contains("Numeric value")) {
            return "a number is not written as JSON writes numbers";
        }
        return "the text is not valid JSON here";
    }
}
