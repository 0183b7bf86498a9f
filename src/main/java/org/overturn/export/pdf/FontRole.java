package org.overturn.export.pdf;

/** The faces the export uses; each falls back to DejaVu Sans glyph by glyph. */
public enum FontRole {
    SANS("LiberationSans-Regular.ttf", false),
    SANS_BOLD("LiberationSans-Bold.ttf", true),
    SANS_ITALIC("LiberationSans-Italic.ttf", false),
    SERIF("LiberationSerif-Regular.ttf", false),
    SERIF_BOLD("LiberationSerif-Bold.ttf", true),
    SERIF_ITALIC("LiberationSerif-Italic.ttf", false);

    private final String file;
    private final boolean bold;

    FontRole(String file, boolean bold) {
        this.file = file;
        this.bold = bold;
    }

    String file() {
        return file;
    }

    /** The DejaVu face that fills in this face's missing glyphs. */
    String fallbackFile() {
        return bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
    }
}
