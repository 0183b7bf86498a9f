package org.overturn.export.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.PrepSheetExport;
import org.overturn.core.ReferenceData;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.domain.p2p.PrepSheet.Objection;
import org.overturn.domain.p2p.PrepSheet.Point;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.persistence.json.ImportedCase;

class PrepSheetPdfTest {

    private static final ReferenceData REF = new ReferenceData();

    @TempDir Path dir;

    private static PrepSheetExport exportFor(ImportedCase sample) {
        return new PrepSheetExport(REF, c -> sample.payer());
    }

    /**
     * The text of each page with every run of white space as one space, so wrapped lines read as
     * typed.
     */
    static List<String> flatPages(byte[] pdf) throws IOException {
        return PdfAssert.pageTexts(pdf).stream().map(PrepSheetPdfTest::flat).toList();
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Every glyph's size in points, read back from the PDF. */
    static List<Float> fontSizes(byte[] pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions) {
                            positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                        }
                    };
            s.getText(doc);
        }
        return sizes;
    }

    private void assertCarriesTheWholeSheet(PrepSheet s, String text) {
        assertThat(text).contains(flat(s.ask()));
        for (Point p : s.dimensions()) {
            assertThat(text)
                    .contains(p.label().replaceFirst(": \\S+$", "") + ":")
                    .contains(flat(p.text()));
        }
        for (Point p : s.lowerLevels()) {
            assertThat(text).contains(p.label() + ":").contains(p.text());
        }
        for (Objection o : s.objections()) {
            assertThat(text).contains("“" + o.claim() + "”").contains(o.answer());
        }
        s.questions().forEach(q -> assertThat(text).contains(q));
        s.lawPoints().forEach(p -> assertThat(text).contains(p.text()));
        s.deadlines().forEach(p -> assertThat(text).contains(p.label() + ":").contains(p.text()));
        assertThat(text)
                .contains(s.deadlineReminder())
                .contains(s.summary())
                .contains(s.riskIfStops());
        assertThat(text)
                .doesNotContain("more objections in the case")
                .doesNotContain(" in the case ");
    }

    @Test
    void theMentalHealthSampleIsOnePageWithEveryPartAndItsIdentifiers() throws Exception {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.MH);
        PrepSheetExport export = exportFor(sample);
        PrepSheetPdf.Result r = export.render(sample.caseFile(), PacketFixtures.NOW);

        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.leftOut()).isEmpty();
        String text = flatPages(r.bytes()).get(0);
        PrepSheet s = export.sheet(sample.caseFile(), PacketFixtures.NOW);
        assertThat(s.dimensions()).hasSize(7);
        assertThat(s.objections()).isNotEmpty();
        assertCarriesTheWholeSheet(s, text);
        assertThat(text)
                .contains(
                        "Continue 15 days of IOP, mental health at 12 hours a week from November 17, 2026.")
                .contains("Patient: Daniela Reyes-Whitford")
                .contains("DOB: 04/17/1991")
                .contains("Member ID: CMH-448120377")
                .contains("Auth: AUTH-77310452")
                .contains("Page 1 of 1")
                .contains("does not pause any appeal deadline")
                .doesNotContain("42 CFR Part 2");
        assertThat(PdfAssert.notEmbeddedFonts(r.bytes())).isEmpty();
        assertThat(fontSizes(r.bytes()))
                .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(9f));
    }

    @Test
    void theSubstanceUseSampleIsOnePageAndCarriesTheNoticeAgainstRedisclosure() throws Exception {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.SUD);
        PrepSheetExport export = exportFor(sample);
        PrepSheetPdf.Result r = export.render(sample.caseFile(), PacketFixtures.NOW);

        assertThat(r.pages()).isEqualTo(1);
        String text = flatPages(r.bytes()).get(0);
        assertCarriesTheWholeSheet(export.sheet(sample.caseFile(), PacketFixtures.NOW), text);
        assertThat(text)
                .contains("Patient: Nguyễn Thị Ánh")
                .contains("DOB: 09/03/1987")
                .contains("Member ID: LCH-90031877")
                .contains("Auth: PA-2026-55812")
                .contains("Page 1 of 1")
                .contains("Disclosed to: Lakeshore Community Health Plan (sample).")
                .contains("Patient: Nguyễn Thị Ánh.")
                .contains("Right to revoke:")
                .contains("Not revoked as of")
                .doesNotContain("forbid you to use or disclose this information further")
                .doesNotContain("no further disclosure without");
        // 42 CFR 2.32(a)(2) in the regulation's words: on the foot of the page and leading the
        // consent's scope.
        assertThat(PrepSheetPdf.PART2_FOOTER)
                .isEqualTo(
                        "42 CFR part 2 prohibits unauthorized use or disclosure of "
                                + "these records.");
        assertThat(text.split(Pattern.quote(PrepSheetPdf.PART2_FOOTER), -1)).hasSize(3);
        assertThat(fontSizes(r.bytes()))
                .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(9f));
    }

    @Test
    void aSubstanceUseCaseWithoutConsentIsRefusedSayingWhatIsMissingAndNothingIsWritten()
            throws Exception {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.SUD);
        CaseFile c =
                sample.caseFile().withPacket(sample.caseFile().packet().withConsents(List.of()));
        Path out = dir.resolve("sheet.pdf");
        Files.writeString(out, "the sheet printed yesterday");

        assertThatThrownBy(() -> exportFor(sample).export(c, out, PacketFixtures.NOW))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("42 CFR Part 2")
                .hasMessageContaining("no patient consent");
        assertThat(exportFor(sample).refusal(c, PacketFixtures.NOW))
                .get()
                .asString()
                .contains("no patient consent");
        assertThat(Files.readString(out)).isEqualTo("the sheet printed yesterday");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aConsentToAnotherRecipientDoesNotCoverTheCall() {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.SUD);
        PrepSheetExport export =
                new PrepSheetExport(
                        REF,
                        c ->
                                Optional.of(
                                        new Payer(
                                                Optional.of(9L),
                                                "Another Health Plan",
                                                "",
                                                "",
                                                "",
                                                "",
                                                "")));

        assertThat(export.refusal(sample.caseFile(), PacketFixtures.NOW))
                .get()
                .asString()
                .contains(
                        "names Lakeshore Community Health Plan (sample), not Another Health Plan");
    }

    @Test
    void writingGoesThroughATempFileAndLeavesOnlyTheSheet() throws Exception {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.MH);
        Path out = dir.resolve("sheet.pdf");

        int pages = exportFor(sample).export(sample.caseFile(), out, PacketFixtures.NOW);

        assertThat(pages).isEqualTo(1);
        try (var files = Files.list(dir);
                PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(files).containsExactly(out);
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
        assertThatThrownBy(
                        () ->
                                exportFor(sample)
                                        .export(
                                                sample.caseFile(),
                                                dir.resolve("no/such/x.pdf"),
                                                PacketFixtures.NOW))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("does not exist");
    }

    // ---- a long case
    // ------------------------------------------------------------------------------------------

    private static final String LONG =
            "Documented across several sessions with dates, quotes from the patient and the "
                    + "family, the scores of the standard measures, and what the team observed in group and in individual "
                    + "sessions, including the triggers, the warning signs and the response to each change of medication.";

    private static PrepSheet longSheet(int dims, int lower, int objections) {
        List<Point> d =
                IntStream.rangeClosed(1, dims)
                        .mapToObj(
                                i ->
                                        Point.of(
                                                "Dimension number " + i + " with a long name: 3",
                                                "Evidence " + i + ". " + LONG))
                        .toList();
        List<Point> l =
                IntStream.rangeClosed(1, lower)
                        .mapToObj(
                                i ->
                                        Point.of(
                                                "Lower level " + i + ", 01/01/2024–02/01/2024",
                                                "Relapsed after care; " + LONG))
                        .toList();
        List<Objection> o =
                IntStream.rangeClosed(1, objections)
                        .mapToObj(
                                i ->
                                        new Objection(
                                                "Objection "
                                                        + i
                                                        + ": the member can be managed at a lower level of care with weekly therapy and medication.",
                                                "Answer " + i + ": " + LONG))
                        .toList();
        return new PrepSheet(
                "Peer-to-peer prep: A Long Case",
                "Reinstate 30 days of IOP, mental health at 12 hours a "
                        + "week from November 17, 2026.",
                "A 40-year-old patient. " + LONG + " " + LONG,
                d,
                l,
                "Current risk: suicide high. " + LONG + " " + LONG,
                o,
                List.of("Your name?", "Which criteria?", "Did you read the records?"),
                List.of(Point.of("Parity", "MHPAEA applies.")),
                List.of(Point.of("File the internal appeal", "2027-05-13 (170 days left)")),
                "A peer-to-peer call does not pause any appeal deadline.");
    }

    private static PrepSheetPdf.Result render(PrepSheet s) throws PdfExportException {
        return new PrepSheetPdf(id -> Optional.empty())
                .render(
                        s,
                        List.of("Patient: A Long Case", "Member ID: M-1"),
                        Optional.empty(),
                        PacketFixtures.NOW);
    }

    @Test
    void aLongCaseFitsTwoPagesAtNoLessThanNinePointAndNamesWhatItLeftOut() throws Exception {
        PrepSheet s = longSheet(14, 10, 15);

        PrepSheetPdf.Result r = render(s);

        assertThat(r.pages()).isEqualTo(2);
        assertThat(fontSizes(r.bytes()))
                .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(9f));
        assertThat(r.leftOut()).isNotEmpty();
        String text = String.join(" ", flatPages(r.bytes()));
        r.leftOut().forEach((part, n) -> assertThat(text).contains("+ " + part.leftOut(n)));
        int objectionsCut = r.leftOut().getOrDefault(SheetPart.OBJECTIONS, 0);
        assertThat(objectionsCut).isPositive();
        assertThat(text).contains(objectionsCut + " more objection");
        // Whole items leave from the end: every objection kept is complete, none after them is
        // shown.
        for (int i = 1; i <= 15; i++) {
            if (i <= 15 - objectionsCut) {
                assertThat(text)
                        .contains("Objection " + i + ":")
                        .contains("Answer " + i + ": " + LONG);
            } else {
                assertThat(text).doesNotContain("Objection " + i + ":");
            }
        }
        assertThat(text)
                .contains("Page 1 of 2")
                .contains("Page 2 of 2")
                .contains("Patient: A Long Case")
                .contains(s.ask());
        assertThat(PdfAssert.pageTexts(r.bytes()))
                .allSatisfy(p -> assertThat(p).contains("Member ID: M-1"));
    }

    @Test
    void aCaseTooLongForOnePageTightensToTwoPagesBeforeLeavingAnythingOut() throws Exception {
        PrepSheet s = longSheet(9, 4, 6);

        PrepSheetPdf.Result r = render(s);

        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.leftOut()).isEmpty();
        String text = String.join(" ", flatPages(r.bytes()));
        assertThat(text).doesNotContain(" in the case");
        IntStream.rangeClosed(1, 6)
                .forEach(i -> assertThat(text).contains("Answer " + i + ": " + LONG));
        IntStream.rangeClosed(1, 9)
                .forEach(i -> assertThat(text).contains("Evidence " + i + ". " + LONG));
    }

    @Test
    void leavingOutTakesFromTheLongestListAndKeepsOneOfEachBeforeTouchingTheParagraphs() {
        PrepSheet s = longSheet(5, 2, 3);
        Map<SheetPart, Integer> cut = new EnumMap<>(SheetPart.class);

        PrepSheetPdf.leaveOut(s, cut);
        assertThat(cut).containsEntry(SheetPart.DIMENSIONS, 1);
        for (int i = 0; i < 8; i++) {
            PrepSheetPdf.leaveOut(s, cut);
        }
        // 5 dims, 2 lower, 3 objections, 3 questions: down to one each after 9 cuts.
        assertThat(cut)
                .containsEntry(SheetPart.DIMENSIONS, 4)
                .containsEntry(SheetPart.OBJECTIONS, 2)
                .containsEntry(SheetPart.QUESTIONS, 2)
                .containsEntry(SheetPart.LOWER_LEVELS, 1)
                .doesNotContainKeys(SheetPart.SUMMARY, SheetPart.RISK);
        PrepSheetPdf.leaveOut(s, cut);
        assertThat(cut).containsKey(SheetPart.SUMMARY);
        assertThat(SheetPart.OBJECTIONS.leftOut(3)).isEqualTo("3 more objections in the case");
        assertThat(SheetPart.DIMENSIONS.leftOut(1)).isEqualTo("1 more dimension in the case");
    }
}
