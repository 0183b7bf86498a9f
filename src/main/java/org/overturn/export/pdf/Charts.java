package org.overturn.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Charts drawn as vector graphics (lines and rectangles), never as pictures of the screen. */
public final class Charts {

    /** The lighter shade of {@link #parts}: the rest of the whole. */
    public static final Color PART_OF = new Color(0xBF, 0xCB, 0xDA);

    private Charts() {}

    /**
     * Horizontal bars, one per dimension, on a fixed scale with grid lines at every whole rating.
     *
     * @param values the rating of each label
     */
    public static void bars(
            PdfBuilder b, List<String> labels, List<Integer> values, int min, int max) {
        Style label = Style.SANS.size(8.5f);
        float rowH = 15;
        float labelW = 150;
        float top = 14;
        float height = top + labels.size() * rowH + 16;
        b.ensure(height);
        float x0 = b.left() + labelW;
        float plotW = b.width() - labelW - 20;
        float yTop = b.y() - top;
        PDPageContentStream cs = b.canvas();
        try {
            for (int v = min; v <= max; v++) {
                float x = x0 + plotW * (v - min) / (float) (max - min);
                cs.setStrokingColor(v == min ? Style.MUTED : Style.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(x, yTop);
                cs.lineTo(x, yTop - labels.size() * rowH);
                cs.stroke();
                String t = String.valueOf(v);
                b.text(
                        x - b.width(t, label) / 2,
                        yTop - labels.size() * rowH - 10,
                        t,
                        label.color(Style.MUTED));
            }
            for (int i = 0; i < labels.size(); i++) {
                float yRow = yTop - (i + 1) * rowH;
                b.text(b.left(), yRow + 4, b.ellipsize(labels.get(i), label, labelW - 8), label);
                int v = values.get(i);
                float w = plotW * (v - min) / (float) (max - min);
                b.fillRect(x0, yRow + 3, Math.max(w, 1.5f), rowH - 6, shade(v, min, max));
                String t = String.valueOf(v);
                b.text(x0 + w + 4, yRow + 4, t, Style.SANS_BOLD.size(8.5f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.moveDown(height);
    }

    /**
     * Darker for higher ratings, so the heaviest dimensions stand out in black-and-white faxes too.
     */
    private static Color shade(int v, int min, int max) {
        float f = (v - min) / (float) Math.max(1, max - min);
        int base = (int) (200 - 150 * f);
        return new Color(Math.max(0, base - 40), Math.max(0, base - 15), Math.min(255, base + 20));
    }

    /** A line over time: one point per assessment, with its value written above it. */
    public static void line(
            PdfBuilder b,
            List<String> xLabels,
            List<Integer> values,
            int min,
            int max,
            String yTitle) {
        Style small = Style.SANS.size(8f).color(Style.MUTED);
        float height = 150;
        b.ensure(height + 10);
        float left = b.left() + 40;
        float plotW = b.width() - 60;
        float yTop = b.y() - 24;
        float plotH = height - 52;
        float yBottom = yTop - plotH;
        PDPageContentStream cs = b.canvas();
        try {
            int step = Math.max(1, (max - min) / 6);
            for (int v = min; v <= max; v += step) {
                float y = yBottom + plotH * (v - min) / (float) (max - min);
                cs.setStrokingColor(Style.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, y);
                cs.lineTo(left + plotW, y);
                cs.stroke();
                String t = String.valueOf(v);
                b.text(left - 6 - b.width(t, small), y - 3, t, small);
            }
            b.text(b.left(), yTop + 12, yTitle, small);
            int n = values.size();
            float[] xs = new float[n];
            float[] ys = new float[n];
            for (int i = 0; i < n; i++) {
                xs[i] = n == 1 ? left + plotW / 2 : left + 20 + (plotW - 40) * i / (float) (n - 1);
                ys[i] = yBottom + plotH * (values.get(i) - min) / (float) (max - min);
            }
            cs.setStrokingColor(Style.ACCENT);
            cs.setLineWidth(1.8f);
            for (int i = 0; i < n; i++) {
                if (i == 0) {
                    cs.moveTo(xs[i], ys[i]);
                } else {
                    cs.lineTo(xs[i], ys[i]);
                }
            }
            if (n > 1) {
                cs.stroke();
            }
            for (int i = 0; i < n; i++) {
                b.fillRect(xs[i] - 3, ys[i] - 3, 6, 6, Style.ACCENT);
                String v = String.valueOf(values.get(i));
                b.text(
                        xs[i] - b.width(v, Style.SANS_BOLD.size(8.5f)) / 2,
                        ys[i] + 6,
                        v,
                        Style.SANS_BOLD.size(8.5f));
                String x = xLabels.get(i);
                b.text(xs[i] - b.width(x, small) / 2, yBottom - 12, x, small);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.moveDown(height);
    }

    /**
     * Horizontal bars of counts on one scale, one per label, each with a part of it drawn darker (a
     * payer's denials, and the cases overturned among them); {@code values} are written at the
     * bars' ends. The labels take the room they need, up to {@code maxLabelW}; a longer one ends in
     * "…". Takes {@code rowH} a bar.
     */
    public static void parts(
            PdfBuilder b,
            List<String> labels,
            List<Integer> wholes,
            List<Integer> parts,
            List<String> values,
            Style label,
            float rowH,
            float maxLabelW) {
        float widest = 0;
        for (String l : labels) {
            widest = Math.max(widest, b.width(l, label));
        }
        float labelW = Math.min(maxLabelW, widest + 8);
        float valueW = 0;
        for (String v : values) {
            valueW = Math.max(valueW, b.width(v, label));
        }
        float x0 = b.left() + labelW;
        float plotW = Math.max(0, b.width() - labelW - valueW - 6);
        int max = Math.max(1, wholes.stream().mapToInt(Integer::intValue).max().orElse(1));
        float barH = Math.min(rowH - 3, label.size() + 1);
        for (int i = 0; i < labels.size(); i++) {
            float top = b.y() - i * rowH;
            float base = top - (rowH + label.size() * 0.7f) / 2;
            float barY = top - (rowH + barH) / 2;
            b.text(b.left(), base, b.ellipsize(labels.get(i), label, labelW - 8), label);
            int whole = Math.max(0, wholes.get(i));
            int part = Math.min(whole, Math.max(0, parts.get(i)));
            float w = plotW * whole / max;
            b.fillRect(x0, barY, Math.max(w, 1), barH, PART_OF);
            if (part > 0) {
                b.fillRect(x0, barY, plotW * part / max, barH, Style.ACCENT);
            }
            b.text(x0 + Math.max(w, 1) + 4, base, values.get(i), label);
        }
        b.moveDown(labels.size() * rowH);
    }

    /** A key to a chart's shade: a small square then its meaning; returns the width taken. */
    public static float key(PdfBuilder b, float x, float base, Color shade, String text, Style st) {
        float box = st.size() * 0.8f;
        b.fillRect(x, base - 0.5f, box, box, shade);
        b.text(x + box + 3, base, text, st);
        return box + 3 + b.width(text, st);
    }
}
