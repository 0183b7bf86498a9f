package org.overturn.persistence.json;

/**
 * Text from a file, made safe to quote in a one-line message: characters a terminal would not show
 * as themselves (controls, format characters such as a right-to-left override, half a surrogate
 * pair) are written as U+XXXX, and a long value is cut, so a refusal is always one readable line.
 */
public final class Printable {

    private Printable() {}

    /**
     * {@code s} with every invisible character written as U+XXXX, cut to {@code max} characters.
     */
    public static String visible(String s, int max) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown == max) {
                sb.append('…');
                break;
            }
            int c = s.codePointAt(i);
            sb.append(invisible(c) ? codePoint(c) : new String(Character.toChars(c)));
            i += Character.charCount(c);
            shown++;
        }
        return sb.toString();
    }

    /** {@code s} whole, with every invisible character written as U+XXXX. */
    public static String visible(String s) {
        return visible(s, Integer.MAX_VALUE);
    }

    /** A character named for a message: 'x' when it can be seen, U+XXXX otherwise. */
    static String character(int c) {
        return invisible(c) ? codePoint(c) : "'" + new String(Character.toChars(c)) + "'";
    }

    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    /**
     * True for controls, format characters, separators other than a space, surrogates,
     * noncharacters.
     */
    public static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE
                || c == 0xFEFF
                || c == 0xFFFD;
    }
}
