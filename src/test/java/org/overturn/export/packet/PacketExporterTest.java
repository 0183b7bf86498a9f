package org.overturn.export.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.CitationPicker;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.packet.PacketLayout;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.persistence.SqliteDocumentStore;
import org.overturn.persistence.json.ImportedCase;

class PacketExporterTest {

    @TempDir
    Path dir;

    private final PacketFixtures.MemorySource source = new PacketFixtures.MemorySource();

    private CaseFile withEnclosure(CaseFile c, String id, String title, String file, byte[] bytes) {
        source.bytes.put(id, bytes);
        Enclosure e = new Enclosure(id, title, file, 0, false, SqliteDocumentStore.sha256(bytes), bytes.length,
                Optional.empty());
        return c.withPacket(c.packet().withEnclosureAdded(e));
    }

    private byte[] export(ImportedCase ic, CaseFile c) throws Exception {
        Path out = dir.resolve("packet.pdf");
        new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source)).export(out, PacketProgress.NONE);
        return Files.readAllBytes(out);
    }

    private static List<String[]> bookmarks(byte[] pdf) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                PDPageDestination d = (PDPageDestination) i.getDestination();
                out.add(new String[] {i.getTitle(), String.valueOf(doc.getPages().indexOf(d.getPage()) + 1)});
            }
        }
        return out;
    }

    @Test
    void thePartsComeInOrderWithABookmarkEachAndEnclosuresMergedAfterTheExhibits() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = withEnclosure(ic.caseFile(), "e1", "Denial letter", "denial.pdf", PdfAssert.pdf("DENIAL", 2));
        c = withEnclosure(c, "e2", "Letter of support", "support.png", PdfAssert.png(600, 800));

        byte[] pdf = export(ic, c);
        List<String> pages = PdfAssert.pageTexts(pdf);
        List<String[]> marks = bookmarks(pdf);

        assertThat(marks.stream().map(m -> m[0])).containsExactly("Fax cover sheet", "Appeal letter",
                "Exhibit A: Level-of-care ratings", "Exhibit B: Rebuttal matrix", "Exhibit C: Treatment history",
                "Exhibit D: Documentation index", "Enclosure 1: Denial letter", "Enclosure 2: Letter of support");
        assertThat(pages.get(0)).contains("FAX").contains("(916) 555-0148");
        int letter = Integer.parseInt(marks.get(1)[1]);
        assertThat(pages.get(letter - 1)).contains("Dear Reviewer:");
        int enclosure = Integer.parseInt(marks.get(6)[1]);
        assertThat(pages.get(enclosure - 1)).contains("DENIAL page 1");
        assertThat(pages.get(enclosure)).contains("DENIAL page 2");
        assertThat(Integer.parseInt(marks.get(7)[1])).isEqualTo(pages.size());
        for (int i = 1; i < marks.size(); i++) {
            assertThat(Integer.parseInt(marks.get(i)[1])).isGreaterThan(Integer.parseInt(marks.get(i - 1)[1]));
        }
    }

    @Test
    void everyPageCarriesTheIdentifiersAndItsPageNumberOverTheWholePacket() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = withEnclosure(ic.caseFile(), "e1", "Records", "records.pdf", PdfAssert.pdf("RECORDS", 3));

        List<String> pages = PdfAssert.pageTexts(export(ic, c));

        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("Daniela Reyes-Whitford")
                    .contains("04/17/1991").contains("CMH-448120377").contains("AUTH-77310452")
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(0)).contains("Pages " + pages.size() + " including this cover");
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);

        byte[] pdf = export(ic, ic.caseFile());

        assertThat(PdfAssert.fontCount(pdf)).isGreaterThan(0);
        assertThat(PdfAssert.notEmbeddedFonts(pdf)).isEmpty();
    }

    @Test
    void everyCitationInTheLetterIsALibraryEntryThatAppliesToTheCase() throws Exception {
        for (String sample : List.of(PacketFixtures.MH, PacketFixtures.SUD)) {
            ImportedCase ic = PacketFixtures.sample(sample);
            CaseFile c = ic.caseFile();
            String text = String.join("\n", PdfAssert.pageTexts(export(ic, c)));
            String authorities = text.substring(text.indexOf("Authorities cited"));
            CitationPicker picker = new CitationPicker(PacketFixtures.library(), c.plan().planType(),
                    c.plan().issuedState(), c.currentDenial().orElseThrow().effectiveDate().orElseThrow());

            Matcher m = Pattern.compile("• (.+?): ").matcher(authorities);
            List<String> listed = new ArrayList<>();
            while (m.find()) {
                listed.add(m.group(1).strip());
            }
            assertThat(listed).as(sample).isNotEmpty();
            for (String cited : listed) {
                Citation entry = PacketFixtures.library().all().stream().filter(e -> e.citation().equals(cited))
                        .findFirst().orElseThrow(() -> new AssertionError(cited + " is not in the library"));
                assertThat(picker.usable(entry.id())).as(sample + ": " + entry.id()).isTrue();
            }
            for (Citation e : PacketFixtures.library().all()) {
                boolean partOfListed = listed.stream().anyMatch(l -> l.contains(e.citation()));
                if (text.contains(e.citation()) && !partOfListed && !e.id().equals("part2-redisclosure-notice")) {
                    assertThat(listed).as(sample + " prints " + e.id() + " without listing it").contains(e.citation());
                }
            }
        }
    }

    @Test
    void aSubstanceUseCaseWithoutConsentIsRefusedWithWhatIsMissingAndWritesNothing() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);
        CaseFile c = ic.caseFile().withPacket(ic.caseFile().packet().withConsents(List.of()));
        Path out = dir.resolve("packet.pdf");

        assertThatThrownBy(() -> new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                .export(out, PacketProgress.NONE))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("42 CFR Part 2").hasMessageContaining("no patient consent");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSubstanceUsePacketCarriesTheNoticeAfterTheCoverAndOnEveryPageFoot() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);

        byte[] pdf = export(ic, ic.caseFile());
        List<String> pages = PdfAssert.pageTexts(pdf);

        assertThat(bookmarks(pdf).get(1)).containsExactly("Notice: 42 CFR Part 2", "2");
        assertThat(pages.get(1)).contains("42 CFR 2.32").contains("Lakeshore Community Health Plan (sample)")
                .contains("November 17, 2027");
        for (String p : pages) {
            assertThat(p).contains("42 CFR Part 2").contains("Nguyễn Thị Ánh");
        }
    }

    @Test
    void aMentalHealthPacketHasNoPart2Notice() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);

        String text = String.join("\n", PdfAssert.pageTexts(export(ic, ic.caseFile())));

        assertThat(text).doesNotContain("42 CFR Part 2");
    }

    @Test
    void aBrokenEnclosureIsNamedAndNoFileIsWrittenOrReplaced() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = withEnclosure(ic.caseFile(), "bad", "Discharge summary", "discharge.pdf",
                "%PDF-1.7 this is not really a pdf".getBytes());
        Path out = dir.resolve("packet.pdf");
        Files.writeString(out, "previous export");

        assertThatThrownBy(() -> new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                .export(out, PacketProgress.NONE))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("“Discharge summary” (discharge.pdf)").hasMessageContaining("not a readable PDF");
        assertThat(Files.readString(out)).isEqualTo("previous export");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).hasSize(1);
        }
    }

    @Test
    void aPasswordProtectedEnclosureIsRefusedWithAClearMessage() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = withEnclosure(ic.caseFile(), "pw", "Lab results", "labs.pdf", PdfAssert.passwordProtectedPdf());
        Path out = dir.resolve("packet.pdf");

        assertThatThrownBy(() -> new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                .export(out, PacketProgress.NONE))
                .hasMessageContaining("“Lab results” (labs.pdf) is password-protected");
        assertThat(out).doesNotExist();
    }

    @Test
    void thePreviewCountsEachPartsPagesAndFlagsABadEnclosureWithoutFailing() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c = withEnclosure(ic.caseFile(), "e1", "Records", "records.pdf", PdfAssert.pdf("R", 4));
        c = withEnclosure(c, "bad", "Broken", "broken.png", new byte[] {1, 2, 3});

        List<PartInfo> parts = new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source)).preview();

        assertThat(parts.get(0).id()).isEqualTo("cover");
        assertThat(parts.get(0).pages()).isEqualTo(1);
        assertThat(parts).filteredOn(p -> p.id().equals("enclosure:e1")).singleElement()
                .satisfies(p -> assertThat(p.pages()).isEqualTo(4));
        assertThat(parts).filteredOn(p -> p.id().equals("enclosure:bad")).singleElement()
                .satisfies(p -> assertThat(p.problem()).get().asString().contains("not a readable picture"));
    }

    @Test
    void excludedAndReorderedPartsFollowTheLayout() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        PacketLayout layout = PacketLayout.standard().withExcluded(GeneratedPart.COVER, true)
                .moved(GeneratedPart.HISTORY, -2);
        CaseFile c = withEnclosure(ic.caseFile(), "e1", "Kept", "kept.pdf", PdfAssert.pdf("KEPT", 1));
        c = withEnclosure(c, "e2", "Left out", "out.pdf", PdfAssert.pdf("OUT", 1));
        c = c.withPacket(c.packet().withLayout(layout).withEnclosure(c.packet().enclosures().get(1).withExcluded(true)));

        byte[] pdf = export(ic, c);

        assertThat(bookmarks(pdf).stream().map(m -> m[0])).containsExactly("Appeal letter",
                "Exhibit A: Treatment history", "Exhibit B: Level-of-care ratings", "Exhibit C: Rebuttal matrix",
                "Exhibit D: Documentation index", "Enclosure 1: Kept");
        assertThat(String.join("", PdfAssert.pageTexts(pdf))).doesNotContain("OUT page");
    }

    @Test
    void rotatedAndOddSizedEnclosurePagesAreKeptWhole() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        byte[] rotated;
        try (PDDocument d = Loader.loadPDF(PdfAssert.pdf("ROTATED", 1))) {
            d.getPage(0).setRotation(90);
            rotated = org.overturn.export.pdf.PdfFiles.bytes(d);
        }
        CaseFile c = withEnclosure(ic.caseFile(), "r", "Scanned form", "form.pdf", rotated);

        List<String> pages = PdfAssert.pageTexts(export(ic, c));

        // Drawn turned as a viewer shows the rotated page, so the text reads sideways; all of it is there.
        assertThat(pages.get(pages.size() - 1).replaceAll("\\s", "")).contains("ROTATEDpage1");
    }
}
