package org.overturn.export.p2p;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * One piece of the sheet: side-by-side columns of wrapped lines, drawn together. A block moves
 * whole to the next page when it does not fit; only a block taller than a page is split, between
 * lines.
 */
final class Block {

    /** A stretch of a line in one style. */
    record Run(String text, Style style) {}

    /**
     * A column: its left edge (from the frame's left), width, first style and wrapped lines of
     * runs.
     */
    record Col(float x, float width, Style style, List<List<Run>> lines) {}

    final List<Col> cols = new ArrayList<>();
    float lineHeight;
    float padTop;
    float padBottom;
    float spaceBefore;
    boolean keepWithNext;
    Color fill;
    Color bar;
    Color underline;
    boolean checkbox;

    /** The width of a filled badge behind the first column's first line (a rating), or 0. */
    float badge;

    /** Adds a column whose text wraps to its width. */
    Block col(PdfBuilder b, float x, float width, String text, Style st) {
        List<List<Run>> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            b.wrap(text, st, width).forEach(l -> lines.add(List.of(new Run(l, st))));
        }
        cols.add(new Col(x, width, st, lines));
        lineHeight = Math.max(lineHeight, st.lineHeight());
        return this;
    }

    /**
     * Adds a column that starts with a lead-in in its own style ("Outpatient therapy: ") and wraps
     * as one text.
     */
    Block rich(
            PdfBuilder b,
            float x,
            float width,
            String lead,
            Style leadStyle,
            String text,
            Style st) {
        List<Run> words = new ArrayList<>();
        for (String wd : lead.strip().split(" +")) {
            if (!wd.isEmpty()) {
                words.add(new Run(wd, leadStyle));
            }
        }
        for (String wd : text.strip().split(" +")) {
            if (!wd.isEmpty()) {
                words.add(new Run(wd, st));
            }
        }
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run wd : words) {
            float space = line.isEmpty() ? 0 : b.width(" ", wd.style());
            float ww = b.width(wd.text(), wd.style());
            if (!line.isEmpty() && used + space + ww > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                space = 0;
            }
            if (ww > width) {
                // A word wider than the column is broken, never cut.
                List<String> pieces = b.wrap(wd.text(), wd.style(), width);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    lines.add(List.of(new Run(pieces.get(i), wd.style())));
                }
                wd = new Run(pieces.get(pieces.size() - 1), wd.style());
                ww = b.width(wd.text(), wd.style());
            }
            line.add(new Run((line.isEmpty() ? "" : " ") + wd.text(), wd.style()));
            used += space + ww;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        cols.add(new Col(x, width, st, lines));
        lineHeight = Math.max(lineHeight, Math.max(st.lineHeight(), leadStyle.lineHeight()));
        return this;
    }

    Block pad(float top, float bottom) {
        padTop = top;
        padBottom = bottom;
        return this;
    }

    Block before(float space) {
        spaceBefore = space;
        return this;
    }

    int lines() {
        int n = 1;
        for (Col c : cols) {
            n = Math.max(n, c.lines().size());
        }
        return n;
    }

    float height() {
        return padTop + lines() * lineHeight + padBottom;
    }

    /** The height of the first few lines, what a heading must keep with it. */
    float headHeight() {
        return padTop + Math.min(2, lines()) * lineHeight + (lines() <= 2 ? padBottom : 0);
    }

    /**
     * Draws lines {@code from} (inclusive) to {@code to} (exclusive) with the part's top at {@code
     * top}.
     */
    float draw(PdfBuilder b, float left, float width, float top, int from, int to) {
        float pt = from == 0 ? padTop : 0;
        float pb = to == lines() ? padBottom : 0;
        float h = pt + (to - from) * lineHeight + pb;
        if (fill != null) {
            b.fillRect(left, top - h, width, h, fill);
        }
        if (bar != null) {
            b.fillRect(left, top - h, 3, h, bar);
        }
        if (badge > 0 && from == 0 && !cols.isEmpty()) {
            Style st = cols.get(0).style();
            b.fillRect(
                    left + 4, top - pt - st.size() * 1.25f, badge, st.size() * 1.1f, Style.ACCENT);
        }
        for (Col c : cols) {
            float base = top - pt - c.style().size();
            for (int i = from; i < Math.min(to, c.lines().size()); i++) {
                float x = left + c.x();
                for (Run r : c.lines().get(i)) {
                    b.text(x, base, r.text(), r.style());
                    x += b.width(r.text(), r.style());
                }
                base -= lineHeight;
            }
        }
        if (checkbox && from == 0 && !cols.isEmpty()) {
            Style st = cols.get(cols.size() - 1).style();
            float s = st.size() * 0.78f;
            b.strokeRect(left + 1, top - pt - st.size() * 0.9f, s, s, Style.INK, 0.7f);
        }
        if (underline != null && to == lines()) {
            b.fillRect(left, top - h + 0.5f, width, 0.6f, underline);
        }
        return h;
    }
}
