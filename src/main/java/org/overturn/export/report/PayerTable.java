package org.overturn.export.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.overturn.domain.report.PayerFigures;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.Resolution;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.FontRole;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * The report's table: one row per payer, the payer's name first and its figures after it. Each
 * figure column is as wide as its widest figure or title word; the payer column takes the rest, and
 * a name too long for it ends in "…". The type shrinks (to 6.5 pt at least) when the figures would
 * leave the names too little room. Every cell is cut to its column, so nothing overflows.
 */
final class PayerTable {

    private static final Wording WORDS = Wording.of("payer-report");

    /** The room the payer column keeps before the type shrinks. */
    static final float PAYER_MIN = 150;

    /** The most the payer column takes while the figure columns could use more. */
    static final float PAYER_MAX = 300;

    static final float LEAST_SIZE = 6.5f;
    private static final float PAD = 3;
    private static final float VPAD = 2;

    private final PdfBuilder b;
    private final List<String> titles;
    private final float[] widths;
    private final Style body;
    private final Style bold;
    private final Style head;
    private final List<List<String>> headLines = new ArrayList<>();

    /**
     * @param measured every row the table may show, with the totals row, to size the columns
     */
    PayerTable(PdfBuilder b, List<List<String>> measured, float size) {
        this.b = b;
        this.titles =
                List.of(
                        WORDS.text("column.payer"),
                        WORDS.text("column.cases"),
                        WORDS.text("column.denials"),
                        WORDS.text("column.notByPsychiatrist"),
                        WORDS.text("column.p2p"),
                        WORDS.text("column.overturned"),
                        WORDS.text("column.upheld"),
                        WORDS.text("column.open"),
                        WORDS.text("column.rate"),
                        WORDS.text("column.median"),
                        WORDS.text("column.billed"),
                        WORDS.text("column.recovered"));
        Style s = Style.SANS.size(size);
        float[] w = widths(measured, s);
        while (w[0] < PAYER_MIN && s.size() > LEAST_SIZE) {
            s = s.size(s.size() - 0.5f);
            w = widths(measured, s);
        }
        this.body = s;
        this.bold = s.role(FontRole.SANS_BOLD);
        this.head = headStyle(s);
        this.widths = w;
        for (int i = 0; i < titles.size(); i++) {
            headLines.add(b.wrap(titles.get(i), head, w[i] - 2 * PAD));
        }
    }

    private static Style headStyle(Style body) {
        return body.role(FontRole.SANS_BOLD).size(body.size() - 0.5f).color(Color.WHITE);
    }

    /**
     * The figure columns as wide as their widest word; the payer column the rest. Room the names
     * don't need is shared among the figure columns, so their titles wrap onto fewer lines.
     */
    private float[] widths(List<List<String>> rows, Style s) {
        Style h = headStyle(s);
        Style strong = s.role(FontRole.SANS_BOLD);
        float[] w = new float[titles.size()];
        float used = 0;
        for (int i = 1; i < w.length; i++) {
            float widest = 0;
            for (String word : titles.get(i).split("\\s+")) {
                widest = Math.max(widest, b.width(word, h));
            }
            for (List<String> r : rows) {
                widest = Math.max(widest, b.width(r.get(i), strong));
            }
            // (a hair over, so the widest word is never broken by rounding)
            w[i] = widest + 2 * PAD + 0.5f;
            used += w[i];
        }
        float names = PAYER_MIN;
        for (List<String> r : rows) {
            names = Math.max(names, b.width(r.get(0), strong) + 2 * PAD + 0.5f);
        }
        names = Math.min(names, PAYER_MAX);
        float spare = b.width() - used - names;
        if (spare > 0) {
            for (int i = 1; i < w.length; i++) {
                w[i] += spare / (w.length - 1);
            }
            used += spare;
        }
        w[0] = b.width() - used;
        return w;
    }

    /** A payer's cells, in the columns' order. */
    static List<String> cells(PayerPatterns p) {
        return List.of(
                PayerFigures.name(p),
                count(p.cases()),
                count(p.denials()),
                count(p.deniedByNonPsychiatrists()),
                p.callsHonoured() + " / " + p.callsNotHonoured(),
                overturned(
                        p.resolved(Resolution.OVERTURNED_AT_P2P),
                        p.resolved(Resolution.OVERTURNED_ON_APPEAL),
                        p.resolved(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW)),
                count(p.resolved(Resolution.UPHELD)),
                count(p.resolved(Resolution.OPEN)),
                PayerFigures.percent(p.overturnRate()).orElse("–"),
                PayerFigures.days(p.medianDaysToDecision()).orElse("–"),
                money(p.billedCents()),
                money(p.recoveredCents()));
    }

    /**
     * The totals row over every payer (shown or not): sums, and the rate of the sums. No median:
     * one can't be made from the payers' medians.
     */
    static List<String> totals(List<PayerPatterns> all, String label) {
        int overturned = all.stream().mapToInt(PayerPatterns::overturned).sum();
        int upheld = sum(all, p -> p.resolved(Resolution.UPHELD));
        int decided = overturned + upheld;
        return List.of(
                label,
                count(sum(all, PayerPatterns::cases)),
                count(sum(all, PayerPatterns::denials)),
                count(sum(all, PayerPatterns::deniedByNonPsychiatrists)),
                sum(all, PayerPatterns::callsHonoured)
                        + " / "
                        + sum(all, PayerPatterns::callsNotHonoured),
                overturned(
                        sum(all, p -> p.resolved(Resolution.OVERTURNED_AT_P2P)),
                        sum(all, p -> p.resolved(Resolution.OVERTURNED_ON_APPEAL)),
                        sum(all, p -> p.resolved(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW))),
                count(upheld),
                count(sum(all, p -> p.resolved(Resolution.OPEN))),
                PayerFigures.percent(
                                decided == 0
                                        ? Optional.empty()
                                        : Optional.of(overturned / (double) decided))
                        .orElse("–"),
                "–",
                money(all.stream().mapToLong(PayerPatterns::billedCents).sum()),
                money(all.stream().mapToLong(PayerPatterns::recoveredCents).sum()));
    }

    private static int sum(List<PayerPatterns> all, ToIntFunction<PayerPatterns> f) {
        return all.stream().mapToInt(f).sum();
    }

    private static String count(int n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String overturned(int p2p, int appeal, int external) {
        return p2p + " / " + appeal + " / " + external;
    }

    /** "$12,345.60". */
    static String money(long cents) {
        return "$" + String.format(Locale.US, "%,.2f", BigDecimal.valueOf(cents, 2));
    }

    float headHeight() {
        int lines = headLines.stream().mapToInt(List::size).max().orElse(1);
        return lines * head.lineHeight() + 2 * VPAD;
    }

    float rowHeight() {
        return body.lineHeight() + 2 * VPAD;
    }

    /** The column titles on the accent band, below the builder's cursor. */
    void drawHead() {
        float h = headHeight();
        float top = b.y();
        b.fillRect(b.left(), top - h, b.width(), h, Style.ACCENT);
        float x = b.left();
        for (int i = 0; i < widths.length; i++) {
            float base = top - VPAD - head.size();
            for (String line : headLines.get(i)) {
                cell(line, x, base, widths[i], head, i > 0);
                base -= head.lineHeight();
            }
            x += widths[i];
        }
        b.moveDown(h);
    }

    /** One payer's row, shaded when {@code shade}. */
    void drawRow(List<String> cells, boolean shade) {
        row(cells, body, shade ? Style.SHADE : null);
    }

    /** The totals row, bold, under a rule. */
    void drawTotals(List<String> cells) {
        b.fillRect(b.left(), b.y() - 0.8f, b.width(), 0.8f, Style.ACCENT);
        row(cells, bold, null);
    }

    /** A line of text across the table's width, in italics (the payers not shown). */
    void drawLine(String text) {
        float h = rowHeight();
        Style st = body.role(FontRole.SANS_ITALIC).color(Style.MUTED);
        cell(text, b.left(), b.y() - VPAD - body.size(), b.width(), st, false);
        b.moveDown(h);
    }

    private void row(List<String> cells, Style st, Color fill) {
        float h = rowHeight();
        if (fill != null) {
            b.fillRect(b.left(), b.y() - h, b.width(), h, fill);
        }
        float x = b.left();
        float base = b.y() - VPAD - st.size();
        for (int i = 0; i < widths.length; i++) {
            cell(cells.get(i), x, base, widths[i], st, i > 0);
            x += widths[i];
        }
        b.moveDown(h);
    }

    /** Text in a column, cut to fit it: figures to the right, names to the left. */
    private void cell(String text, float x, float base, float width, Style st, boolean right) {
        String t = b.ellipsize(text, st, width - 2 * PAD);
        float at = right ? x + width - PAD - b.width(t, st) : x + PAD;
        b.text(at, base, t, st);
    }
}
