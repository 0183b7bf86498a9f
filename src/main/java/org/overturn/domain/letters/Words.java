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
import org.overturn.domain.wording.Wording;

/** Small pieces of letter English shared by the letter, the packet and the request letter. */
@Outgoing
public final class Words {

    private static final Wording WORDS = Wording.of("letter");
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    /** Between two paragraphs of a letter part. */
    static final String PARAGRAPH = "\n\n";

    /** Before each line of a list in a letter part. */
    static final String LIST_ITEM = "\n• ";

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
        return WORDS.fill(
                "list.and",
                "items",
                String.join(", ", items.subList(0, items.size() - 1)),
                "last",
                items.get(items.size() - 1));
    }

    /** "intensive outpatient program (IOP) care for mental health". */
    public static String care(LevelOfCare l) {
        return WORDS.text(
                switch (l) {
                    case IOP_MENTAL_HEALTH -> "care.iopMentalHealth";
                    case IOP_SUBSTANCE_USE -> "care.iopSubstanceUse";
                    case IOP_CO_OCCURRING -> "care.iopCoOccurring";
                    case IOP_EATING_DISORDER -> "care.iopEatingDisorder";
                    case ADOLESCENT_IOP -> "care.adolescentIop";
                    case PHP -> "care.php";
                    case RESIDENTIAL -> "care.residential";
                    case OTHER -> "care.other";
                });
    }

    /** "IOP", "PHP", "residential treatment". */
    public static String shortCare(LevelOfCare l) {
        return WORDS.text(
                switch (l) {
                    case PHP -> "shortCare.php";
                    case RESIDENTIAL -> "shortCare.residential";
                    case OTHER -> "shortCare.other";
                    default -> "shortCare.iop";
                });
    }

    public static String denialKind(DenialType t) {
        return WORDS.text(
                switch (t) {
                    case PRE_SERVICE -> "denialKind.preService";
                    case CONCURRENT -> "denialKind.concurrent";
                    case POST_SERVICE -> "denialKind.postService";
                });
    }

    /** "15 days", "1 session". */
    public static String units(int n, UnitKind k) {
        String key =
                k == UnitKind.DAYS
                        ? (n == 1 ? "units.day.one" : "units.day.many")
                        : (n == 1 ? "units.session.one" : "units.session.many");
        return WORDS.fill(key, "count", n);
    }

    public static String hours(BigDecimal h) {
        return WORDS.fill(
                h.compareTo(BigDecimal.ONE) == 0 ? "hours.one" : "hours.many",
                "hours",
                h.stripTrailingZeros().toPlainString());
    }

    /**
     * "an appeal" → "an expedited appeal"; "a state fair hearing" → "an expedited state fair
     * hearing".
     */
    public static String expedited(String withArticle) {
        if (withArticle.startsWith("an ")) {
            return WORDS.fill("expedited", "request", withArticle.substring(3));
        }
        if (withArticle.startsWith("a ")) {
            return WORDS.fill("expedited", "request", withArticle.substring(2));
        }
        return WORDS.fill("expedited.bare", "request", withArticle);
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

    /** The text without the one full stop at its end, if it has one. */
    static String withoutFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
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
