package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FontSetTest {

    private static byte[] page(String... lines) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);
            b.newPage();
            for (String l : lines) {
                b.paragraphs(l, Style.BODY);
            }
            b.finish();
            return PdfFiles.bytes(doc);
        }
    }

    @Test
    void latinGreekCyrillicAndVietnameseNamesPrintAndReadBackExactly() throws Exception {
        String[] names = {
            "Nguyễn Thị Ánh",
            "Łukasz Żółć",
            "Δημήτρης Παπαδόπουλος",
            "Иван Петров",
            "Zoë Ørsted-Ångström",
            "Şükrü Çağlayan"
        };

        String text = PdfAssert.pageTexts(page(names)).get(0);

        for (String n : names) {
            assertThat(text).contains(n);
        }
    }

    @Test
    void anEmojiNoBundledFontHasIsPrintedAsItsNameNeverASilentBox() throws Exception {
        String text = PdfAssert.pageTexts(page("Mood 😊 better, 👍🏽 to the plan ❤️")).get(0);

        // Drawn from a bundled font where one has it, else named; never the box, never a question
        // mark.
        assertThat(text)
                .contains("[thumbs up sign] to the plan")
                .doesNotContain(FontSet.PLACEHOLDER)
                .doesNotContain("?");
        assertThat(
                        text.contains("Mood 😊 better")
                                || text.contains("Mood [smiling face with smiling eyes] better"))
                .as(text)
                .isTrue();
        assertThat(FontSet.named("👍".codePointAt(0))).isEqualTo("[thumbs up sign]");
        assertThat(FontSet.named("漢".codePointAt(0))).isEqualTo(FontSet.PLACEHOLDER);
    }

    @Test
    void aCharacterNoBundledFontHasBecomesAVisiblePlaceholderInsteadOfFailing() throws Exception {
        String text = PdfAssert.pageTexts(page("Name: 漢字 Lee")).get(0);

        assertThat(text).contains("Name: " + FontSet.PLACEHOLDER + FontSet.PLACEHOLDER + " Lee");
    }

    @Test
    void aGlyphMissingFromLiberationFallsBackToDejaVuGlyphByGlyph() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);

            List<FontSet.Run> runs = fonts.runs("Rating ★ 4", FontRole.SERIF);

            assertThat(runs).hasSize(3);
            assertThat(runs.get(0).font().getName()).contains("LiberationSerif");
            assertThat(runs.get(1).font().getName()).contains("DejaVuSans");
            assertThat(runs.get(1).text()).isEqualTo("★");
        }
    }

    @Test
    void decomposedAccentsAreComposedAndControlCharactersDropped() {
        assertThat(FontSet.clean("Ánh\u0007\tX")).isEqualTo("\u00C1nh X");
    }

    @Test
    void everyFontOfTheDocumentIsEmbedded() throws Exception {
        byte[] pdf = page("Δημήτρης ★ Иван 漢");

        assertThat(PdfAssert.fontCount(pdf)).isGreaterThan(0);
        assertThat(PdfAssert.notEmbeddedFonts(pdf)).isEmpty();
    }

    @Test
    void aTextsWidthSummedFromCachedAdvancesIsWhatPdfBoxMeasuresForItsRuns() throws Exception {
        // Issue 15: widths come from each code point's advance, measured once, not from PDFBox per
        // string.
        String[] texts = {
            "Daniela Reyes-Whitford",
            "Nguyễn Thị Ánh — 11/14/2026",
            "Ωμέγα and Иван",
            "ok \uD83D\uDC4D",
            "漢字",
            "",
            "tabs\tand  spaces",
            "ﬁ ligature"
        };
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            for (FontRole role : FontRole.values()) {
                for (String t : texts) {
                    float expected = 0;
                    for (FontSet.Run r : fonts.runs(t, role)) {
                        try {
                            expected += r.font().getStringWidth(r.text()) / 1000f * 10f;
                        } catch (IllegalArgumentException e) {
                            expected += r.text().length() * 10f * 0.5f;
                        }
                    }
                    assertThat(fonts.width(t, role, 10f))
                            .as(role + " " + t)
                            .isCloseTo(expected, Offset.offset(0.01f));
                }
            }
        }
    }

    @Test
    void noFontOffersGlyphSubstitutionsSoWhatIsDrawnIsWhatWasMeasuredAndWhatReadsBack()
            throws Exception {
        // Issue 15: PDFBox's substitution pass ran on every string drawn (60% of a cold packet
        // export).
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            for (FontRole role : FontRole.values()) {
                assertThat(fonts.runs("office fluffy", role))
                        .allSatisfy(
                                r ->
                                        assertThat(r.font().getGsubData())
                                                .isSameAs(GsubData.NO_DATA_FOUND));
            }
        }
        String text = PdfAssert.pageTexts(page("The office filed a fluffy affidavit.")).get(0);
        assertThat(text).contains("The office filed a fluffy affidavit.");
    }
}
