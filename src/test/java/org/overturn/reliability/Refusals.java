package org.overturn.reliability;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a clean refusal on the command line looks like: one line, in the user's words, nothing
 * invisible in it.
 */
final class Refusals {

    /** Words and shapes that belong to Java or a library, never to a message for a clinician. */
    private static final List<String> INTERNALS =
            List.of(
                    "com.fasterxml",
                    "java.",
                    "javax.",
                    "org.overturn",
                    "org.sqlite",
                    "org.apache",
                    "picocli",
                    "Exception",
                    "Error:",
                    "StackOverflow",
                    "OutOfMemory",
                    "StreamReadConstraints",
                    "CTRL-CHAR",
                    "[Source",
                    "Source:",
                    "START_OBJECT",
                    "END_OBJECT",
                    "START_ARRAY",
                    "END_ARRAY",
                    "VALUE_STRING",
                    "VALUE_NUMBER",
                    "VALUE_TRUE",
                    "VALUE_FALSE",
                    "VALUE_NULL",
                    "FIELD_NAME",
                    "JsonToken",
                    "through reference chain",
                    "`",
                    "\tat ",
                    "Caused by",
                    "(code ",
                    "MismatchedInput",
                    "Cannot deserialize",
                    "Cannot construct",
                    "SQLITE_",
                    "[SQLITE",
                    "null pointer");

    /** A package-qualified class name, such as org.example.Thing or java.io.IOException. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+\\.[A-Z]\\w+");

    private Refusals() {}

    /** Why {@code err} is not one clean line, or empty when it is. */
    static Optional<String> problem(String err) {
        String line = err.endsWith("\n") ? err.substring(0, err.length() - 1) : err;
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank()) {
            return Optional.of("nothing on stderr");
        }
        if (line.contains("\n")) {
            return Optional.of((line.split("\n", -1).length) + " lines on stderr");
        }
        if (!line.startsWith("overturn: ")) {
            return Optional.of("the line does not start with 'overturn: '");
        }
        for (String word : INTERNALS) {
            if (line.contains(word)) {
                return Optional.of("it shows an internal word: " + word);
            }
        }
        if (CLASS_NAME.matcher(line).find()) {
            return Optional.of(
                    "it names a class: "
                            + CLASS_NAME.matcher(line).results().findFirst().orElseThrow().group());
        }
        Optional<String> invisible = invisible(line);
        if (invisible.isPresent()) {
            return invisible;
        }
        if (line.length() > 600) {
            return Optional.of("the line is " + line.length() + " characters long");
        }
        return Optional.empty();
    }

    /**
     * The first character a terminal would not show as itself (a control, a format character, half
     * a pair).
     */
    static Optional<String> invisible(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int type = Character.getType(c);
            boolean bad =
                    Character.isISOControl(c)
                            || type == Character.FORMAT
                            || type == Character.SURROGATE
                                    && !(Character.isHighSurrogate(c)
                                            && i + 1 < line.length()
                                            && Character.isLowSurrogate(line.charAt(i + 1)))
                                    && !(Character.isLowSurrogate(c)
                                            && i > 0
                                            && Character.isHighSurrogate(line.charAt(i - 1)))
                            || type == Character.UNASSIGNED
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || c == '\uFEFF'
                            || c == '\uFFFD';
            if (bad) {
                return Optional.of(
                        String.format("it holds an invisible character U+%04X at %d", (int) c, i));
            }
        }
        return Optional.empty();
    }
}
