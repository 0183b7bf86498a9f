package org.overturn.domain.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.UnitKind;

/** Small pieces of letter English shared by the letter, the packet and the request letter. */
@Outgoing
public final class Words {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Words() {}

    /** "November 16, 2026". */
    public static String date(LocalDate d) {
        return LONG.format(d);
    }

    /** "a, b and c". */
    public static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + " and "
                + items.get(items.size() - 1);
    }

    /** "intensive outpatient program (IOP) care for mental health". */
    public static String care(LevelOfCare l) {
        return switch (l) {
            case IOP_MENTAL_HEALTH -> "intensive outpatient program (IOP) care for mental health";
            case IOP_SUBSTANCE_USE ->
                    "intensive outpatient program (IOP) care for a substance use disorder";
            case IOP_CO_OCCURRING ->
                    "intensive outpatient program (IOP) care for co-occurring mental health and "
                            + "substance use disorders";
            case IOP_EATING_DISORDER ->
                    "intensive outpatient program (IOP) care for an eating disorder";
            case ADOLESCENT_IOP -> "adolescent intensive outpatient program (IOP) care";
            case PHP -> "partial hospitalization program (PHP) care";
            case RESIDENTIAL -> "residential treatment";
            case OTHER -> "the requested care";
        };
    }

    /** "IOP", "PHP", "residential treatment". */
    public static String shortCare(LevelOfCare l) {
        return switch (l) {
            case PHP -> "PHP";
            case RESIDENTIAL -> "residential treatment";
            case OTHER -> "this care";
            default -> "IOP";
        };
    }

    public static String denialKind(DenialType t) {
        return switch (t) {
            case PRE_SERVICE -> "prior-authorization";
            case CONCURRENT -> "concurrent-review";
            case POST_SERVICE -> "claim";
        };
    }

    /** "15 days", "1 session". */
    public static String units(int n, UnitKind k) {
        String unit = k == UnitKind.DAYS ? "day" : "session";
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public static String hours(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString()
                + " hour"
                + (h.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
    }

    /**
     * "an appeal" → "an expedited appeal"; "a state fair hearing" → "an expedited state fair
     * hearing".
     */
    public static String expedited(String withArticle) {
        if (withArticle.startsWith("an ")) {
            return "an expedited " + withArticle.substring(3);
        }
        if (withArticle.startsWith("a ")) {
            return "an expedited " + withArticle.substring(2);
        }
        return "expedited " + withArticle;
    }

    /** Lower-cases the first letter (for labels used mid-sentence). */
    public static String lower(String s) {
        if (s.isEmpty()
                || s.length() > 1 && Character.isUpperCase(s.charAt(1))
                || s.startsWith("I ")
                || s.startsWith("I'")
                || s.startsWith("I’")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The text with a full stop at its end. */
    public static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”'
                ? t
                : t + ".";
    }
}
