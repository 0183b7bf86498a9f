package org.overturn.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out text, headings, tables and pictures down the pages of a document, starting a page when
 * the current one is full. Reused by every PDF the app writes (the packet, the P2P sheet, request
 * letters).
 */
public final class PdfBuilder {

    private final PDDocument doc;
    private final FontSet fonts;
    private final PageFrame frame;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    public PdfBuilder(PDDocument doc, FontSet fonts, PageFrame frame) {
        this.doc = doc;
        this.fonts = fonts;
        this.frame = frame;
    }

    public PDDocument document() {
        return doc;
    }

    public FontSet fonts() {
        return fonts;
    }

    public PageFrame frame() {
        return frame;
    }

    public float y() {
        return y;
    }

    public float left() {
        return frame.left();
    }

    public float width() {
        return frame.width();
    }

    /** Starts a fresh page; the cursor goes to its top. */
    public void newPage() {
        closeStream();
        page = new PDPage(frame.size());
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = frame.topY();
    }

    /** The current page's drawing stream, starting a page if none is open. */
    public PDPageContentStream canvas() {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    public float remaining() {
        return cs == null ? 0 : y - frame.bottomY();
    }

    /** Makes sure {@code height} points fit below the cursor, else starts a page. */
    public void ensure(float height) {
        if (cs == null || remaining() < height) {
            newPage();
        }
    }

    public void space(float h) {
        if (cs == null) {
            newPage();
        }
        y -= h;
        if (y < frame.bottomY()) {
            newPage();
        }
    }

    public void moveDown(float h) {
        y -= h;
    }

    /** Finishes the last page's stream; call before saving. */
    public void finish() {
        closeStream();
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    // ---- text
    // ---------------------------------------------------------------------------------------------------

    /** Draws one line at a baseline; no wrapping. */
    public void text(float x, float baseline, String s, Style st) {
        draw(canvas(), fonts, x, baseline, s, st);
    }

    /** Draws one line on any stream (also used by the running header on merged pages). */
    public static void draw(
            PDPageContentStream out, FontSet fonts, float x, float baseline, String s, Style st) {
        List<FontSet.Run> runs = fonts.runs(s, st.role());
        if (runs.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setNonStrokingColor(st.color());
            out.newLineAtOffset(x, baseline);
            for (FontSet.Run r : runs) {
                out.setFont(r.font(), st.size());
                out.showText(r.text());
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width(String s, Style st) {
        return fonts.width(s, st.role(), st.size());
    }

    /**
     * The text as it fits on one line no wider than {@code max}: whole when it fits, else cut
     * between characters (never inside a surrogate pair) and ended with "…"; "" when not even "…"
     * fits.
     */
    public String ellipsize(String s, Style st, float max) {
        if (width(s, st) <= max) {
            return s;
        }
        float room = max - width("…", st);
        if (room < 0) {
            return "";
        }
        // Widths add up, so one pass finds the cut; the check after it covers text that
        // normalizes to other characters once whole (a letter and its accent).
        int end = 0;
        float used = 0;
        for (int i = 0; i < s.length(); ) {
            int n = Character.charCount(s.codePointAt(i));
            used += width(s.substring(i, i + n), st);
            if (used > room) {
                break;
            }
            i += n;
            end = i;
        }
        String t = s.substring(0, end);
        while (!t.isEmpty() && width(t.stripTrailing() + "…", st) > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.stripTrailing() + "…";
    }

    /** Breaks text into lines no wider than {@code max}; explicit line breaks are kept. */
    public List<String> wrap(String text, Style st, float max) {
        List<String> out = new ArrayList<>();
        // Widths add up (no kerning), so each word is measured once and a line's width is kept as
        // it grows.
        float space = width(" ", st);
        for (String raw : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : raw.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, st);
                float candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= max) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(breakLongWord(word, st, max, out));
                lineWidth = width(line.toString(), st);
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * A word wider than the line, broken by measured width in one pass over its characters (never
     * inside a surrogate pair): each full piece goes to {@code out}, and the last, shorter piece is
     * returned to start the next line. Linear in the word's length, so a pasted run of thousands of
     * characters can't stall an export.
     */
    private String breakLongWord(String word, Style st, float max, List<String> out) {
        if (width(word, st) <= max) {
            return word;
        }
        int start = 0;
        float acc = 0;
        int i = 0;
        while (i < word.length()) {
            int n = Character.charCount(word.codePointAt(i));
            float w = width(word.substring(i, i + n), st);
            if (acc + w > max && i > start) {
                out.add(word.substring(start, i));
                start = i;
                acc = 0;
            }
            acc += w;
            i += n;
        }
        return word.substring(start);
    }

    /**
     * Paragraphs separated by blank lines; a line starting with "• " is a bullet with a hanging
     * indent. Returns nothing; the cursor ends below the text.
     */
    public void paragraphs(String text, Style st) {
        paragraphs(text, st, 0);
    }

    public void paragraphs(String text, Style st, float indent) {
        paragraphs(text, st, indent, 0);
    }

    /**
     * As {@link #paragraphs(String, Style)}, with the last two lines kept on one page with the
     * {@code keepWith} points that follow (a letter's last paragraph with its signature block, so
     * the signature never stands alone).
     */
    public void paragraphsKeptWith(String text, Style st, float keepWith) {
        paragraphs(text, st, 0, keepWith);
    }

    private void paragraphs(String text, Style st, float indent, float keepWith) {
        String[] blocks = text.strip().split("\n\\s*\n");
        for (int b = 0; b < blocks.length; b++) {
            String[] group = blocks[b].split("\n");
            for (int g = 0; g < group.length; g++) {
                String line = group[g];
                float keep = b == blocks.length - 1 && g == group.length - 1 ? keepWith : 0;
                if (line.startsWith("• ")) {
                    lines(line.substring(2), st, indent + 14, "•", indent + 3, keep);
                } else {
                    lines(line, st, indent, null, 0, keep);
                }
            }
            if (b < blocks.length - 1) {
                space(st.lineHeight() * 0.55f);
            }
        }
    }

    private void lines(
            String text, Style st, float indent, String marker, float markerX, float keepWith) {
        List<String> ls = wrap(text, st, frame.width() - indent);
        int tail = Math.max(0, ls.size() - 2);
        for (int i = 0; i < ls.size(); i++) {
            ensure(
                    keepWith > 0 && i == tail
                            ? st.lineHeight() * (ls.size() - tail) + keepWith
                            : st.lineHeight());
            float base = y - st.size();
            if (i == 0 && marker != null) {
                text(frame.left() + markerX, base, marker, st);
            }
            text(frame.left() + indent, base, ls.get(i), st);
            y -= st.lineHeight();
        }
    }

    /** A heading kept with at least the next few lines of what follows. */
    public void heading(String text, Style st, float before, float keepWith) {
        if (cs != null && y < frame.topY() - 1) {
            space(before);
        }
        ensure(st.lineHeight() * wrap(text, st, frame.width()).size() + keepWith);
        paragraphs(text, st);
        y -= st.size() * 0.35f;
    }

    // ---- lines and shapes
    // ------------------------------------------------------------------------------------------

    public void rule(float thickness, Color color) {
        ensure(thickness + 4);
        try {
            PDPageContentStream c = canvas();
            c.setStrokingColor(color);
            c.setLineWidth(thickness);
            c.moveTo(frame.left(), y);
            c.lineTo(frame.left() + frame.width(), y);
            c.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= thickness + 4;
    }

    public void fillRect(float x, float bottom, float w, float h, Color color) {
        try {
            PDPageContentStream c = canvas();
            c.setNonStrokingColor(color);
            c.addRect(x, bottom, w, h);
            c.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void strokeRect(float x, float bottom, float w, float h, Color color, float thickness) {
        try {
            PDPageContentStream c = canvas();
            c.setStrokingColor(color);
            c.setLineWidth(thickness);
            c.addRect(x, bottom, w, h);
            c.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws an image with its top-left at (x, y) scaled into w × h, keeping its proportions;
     * returns the height.
     */
    public float image(PDImageXObject img, float x, float maxW, float maxH) {
        float s = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
        float w = img.getWidth() * s;
        float h = img.getHeight() * s;
        try {
            canvas().drawImage(img, x, y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h;
    }

    // ---- tables
    // ----------------------------------------------------------------------------------------------------

    public void table(Table t) {
        float pad = 4;
        float[] widths = new float[t.columns().size()];
        float total = (float) t.columns().stream().mapToDouble(Table.Column::weight).sum();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = frame.width() * t.columns().get(i).weight() / total;
        }
        List<String> head = t.columns().stream().map(Table.Column::title).toList();
        Style headStyle = headStyle(head, widths, t.headStyle(), pad);
        ensure(rowHeight(head, widths, headStyle, pad) + t.style().lineHeight() * 2 + pad * 2);
        drawRow(head, widths, headStyle, pad, Style.ACCENT);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            Color shade = r % 2 == 1 ? Style.SHADE : null;
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(wrap(row.get(i), t.style(), widths[i] - 2 * pad));
            }
            int done = 0;
            int max = cells.stream().mapToInt(List::size).max().orElse(1);
            while (done < max) {
                int fit = (int) Math.floor((remaining() - 2 * pad) / t.style().lineHeight());
                if (fit < Math.min(2, max - done)) {
                    newPage();
                    drawRow(head, widths, headStyle, pad, Style.ACCENT);
                    continue;
                }
                int take = Math.min(fit, max - done);
                List<List<String>> slice = new ArrayList<>();
                for (List<String> c : cells) {
                    slice.add(c.subList(Math.min(done, c.size()), Math.min(done + take, c.size())));
                }
                drawLines(slice, widths, t.style(), pad, shade, take);
                done += take;
            }
        }
        y -= 6;
    }

    /**
     * The header's style, smaller by half points (to two thirds of its size at most) until every
     * word of every title fits its column: a title wraps between words, never inside one.
     */
    private Style headStyle(List<String> head, float[] widths, Style st, float pad) {
        Style s = st;
        float least = st.size() * 2 / 3;
        while (s.size() > least && !wordsFit(head, widths, s, pad)) {
            s = s.size(s.size() - 0.5f);
        }
        return s;
    }

    private boolean wordsFit(List<String> head, float[] widths, Style st, float pad) {
        for (int i = 0; i < widths.length; i++) {
            for (String word : head.get(i).split("\\s+")) {
                if (width(word, st) > widths[i] - 2 * pad) {
                    return false;
                }
            }
        }
        return true;
    }

    private float rowHeight(List<String> cells, float[] widths, Style st, float pad) {
        int max = 1;
        for (int i = 0; i < widths.length; i++) {
            max = Math.max(max, wrap(cells.get(i), st, widths[i] - 2 * pad).size());
        }
        return max * st.lineHeight() + 2 * pad;
    }

    private void drawRow(List<String> cells, float[] widths, Style st, float pad, Color fill) {
        List<List<String>> lines = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> l = wrap(cells.get(i), st, widths[i] - 2 * pad);
            lines.add(l);
            max = Math.max(max, l.size());
        }
        drawLines(lines, widths, st, pad, fill, max);
    }

    private void drawLines(
            List<List<String>> cells, float[] widths, Style st, float pad, Color fill, int count) {
        float h = count * st.lineHeight() + 2 * pad;
        if (fill != null) {
            fillRect(frame.left(), y - h, frame.width(), h, fill);
        }
        float x = frame.left();
        for (int i = 0; i < widths.length; i++) {
            float base = y - pad - st.size();
            for (String line : cells.get(i)) {
                text(x + pad, base, line, st);
                base -= st.lineHeight();
            }
            x += widths[i];
        }
        try {
            PDPageContentStream c = canvas();
            c.setStrokingColor(Style.RULE);
            c.setLineWidth(0.5f);
            c.moveTo(frame.left(), y - h);
            c.lineTo(frame.left() + frame.width(), y - h);
            c.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }
}
