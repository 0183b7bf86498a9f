package org.overturn.domain.cases;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pictographic symbols (emoji) in text the clinician typed or pasted. No font the app bundles holds
 * them, and many computers have none either, so wherever one would be drawn as a box the app names
 * it instead: "[thumbs up sign]" in a PDF, and a note beside the field on screen. The text itself
 * is always kept as typed.
 */
public final class Symbols {

    private Symbols() {}

    /**
     * Whether the code point is a pictograph: the emoji and pictograph blocks above U+1F000 and the
     * miscellaneous symbols and dingbats below them. Letters of any script are never pictographs.
     */
    public static boolean pictograph(int cp) {
        if (Character.isLetterOrDigit(cp) || invisibleModifier(cp)) {
            return false;
        }
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
    }

    /**
     * Joiners, variation selectors, skin tones and tag characters: they only shape the symbol
     * before them.
     */
    public static boolean invisibleModifier(int cp) {
        return cp == 0x200D
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F;
    }

    /**
     * "[thumbs up sign]": the symbol's Unicode name in lower case, in brackets; empty when it has
     * none.
     */
    public static Optional<String> name(int cp) {
        String name = Character.getName(cp);
        if (name == null || name.isBlank() || Character.isLetterOrDigit(cp)) {
            return Optional.empty();
        }
        return Optional.of("[" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "]");
    }

    /** The names of the pictographs in the text, each once, in the order they first appear. */
    public static Set<String> pictographNames(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        text.codePoints().filter(Symbols::pictograph).forEach(cp -> name(cp).ifPresent(out::add));
        return out;
    }
}
