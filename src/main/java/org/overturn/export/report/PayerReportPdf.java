package org.overturn.export.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.overturn.domain.report.PayerFigures;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.Charts;
import org.overturn.export.pdf.FontSet;
import org.overturn.export.pdf.PageFrame;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import org.overturn.export.pdf.Style;

/**
 * "IOP denials by payer" on one landscape US Letter page, for a program's director to take to a
 * meeting with a payer: the period, the practice and the day prepared; a table with a row per payer
 * and a totals row; a bar chart of each payer's denials with the cases overturned drawn darker; and
 * notes saying how each figure is counted. When the payers don't all fit, the ones with the most
 * denials are shown and one line says how many more there are. Counts only: no patient is named.
 */
public final class PayerReportPdf {

    /** US Letter, turned on its side for the table's twelve columns. */
    static final PDRectangle PAGE =
            new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());

    static final PageFrame FRAME = new PageFrame(PAGE, 36, 36, 34, 30);

    private static final Wording WORDS = Wording.of("payer-report");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final Style META = Style.SANS.size(9f).color(Style.MUTED);
    private static final Style NOTE = Style.SANS.size(7.5f).color(Style.MUTED);
    private static final Style CHART = Style.SANS.size(7.5f);
    private static final float TABLE_SIZE = 8f;
    private static final float BAR_ROW = 11.5f;
    private static final float GAP = 10;

    /** The finished page, and how many payers it shows and leaves to the CSV. */
    public record Result(byte[] bytes, int shown, int leftOut) {}

    /**
     * @param rows one row per payer, as {@code PayerReport.patterns} gives them
     * @param practice the practice's name, when the profile has one
     */
    public Result render(
            List<PayerPatterns> rows,
            ReportFilter filter,
            Optional<String> practice,
            ZonedDateTime now)
            throws PdfExportException {
        List<PayerPatterns> all = new ArrayList<>(rows);
        all.sort(Comparator.comparingInt(PayerPatterns::denials).reversed());
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), FRAME);
            b.newPage();
            heading(b, filter, practice, now.toLocalDate());
            float notesTop = notes(b, filter);
            int shown = 0;
            if (all.isEmpty()) {
                new PayerTable(b, List.of(), TABLE_SIZE).drawHead();
                b.moveDown(4);
                b.text(b.left() + 3, b.y() - TABLE_SIZE, WORDS.text("none"), Style.SANS);
            } else {
                shown = body(b, all, notesTop);
            }
            b.finish();
            String title = WORDS.text("title");
            PdfFiles.describe(doc, title, "Overturn", title, now);
            return new Result(PdfFiles.bytes(doc), shown, all.size() - shown);
        } catch (IOException | UncheckedIOException e) {
            throw new PdfExportException("the report could not be drawn: " + e.getMessage(), e);
        }
    }

    /** Writes the report whole or not at all (see {@link PdfFiles#writeAtomically}). */
    public Result write(
            List<PayerPatterns> rows,
            ReportFilter filter,
            Optional<String> practice,
            ZonedDateTime now,
            Path target)
            throws PdfExportException {
        PdfFiles.checkWritable(target);
        Result r = render(rows, filter, practice, now);
        PdfFiles.writeAtomically(r.bytes(), target);
        return r;
    }

    /** The title, the practice, then the period, the level and the day prepared. */
    private static void heading(
            PdfBuilder b, ReportFilter filter, Optional<String> practice, LocalDate today) {
        line(b, WORDS.text("title"), Style.H1);
        practice.filter(p -> !p.isBlank()).ifPresent(p -> line(b, p, Style.SANS_BOLD.size(10.5f)));
        List<String> meta = new ArrayList<>();
        meta.add(period(filter));
        filter.level().ifPresent(l -> meta.add(WORDS.fill("level", "level", l.label())));
        meta.add(WORDS.fill("prepared", "date", DAY.format(today)));
        line(b, String.join("   ·   ", meta), META);
        b.moveDown(2);
        b.rule(0.75f, Style.RULE);
        b.moveDown(4);
    }

    private static void line(PdfBuilder b, String text, Style st) {
        b.text(b.left(), b.y() - st.size(), b.ellipsize(text, st, b.width()), st);
        b.moveDown(st.lineHeight());
    }

    static String period(ReportFilter f) {
        if (f.from().isPresent() && f.to().isPresent()) {
            return WORDS.fill(
                    "period.between",
                    "from",
                    DAY.format(f.from().get()),
                    "to",
                    DAY.format(f.to().get()));
        }
        if (f.from().isPresent()) {
            return WORDS.fill("period.from", "from", DAY.format(f.from().get()));
        }
        if (f.to().isPresent()) {
            return WORDS.fill("period.to", "to", DAY.format(f.to().get()));
        }
        return WORDS.text("period.all");
    }

    /** The notes, set at the foot of the page; returns the height left above them. */
    private static float notes(PdfBuilder b, ReportFilter filter) {
        List<String> sentences = new ArrayList<>();
        sentences.add(WORDS.text("note.overturned"));
        sentences.add(WORDS.text("note.median"));
        sentences.add(WORDS.text("note.calls"));
        sentences.add(WORDS.text("note.recovered"));
        sentences.add(WORDS.text("note.reviewers"));
        if (filter.from().isPresent() || filter.to().isPresent() || filter.level().isPresent()) {
            sentences.add(WORDS.text("note.filter"));
        }
        sentences.add(WORDS.text("note.counts"));
        List<String> lines = b.wrap(String.join(" ", sentences), NOTE, b.width());
        float top = FRAME.bottomY() + lines.size() * NOTE.lineHeight();
        b.fillRect(b.left(), top + 3, b.width(), 0.5f, Style.RULE);
        float base = top - NOTE.size();
        for (String l : lines) {
            b.text(b.left(), base, l, NOTE);
            base -= NOTE.lineHeight();
        }
        return top + 3;
    }

    /** The table and the chart of as many payers as fit above the notes; returns how many. */
    private static int body(PdfBuilder b, List<PayerPatterns> all, float notesTop) {
        List<List<String>> cells = all.stream().map(PayerTable::cells).toList();
        int n = all.size();
        PayerTable table = null;
        List<String> totals = null;
        for (; n >= 1; n--) {
            totals = PayerTable.totals(all, totalLabel(all.size(), n));
            List<List<String>> measured = new ArrayList<>(cells.subList(0, n));
            measured.add(totals);
            table = new PayerTable(b, measured, TABLE_SIZE);
            if (b.y() - height(table, n, all.size()) >= notesTop + GAP || n == 1) {
                break;
            }
        }
        table.drawHead();
        for (int i = 0; i < n; i++) {
            table.drawRow(cells.get(i), i % 2 == 1);
        }
        int more = all.size() - n;
        if (more > 0) {
            table.drawLine(more == 1 ? WORDS.text("more.one") : WORDS.fill("more", "count", more));
        }
        table.drawTotals(totals);
        b.moveDown(GAP + 4);
        chart(b, all.subList(0, n));
        return n;
    }

    private static String totalLabel(int payers, int shown) {
        return shown < payers ? WORDS.fill("total.all", "count", payers) : WORDS.text("total");
    }

    /** The table's and the chart's height with {@code n} of the payers shown. */
    private static float height(PayerTable t, int n, int payers) {
        float rows = (n + 1 + (n < payers ? 1 : 0)) * t.rowHeight();
        return t.headHeight() + rows + GAP + 4 + chartTitle() + n * BAR_ROW;
    }

    private static float chartTitle() {
        return Style.SANS_BOLD.size(9f).lineHeight() + 2;
    }

    private static String barValue(PayerPatterns p) {
        return p.denials() == 1
                ? WORDS.fill("chart.value.one", "overturned", p.overturned())
                : WORDS.fill("chart.value", "denials", p.denials(), "overturned", p.overturned());
    }

    /** The chart's title and key, then a bar a payer. */
    private static void chart(PdfBuilder b, List<PayerPatterns> shown) {
        Style title = Style.SANS_BOLD.size(9f).color(Style.ACCENT);
        float base = b.y() - title.size();
        String t = WORDS.text("chart.title");
        b.text(b.left(), base, t, title);
        float x = b.left() + b.width(t, title) + 16;
        x += Charts.key(b, x, base, Charts.PART_OF, WORDS.text("chart.denials"), CHART) + 12;
        Charts.key(b, x, base, Style.ACCENT, WORDS.text("chart.overturned"), CHART);
        b.moveDown(chartTitle());
        Charts.parts(
                b,
                shown.stream().map(PayerFigures::name).toList(),
                shown.stream().map(PayerPatterns::denials).toList(),
                shown.stream().map(PayerPatterns::overturned).toList(),
                shown.stream().map(PayerReportPdf::barValue).toList(),
                CHART,
                BAR_ROW,
                260);
    }
}
