package org.overturn.domain.rebuttal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a pasted denial rationale into statements. Denial letters are full of abbreviations
 * ("Dr.", "e.g.", "pt."), decimals ("ASAM Level 2.1") and numbered lists, so a plain split on ". "
 * would cut statements apart.
 */
public final class SentenceSplitter {

    /** Lower-case, without the final dot; checked against the word that ends before a dot. */
    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "dr", "mr", "mrs", "ms", "mx", "jr", "sr", "st", "prof", "e.g", "i.e", "vs",
                    "etc", "approx", "appt", "pt", "pts", "hx", "dx", "tx", "rx", "sx", "fx", "cf",
                    "al", "fig", "incl", "a.m", "p.m", "u.s", "dept", "ref", "re", "mbr", "req",
                    "auth", "min", "max", "est", "wk", "wks", "hr", "hrs", "yr", "yrs", "mo", "mos",
                    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                    "dec", "ph.d", "m.d", "d.o", "r.n", "l.c.s.w", "sec", "para");

    private static final Pattern BULLET =
            Pattern.compile("^\\s*(?:[-*\u2022\u25aa]|\\(?[0-9]{1,2}[.)]|\\(?[a-hA-H]\\))\\s+");
    private static final Pattern LINE_ITEM =
            Pattern.compile(
                    "\\n\\s*(?=[-*\u2022\u25aa]\\s|\\(?[0-9]{1,2}[.)]\\s|\\(?[a-hA-H]\\)\\s)");

    private SentenceSplitter() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // Blank lines and list items always start a new statement, whatever punctuation precedes
        // them.
        for (String block : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            for (String item : LINE_ITEM.split(block)) {
                splitBlock(item, out);
            }
        }
        return out;
    }

    private static void splitBlock(String block, List<String> out) {
        String s = BULLET.matcher(block.replaceAll("\\s+", " ").strip()).replaceFirst("");
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && (".!?\"')\u201d\u2019]".indexOf(s.charAt(end)) >= 0)) {
                end++;
            }
            if (end < s.length() && s.charAt(end) != ' ') {
                continue; // "2.1", "e.g.," or a URL: not the end of a sentence
            }
            if (c == '.' && !endsSentence(s, start, i)) {
                continue;
            }
            add(s.substring(start, end), out);
            start = end;
            i = end - 1;
        }
        add(s.substring(start), out);
    }

    private static boolean endsSentence(String s, int from, int dot) {
        int w = dot;
        while (w > from && s.charAt(w - 1) != ' ') {
            w--;
        }
        String raw = s.substring(w, dot).replaceAll("^[(\"'\u201c]+", "");
        String word = raw.toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "Ref. No. 12345": "No." before a number abbreviates "number"; "The answer is no." ends a
        // sentence.
        if ((word.equals("no") || word.equals("nos"))
                && dot + 2 < s.length()
                && Character.isDigit(s.charAt(dot + 2))) {
            return false;
        }
        // A single capital ("J. Smith") is an initial; a 1–2 digit number opening the statement is
        // a list marker.
        if (raw.length() == 1 && Character.isUpperCase(raw.charAt(0))) {
            return false;
        }
        return !(s.substring(from, w).isBlank() && word.matches("[0-9]{1,2}"));
    }

    private static void add(String statement, List<String> out) {
        String t = BULLET.matcher(statement.strip()).replaceFirst("").strip();
        if (t.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
    }
}
