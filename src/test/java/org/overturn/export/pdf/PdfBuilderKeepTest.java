package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, PDF polish: a signature never stands alone on a page, and a table title never breaks
 * inside a word.
 */
class PdfBuilderKeepTest {

    private static String page(PDDocument doc, int n) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc);
    }

    @Test
    void theLastLinesOfAParagraphGoToTheNextPageWithTheBlockKeptWithThem() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);
            b.newPage();
            String paragraph =
                    "Opening words of the last paragraph "
                            + "and more words to wrap ".repeat(20)
                            + "closing words.";
            int lines = b.wrap(paragraph, Style.BODY, b.width()).size();
            assertThat(lines).isGreaterThan(3);
            // Fill the page until the whole paragraph just fits, and the signature block after it
            // would not.
            while (b.remaining() > Style.BODY.lineHeight() * (lines + 1)) {
                b.paragraphs("Filler line.", Style.BODY);
            }
            b.paragraphsKeptWith(paragraph, Style.BODY, 120);
            b.paragraphs("Sincerely,", Style.BODY);
            b.finish();

            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(page(doc, 1))
                    .contains("Opening words of the last paragraph")
                    .doesNotContain("closing words.");
            // The paragraph's last two lines went over with the signature; the rest stayed.
            assertThat(page(doc, 2).strip().split("\\R")).hasSize(3);
            assertThat(page(doc, 2)).contains("closing words.").contains("Sincerely,");
        }
    }

    @Test
    void withRoomEnoughNothingMoves() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);
            b.newPage();
            b.paragraphsKeptWith("One.\nTwo.\nThree.", Style.BODY, 120);
            b.paragraphs("Sincerely,", Style.BODY);
            b.finish();
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aTableTitleWiderThanItsColumnIsSetSmallerAndNeverBrokenInsideAWord() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);
            b.newPage();
            Table probe = Table.of(List.of(Table.col("Verification", 1f)), List.of());
            // A column 15% narrower than the title at its normal size: the old header broke it as
            // "Verificatio / n".
            float title = b.width("Verification", probe.headStyle());
            float column = title * 0.85f + 8;
            float rest = b.width() - column;
            b.table(
                    Table.of(
                            List.of(
                                    Table.col("Setting", rest / 2),
                                    Table.col("Verification", column),
                                    Table.col("Why it ended", rest / 2)),
                            List.of(List.of("Outpatient therapy", "Yes", "Relapsed"))));
            b.finish();
            String text = page(doc, 1);
            assertThat(text).contains("Verification");
        }
    }
}
