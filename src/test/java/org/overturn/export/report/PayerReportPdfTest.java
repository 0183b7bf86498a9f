package org.overturn.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;
import org.overturn.domain.report.ReviewerClass;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfExportException;

/** The one-page "IOP denials by payer" report, drawn with the real fonts and read back. */
class PayerReportPdfTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 5, 6, 10, 30, 0, 0, ZoneId.of("America/Chicago"));
    private static final Wording WORDS = Wording.of("payer-report");
    private static final String LONG =
            "The Extraordinarily Long-Named Regional Behavioral Health Cooperative Insurance"
                    + " Company of the Greater Northwest, Incorporated";

    @TempDir Path dir;

    /**
     * A payer's figures: overturned at P2P / on appeal / at external review, upheld and open are
     * cases; calls held and not honoured; billed and recovered in cents.
     */
    static PayerPatterns payer(
            String name,
            int cases,
            int denials,
            int notByPsychiatrist,
            int[] calls,
            int[] ended,
            Double median,
            long billed,
            long recovered) {
        Map<Resolution, Integer> res = new EnumMap<>(Resolution.class);
        res.put(Resolution.OVERTURNED_AT_P2P, ended[0]);
        res.put(Resolution.OVERTURNED_ON_APPEAL, ended[1]);
        res.put(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW, ended[2]);
        res.put(Resolution.UPHELD, ended[3]);
        res.put(Resolution.OPEN, ended[4]);
        return new PayerPatterns(
                name,
                "",
                cases,
                denials,
                Map.of("iop-mh", denials),
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(ReviewerClass.NOT_A_PSYCHIATRIST.id(), notByPsychiatrist),
                calls[0] + calls[1],
                calls[0],
                calls[1],
                res,
                Optional.ofNullable(median),
                billed,
                recovered);
    }

    private static List<PayerPatterns> four() {
        return List.of(
                payer(
                        "Cascade Mutual Health",
                        14,
                        19,
                        11,
                        new int[] {3, 1},
                        new int[] {3, 4, 1, 4, 2},
                        23.5,
                        481_234_000L,
                        121_040_050L),
                payer("", 3, 3, 0, new int[] {0, 1}, new int[] {0, 0, 0, 0, 3}, null, 0, 0),
                payer(
                        LONG,
                        6,
                        8,
                        8,
                        new int[] {1, 1},
                        new int[] {1, 1, 0, 3, 1},
                        41.0,
                        9_876_543L,
                        1_200_000L),
                payer(
                        "Lakeshore Community Health Plan",
                        1,
                        1,
                        1,
                        new int[] {0, 0},
                        new int[] {0, 0, 0, 0, 1},
                        null,
                        340_000L,
                        0));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static void assertOnOnePageWithinTheMargins(byte[] pdf) throws Exception {
        assertThat(PdfAssert.pageTexts(pdf)).hasSize(1);
        assertThat(
                        PdfAssert.misplacedText(
                                pdf,
                                1,
                                PayerReportPdf.FRAME.left(),
                                PayerReportPdf.FRAME.right(),
                                PayerReportPdf.FRAME.top(),
                                PayerReportPdf.FRAME.bottom()))
                .isEmpty();
        assertThat(PdfAssert.notEmbeddedFonts(pdf)).isEmpty();
    }

    @Test
    void aFewPayersFitOnePageWithTheirFiguresTotalsChartAndNotes() throws Exception {
        ReportFilter filter =
                new ReportFilter(
                        Optional.of(LocalDate.of(2026, 1, 1)),
                        Optional.of(LocalDate.of(2026, 12, 31)),
                        Optional.of(LevelOfCare.IOP_MENTAL_HEALTH));

        PayerReportPdf.Result r =
                new PayerReportPdf()
                        .render(four(), filter, Optional.of("Riverbend Behavioral Health"), NOW);

        assertOnOnePageWithinTheMargins(r.bytes());
        assertThat(r.shown()).isEqualTo(4);
        assertThat(r.leftOut()).isZero();
        String raw = PdfAssert.pageTexts(r.bytes()).get(0);
        String text = flat(raw);
        assertThat(text)
                .contains("IOP denials by payer")
                .contains("Riverbend Behavioral Health")
                .contains("01/01/2026 to 12/31/2026")
                .contains("Level of care: IOP, mental health")
                .contains("Prepared 05/06/2026")
                .contains("(no payer recorded)")
                .contains(WORDS.text("note.recovered"))
                .contains(WORDS.text("note.filter"))
                .doesNotContain("more payer");
        List<String> lines = raw.lines().map(String::strip).toList();
        assertThat(lines)
                .contains(
                        "Cascade Mutual Health 14 19 11 3 / 1 3 / 4 / 1 4 2 67% 23.5"
                                + " $4,812,340.00 $1,210,400.50")
                .contains("(no payer recorded) 3 3 0 0 / 1 0 / 0 / 0 0 3 – – $0.00 $0.00")
                .contains(
                        "Lakeshore Community Health Plan 1 1 1 0 / 0 0 / 0 / 0 0 1 – – $3,400.00"
                                + " $0.00")
                .as("the totals add every payer; the rate is 10 overturned of 17 decided")
                .contains("Total 24 31 20 4 / 3 4 / 5 / 1 7 7 59% – $4,914,505.43 $1,222,400.50");
        assertThat(text).as("the long name is cut to its column").doesNotContain(LONG);
        String cut =
                lines.stream()
                        .filter(l -> l.startsWith("The Extraordinarily"))
                        .findFirst()
                        .orElseThrow();
        assertThat(cut)
                .contains("…")
                .endsWith("6 8 8 1 / 1 1 / 1 / 0 3 1 40% 41 $98,765.43 $12,000.00");
        assertThat(LONG).startsWith(cut.substring(0, cut.indexOf('…')).strip());
        assertThat(text)
                .as("the chart's values, one a bar")
                .contains("19 denials, 8 overturned")
                .contains("8 denials, 2 overturned")
                .contains("3 denials, 0 overturned")
                .contains("1 denial, 0 overturned");
    }

    @Test
    void fortyPayersKeepToOnePageWithTheMostDenialsShownAndTheRestCounted() throws Exception {
        List<PayerPatterns> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(
                    payer(
                            "Payer " + i + (i % 3 == 0 ? " " + LONG : ""),
                            i,
                            i + 2,
                            i % 4,
                            new int[] {i % 3, i % 2},
                            new int[] {i % 2, i % 3, 0, i % 4, 1},
                            i * 1.5,
                            i * 1_000_000L,
                            i * 10_000L));
        }
        Collections.shuffle(many, new Random(17));

        PayerReportPdf.Result r =
                new PayerReportPdf().render(many, ReportFilter.all(), Optional.empty(), NOW);

        assertOnOnePageWithinTheMargins(r.bytes());
        assertThat(r.shown()).isBetween(5, 39);
        assertThat(r.shown() + r.leftOut()).isEqualTo(40);
        String raw = PdfAssert.pageTexts(r.bytes()).get(0);
        assertThat(flat(raw))
                .contains("All dates")
                .contains("and " + r.leftOut() + " more payers (their figures are in the CSV)")
                .contains("Total, all 40 payers 820 900")
                .doesNotContain("Payer 1 ");
        List<String> lines = raw.lines().map(String::strip).toList();
        assertThat(lines.stream().filter(l -> l.startsWith("Payer 40 ")))
                .as("the most denials first")
                .isNotEmpty();
        int last = 40 - r.shown() + 1;
        assertThat(lines.stream().filter(l -> l.startsWith("Payer " + last + " "))).isNotEmpty();
        assertThat(lines.stream().filter(l -> l.startsWith("Payer " + (last - 1) + " "))).isEmpty();
    }

    @Test
    void noDenialsIsOnePageSayingSo() throws Exception {
        PayerReportPdf.Result r =
                new PayerReportPdf().render(List.of(), ReportFilter.all(), Optional.empty(), NOW);

        assertOnOnePageWithinTheMargins(r.bytes());
        assertThat(flat(PdfAssert.pageTexts(r.bytes()).get(0)))
                .contains("No denials in this period.")
                .contains("All dates")
                .doesNotContain("Total");
    }

    @Test
    void aPeriodOpenAtOneEndSaysWhichEnd() {
        assertThat(
                        PayerReportPdf.period(
                                new ReportFilter(
                                        Optional.of(LocalDate.of(2026, 3, 4)),
                                        Optional.empty(),
                                        Optional.empty())))
                .isEqualTo("From 03/04/2026");
        assertThat(
                        PayerReportPdf.period(
                                new ReportFilter(
                                        Optional.empty(),
                                        Optional.of(LocalDate.of(2026, 3, 4)),
                                        Optional.empty())))
                .isEqualTo("Through 03/04/2026");
    }

    @Test
    void writingIsWholeOrNothing() throws Exception {
        Path good = dir.resolve("payers.pdf");
        new PayerReportPdf().write(four(), ReportFilter.all(), Optional.empty(), NOW, good);
        assertThat(PdfAssert.pageTexts(Files.readAllBytes(good))).hasSize(1);

        Path bad = dir.resolve("no-such-folder").resolve("payers.pdf");
        assertThatThrownBy(
                        () ->
                                new PayerReportPdf()
                                        .write(
                                                four(),
                                                ReportFilter.all(),
                                                Optional.empty(),
                                                NOW,
                                                bad))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("cannot write");
        assertThat(bad.getParent()).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("payers.pdf");
        }
    }
}
