package org.overturn.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.overturn.domain.cases.Symbols;

/**
 * The embedded fonts of one document. Text is split into runs by font, code point by code point:
 * the face asked for when it has the glyph, else DejaVu Sans, else a visible placeholder (a white
 * square), so no name ever fails to print and no character ever throws.
 */
public final class FontSet {

    /** Shown for a character no bundled font has. */
    static final String PLACEHOLDER = "\u25A1";

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private final PDDocument doc;
    private final Map<FontRole, Face> primary = new EnumMap<>(FontRole.class);
    private final Map<String, Face> fallbacks = new HashMap<>();

    /** A loaded face: the embedded PDF font and its parsed TrueType tables for glyph look-ups. */
    private record Face(
            PDType0Font font,
            TrueTypeFont ttf,
            Map<Integer, Boolean> has,
            Map<Integer, Float> advances) {
        boolean covers(int cp) {
            return has.computeIfAbsent(
                    cp,
                    c -> {
                        try {
                            return ttf.getUnicodeCmapLookup().getGlyphId(c) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }

        /**
         * The code point's advance in thousandths of the font size, measured once: PDFBox measures
         * a string by encoding it and reading every code back through the CMap, which a fit-to-page
         * search repeated for every candidate line (the cold export's hottest path). Advances add
         * up exactly as PDFBox's string width does: neither applies kerning.
         */
        float advance(int cp) {
            Float known = advances.get(cp);
            if (known != null) {
                return known;
            }
            float w;
            try {
                w = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                w = 500;
            }
            advances.put(cp, w);
            return w;
        }
    }

    /** One stretch of text in one font. */
    public record Run(PDType0Font font, String text) {}

    public FontSet(PDDocument doc) {
        this.doc = doc;
    }

    private Face face(FontRole role) {
        return primary.computeIfAbsent(role, r -> load(r.file()));
    }

    private Face fallback(FontRole role) {
        return fallbacks.computeIfAbsent(role.fallbackFile(), this::load);
    }

    private Face load(String file) {
        try {
            byte[] bytes = BYTES.computeIfAbsent(file, FontSet::read);
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            return new Face(font, ttf, new HashMap<>(), new HashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled font " + file, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = FontSet.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "bundled font missing: /fonts/"
                                + file
                                + " (the build unpacks the fonts; run mvn generate-resources)");
            }
            return withoutSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph-substitution table (GSUB) hidden from PDFBox, by renaming the table's
     * tag in the directory of the bytes held in memory. PDFBox otherwise runs its GSUB worker on
     * every string it draws, compiling regular expressions each time: 60% of a cold 110-page packet
     * export's time (JFR). What it substitutes for the scripts the app prints (Latin, Greek,
     * Cyrillic, precomposed Vietnamese) are ligatures such as "fi", which the widths measured here
     * never counted and which make copied or searched text differ from what was written. The
     * embedded subset never held the table anyway.
     */
    static byte[] withoutSubstitutions(byte[] ttf) {
        if (ttf.length < 12) {
            return ttf;
        }
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length
                    && ttf[at] == 'G'
                    && ttf[at + 1] == 'S'
                    && ttf[at + 2] == 'U'
                    && ttf[at + 3] == 'B') {
                byte[] copy = ttf.clone();
                copy[at] = 'x';
                return copy;
            }
        }
        return ttf;
    }

    /**
     * The face that draws the code point: the role's own, else its fallback; null when neither
     * holds it.
     */
    private Face drawing(int cp, FontRole role, Face main) {
        if (main.covers(cp)) {
            return main;
        }
        Face f = fallback(role);
        return f.covers(cp) ? f : null;
    }

    /** The text as runs of one font each; characters no font has become the placeholder. */
    public List<Run> runs(String text, FontRole role) {
        String t = clean(text);
        List<Run> out = new ArrayList<>();
        Face main = face(role);
        PDType0Font current = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            Face drawn = drawing(cp, role, main);
            if (drawn == null && invisibleModifier(cp)) {
                // Joiners, variation selectors and skin tones only shape the emoji before them.
                continue;
            }
            // No font has it (an emoji, say): its name in brackets, never a silent box the reader
            // can't read.
            PDType0Font f = drawn == null ? main.font() : drawn.font();
            String piece = drawn == null ? named(cp) : new String(Character.toChars(cp));
            if (f != current && sb.length() > 0) {
                out.add(new Run(current, sb.toString()));
                sb.setLength(0);
            }
            current = f;
            sb.append(piece);
        }
        if (sb.length() > 0) {
            out.add(new Run(current, sb.toString()));
        }
        return out;
    }

    /**
     * "[smiling face]" for a symbol no font holds (an emoji); the placeholder box for letters and
     * the unnamed.
     */
    static String named(int cp) {
        // Letters of a script the fonts lack keep the box (a name spelled out as codes reads
        // worse); symbols such as
        // emoji are named.
        return Symbols.name(cp).orElse(PLACEHOLDER);
    }

    private static boolean invisibleModifier(int cp) {
        return Symbols.invisibleModifier(cp);
    }

    /**
     * Width of the text in points at the size: the same fonts {@link #runs} chooses, summed from
     * each code point's advance.
     */
    public float width(String text, FontRole role, float size) {
        String t = clean(text);
        Face main = face(role);
        float w = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            Face drawn = drawing(cp, role, main);
            if (drawn != null) {
                w += drawn.advance(cp);
            } else if (!invisibleModifier(cp)) {
                String name = named(cp);
                for (int j = 0; j < name.length(); ) {
                    int c = name.codePointAt(j);
                    j += Character.charCount(c);
                    w += main.advance(c);
                }
            }
        }
        return w / 1000f * size;
    }

    /**
     * NFC (so accents compose onto the letters the fonts hold), tabs as spaces, control characters
     * dropped.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\t', ' ');
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints()
                .filter(
                        cp ->
                                cp >= 0x20
                                        && cp != 0x7F
                                        && !(cp >= 0x80 && cp < 0xA0)
                                        && cp != 0xFEFF
                                        && Character.getType(cp) != Character.FORMAT)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
