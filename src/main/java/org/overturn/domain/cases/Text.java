package org.overturn.domain.cases;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalisation shared by the records: free text is never null, lists are immutable. */
public final class Text {

    private static final Pattern ISO_DAY =
            Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!T\\d)");

    /**
     * ISO days inside prose ("Counted from 2026-11-14") as US readers write them ("11/14/2026").
     */
    public static String usDates(String s) {
        return s == null ? "" : ISO_DAY.matcher(s).replaceAll("$2/$3/$1");
    }

    private Text() {}

    /** Free text: null becomes "", surrounding whitespace is kept out. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Long free text (pasted rationale, notes): null becomes "", inner layout is kept. */
    public static String body(String s) {
        return s == null ? "" : s.stripTrailing();
    }

    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    public static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }

    public static String require(String s, String what) {
        String c = clean(s);
        if (c.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return c;
    }
}
