package org.overturn.export.pdf;

import java.awt.Color;

/** A text style: face, size, colour and the line height factor. */
public record Style(FontRole role, float size, Color color, float leading) {

    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    public static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    public static final Color URGENT = new Color(0xB0, 0x1E, 0x1E);
    public static final Color RULE = new Color(0xB8, 0xBE, 0xC6);
    public static final Color SHADE = new Color(0xEE, 0xF1, 0xF5);

    public static Style of(FontRole role, float size) {
        return new Style(role, size, INK, 1.3f);
    }

    public Style color(Color c) {
        return new Style(role, size, c, leading);
    }

    public Style role(FontRole r) {
        return new Style(r, size, color, leading);
    }

    public Style size(float s) {
        return new Style(role, s, color, leading);
    }

    public float lineHeight() {
        return size * leading;
    }

    // The letter is set in a serif face; exhibits, tables and the cover in a sans face.
    public static final Style BODY = of(FontRole.SERIF, 11f);
    public static final Style BODY_BOLD = of(FontRole.SERIF_BOLD, 11f);
    public static final Style SANS = of(FontRole.SANS, 9.5f);
    public static final Style SANS_BOLD = of(FontRole.SANS_BOLD, 9.5f);
    public static final Style SMALL = of(FontRole.SANS, 8f).color(MUTED);
    public static final Style H1 = of(FontRole.SANS_BOLD, 16f).color(ACCENT);
    public static final Style H2 = of(FontRole.SANS_BOLD, 12f).color(ACCENT);
    public static final Style H3 = of(FontRole.SERIF_BOLD, 11f);
}
