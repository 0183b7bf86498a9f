package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13, item 12: a word wider than the line is broken by measured width in one pass (and a line
 * too long for its place is cut, issue 17). The timeout only guards against a hang (the old loop
 * took minutes on 4,000 characters); speed itself is measured by the benchmarks.
 */
class PdfBuilderWrapTest {

    @Test
    @Timeout(60)
    void aVeryLongWordIsBrokenIntoFullLinesThatRejoinToTheWord() throws Exception {
        String word =
                "A".repeat(3_000)
                        + "é".repeat(3_000)
                        + "\uD835\uDC00".repeat(1_000)
                        + "Z".repeat(3_000);
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);
            float max = 200;

            List<String> lines = b.wrap("before " + word + " after", Style.BODY, max);

            assertThat(lines.get(0)).isEqualTo("before");
            assertThat(lines.get(lines.size() - 1)).endsWith("after");
            assertThat(
                            String.join("", lines.subList(1, lines.size() - 1))
                                    + lines.get(lines.size() - 1).replace(" after", ""))
                    .isEqualTo(word);
            assertThat(lines)
                    .allSatisfy(
                            l ->
                                    assertThat(b.width(l, Style.BODY))
                                            .isLessThanOrEqualTo(max + 0.01f));
            // Every full line of the word is as full as it can be: one more character would not
            // fit.
            for (int i = 1; i < lines.size() - 2; i++) {
                String next = lines.get(i + 1);
                String withOne =
                        lines.get(i) + next.substring(0, Character.charCount(next.codePointAt(0)));
                assertThat(b.width(withOne, Style.BODY)).isGreaterThan(max);
            }
            assertThat(
                            lines.stream()
                                    .noneMatch(
                                            l ->
                                                    !l.isEmpty()
                                                            && Character.isLowSurrogate(
                                                                    l.charAt(0))))
                    .as("no surrogate pair is split")
                    .isTrue();
        }
    }

    @Test
    @Timeout(60)
    void aLineTooLongIsCutToItsWidthAndEndsInAnEllipsis() throws Exception {
        String name = "Payer " + "\uD835\uDC00".repeat(2_000) + "e\u0301".repeat(2_000) + " Inc.";
        try (PDDocument doc = new PDDocument()) {
            PdfBuilder b = new PdfBuilder(doc, new FontSet(doc), PageFrame.LETTER);

            String cut = b.ellipsize(name, Style.SANS, 120);

            assertThat(cut).endsWith("…").hasSizeLessThan(name.length());
            assertThat(name).startsWith(cut.substring(0, cut.length() - 1));
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
            assertThat(b.width(cut, Style.SANS)).isLessThanOrEqualTo(120);
            assertThat(b.ellipsize("Short", Style.SANS, 120)).isEqualTo("Short");
            assertThat(b.ellipsize(name, Style.SANS, 1)).isEmpty();
        }
    }
}
