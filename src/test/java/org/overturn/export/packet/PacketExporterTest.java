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
import org.overturn.domain.packet.Part2Notice;
import org.overturn.domain.security.Checksums;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import org.overturn.persistence.json.ImportedCase;

class PacketExporterTest {

    @TempDir Path dir;

    private final PacketFixtures.MemorySource source = new PacketFixtures.MemorySource();

    private CaseFile withEnclosure(CaseFile c, String id, String title, String file, byte[] bytes) {
        source.bytes.put(id, bytes);
        Enclosure e =
                new Enclosure(
                        id,
                        title,
                        file,
                        0,
                        false,
                        Checksums.sha256(bytes),
                        bytes.length,
                        Optional.empty());
        return c.withPacket(c.packet().withEnclosureAdded(e));
    }

    private byte[] export(ImportedCase ic, CaseFile c) throws Exception {
        Path out = dir.resolve("packet.pdf");
        new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                .export(out, PacketProgress.NONE);
        return Files.readAllBytes(out);
    }

    private static List<String[]> bookmarks(byte[] pdf) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                PDPageDestination d = (PDPageDestination) i.getDestination();
                out.add(
                        new String[] {
                            i.getTitle(), String.valueOf(doc.getPages().indexOf(d.getPage()) + 1)
                        });
            }
        }
        return out;
    }

    @Test
    void thePartsComeInOrderWithABookmarkEachAndEnclosuresMergedAfterTheExhibits()
            throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c =
                withEnclosure(
                        ic.caseFile(),
                        "e1",
                        "Denial letter",
                        "denial.pdf",
                        PdfAssert.pdf("DENIAL", 2));
        c = withEnclosure(c, "e2", "Letter of support", "support.png", PdfAssert.png(600, 800));

        byte[] pdf = export(ic, c);
        List<String> pages = PdfAssert.pageTexts(pdf);
        List<String[]> marks = bookmarks(pdf);

        assertThat(marks.stream().map(m -> m[0]))
                .containsExactly(
                        "Fax cover sheet",
                        "Appeal letter",
                        "Exhibit A: Level-of-care ratings",
                        "Exhibit B: Rebuttal matrix",
                        "Exhibit C: Treatment history",
                        "Exhibit D: Documentation index",
                        "Enclosure 1: Denial letter",
                        "Enclosure 2: Letter of support");
        assertThat(pages.get(0)).contains("FAX").contains("(916) 555-0148");
        int letter = Integer.parseInt(marks.get(1)[1]);
        assertThat(pages.get(letter - 1)).contains("Dear Reviewer:");
        int enclosure = Integer.parseInt(marks.get(6)[1]);
        assertThat(pages.get(enclosure - 1)).contains("DENIAL page 1");
        assertThat(pages.get(enclosure)).contains("DENIAL page 2");
        assertThat(Integer.parseInt(marks.get(7)[1])).isEqualTo(pages.size());
        for (int i = 1; i < marks.size(); i++) {
            assertThat(Integer.parseInt(marks.get(i)[1]))
                    .isGreaterThan(Integer.parseInt(marks.get(i - 1)[1]));
        }
    }

    @Test
    void everyPageCarriesTheIdentifiersAndItsPageNumberOverTheWholePacket() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c =
                withEnclosure(
                        ic.caseFile(), "e1", "Records", "records.pdf", PdfAssert.pdf("RECORDS", 3));

        List<String> pages = PdfAssert.pageTexts(export(ic, c));

        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .as("page %d", i + 1)
                    .contains("Daniela Reyes-Whitford")
                    .contains("04/17/1991")
                    .contains("CMH-448120377")
                    .contains("AUTH-77310452")
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
            CitationPicker picker =
                    new CitationPicker(
                            PacketFixtures.library(),
                            c.plan().planType(),
                            c.plan().issuedState(),
                            c.currentDenial().orElseThrow().effectiveDate().orElseThrow());

            Matcher m = Pattern.compile("• (.+?): ").matcher(authorities);
            List<String> listed = new ArrayList<>();
            while (m.find()) {
                listed.add(m.group(1).strip());
            }
            assertThat(listed).as(sample).isNotEmpty();
            for (String cited : listed) {
                Citation entry =
                        PacketFixtures.library().all().stream()
                                .filter(e -> e.citation().equals(cited))
                                .findFirst()
                                .orElseThrow(
                                        () -> new AssertionError(cited + " is not in the library"));
                assertThat(picker.usable(entry.id())).as(sample + ": " + entry.id()).isTrue();
            }
            for (Citation e : PacketFixtures.library().all()) {
                boolean partOfListed = listed.stream().anyMatch(l -> l.contains(e.citation()));
                if (text.contains(e.citation())
                        && !partOfListed
                        && !e.id().equals("part2-redisclosure-notice")) {
                    assertThat(listed)
                            .as(sample + " prints " + e.id() + " without listing it")
                            .contains(e.citation());
                }
            }
        }
    }

    @Test
    void aSubstanceUseCaseWithoutConsentIsRefusedWithWhatIsMissingAndWritesNothing()
            throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);
        CaseFile c = ic.caseFile().withPacket(ic.caseFile().packet().withConsents(List.of()));
        Path out = dir.resolve("packet.pdf");

        assertThatThrownBy(
                        () ->
                                new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                                        .export(out, PacketProgress.NONE))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("42 CFR Part 2")
                .hasMessageContaining("no patient consent");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSubstanceUsePacketCarriesTheNoticeAfterTheCoverAndOnEveryPageFoot() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);

        byte[] pdf = export(ic, ic.caseFile());
        List<String> pages = PdfAssert.pageTexts(pdf);

        assertThat(bookmarks(pdf).get(1)).containsExactly("Notice: 42 CFR Part 2", "2");
        assertThat(pages.get(1))
                .contains("Lakeshore Community Health Plan (sample)")
                .contains("November 17, 2027");
        for (String p : pages) {
            assertThat(p).contains("Nguyễn Thị Ánh");
            assertThat(footer(p))
                    .as("the foot of every page is 42 CFR 2.32(a)(2) word for word")
                    .isEqualTo(
                            "42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
        }
    }

    /** The page's text from the short statement on, which the running footer prints on one line. */
    private static String footer(String page) {
        String flat = page.replaceAll("\\s+", " ");
        int at = flat.indexOf("42 CFR part 2 prohibits");
        assertThat(at).as("footer present").isNotNegative();
        String rest = flat.substring(at);
        return rest.substring(0, rest.indexOf("records.") + "records.".length());
    }

    @Test
    void theNoticePageCarriesStatement1WordForWordTheWholeConsentScopeAndNoLibrarySource()
            throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.SUD);

        String notice =
                PdfAssert.pageTexts(export(ic, ic.caseFile())).get(1).replaceAll("\\s+", " ");

        String statement1 =
                "This record which has been disclosed to you is protected by Federal confidentiality "
                        + "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony "
                        + "that describes the information contained in this record, in any civil, criminal, administrative, "
                        + "or legislative proceedings by any Federal, State, or local authority, against the patient, unless "
                        + "authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as "
                        + "authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules "
                        + "prohibit you from making any other use or disclosure of this record unless at least one of the "
                        + "following applies: (i) Further use or disclosure is expressly permitted by the written consent of "
                        + "the individual whose information is being disclosed in this record or as otherwise permitted by "
                        + "42 CFR part 2. (ii) You are a covered entity or business associate and have received the record "
                        + "for treatment, payment, or health care operations, or (iii) You have received the record from a "
                        + "covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general "
                        + "authorization for the release of medical or other information is NOT sufficient to meet the "
                        + "required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).";
        assertThat(Part2Notice.STATEMENT_1.replace('\n', ' ')).isEqualTo(statement1);
        assertThat(notice).contains(statement1);
        assertThat(notice)
                .contains("Patient Nguyễn Thị Ánh")
                .contains("Disclosed to Lakeshore Community Health Plan")
                .contains("Purpose")
                .contains(
                        "Information Intake assessment, ASAM ratings, diagnoses, treatment history and risk assessment")
                .contains("Expires")
                .contains("Signed")
                .contains("Right to revoke " + Part2Notice.RIGHT_TO_REVOKE)
                .contains("Not revoked as of");
        assertThat(notice)
                .doesNotContain("Source:")
                .doesNotContain("The app prints")
                .doesNotContain(
                        PacketFixtures.library()
                                .get("part2-redisclosure-notice")
                                .summary()
                                .substring(0, 40));
    }

    @Test
    void aMentalHealthPacketHasNoPart2Notice() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);

        String text = String.join("\n", PdfAssert.pageTexts(export(ic, ic.caseFile())));

        assertThat(text).doesNotContain("42 CFR Part 2");
    }

    @Test
    void theTreatmentHistoryExhibitPlacesEachEpisodeAgainstTheCareUnderReview() throws Exception {
        ImportedCase sud = PacketFixtures.sample(PacketFixtures.SUD);
        String text =
                String.join("\n", PdfAssert.pageTexts(export(sud, sud.caseFile())))
                        .replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Against this care")
                .contains("Residential treatment Higher level")
                .contains("Outpatient therapy Lower level")
                .doesNotContain("settings below IOP show");

        ImportedCase mh = PacketFixtures.sample(PacketFixtures.MH);
        String mhText =
                String.join("\n", PdfAssert.pageTexts(export(mh, mh.caseFile())))
                        .replaceAll("\\s+", " ");
        assertThat(mhText).contains("Intensive outpatient (IOP) This episode");
    }

    @Test
    void aBrokenEnclosureIsNamedAndNoFileIsWrittenOrReplaced() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c =
                withEnclosure(
                        ic.caseFile(),
                        "bad",
                        "Discharge summary",
                        "discharge.pdf",
                        "%PDF-1.7 this is not really a pdf".getBytes());
        Path out = dir.resolve("packet.pdf");
        Files.writeString(out, "previous export");

        assertThatThrownBy(
                        () ->
                                new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                                        .export(out, PacketProgress.NONE))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("“Discharge summary” (discharge.pdf)")
                .hasMessageContaining("not a readable PDF");
        assertThat(Files.readString(out)).isEqualTo("previous export");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).hasSize(1);
        }
    }

    @Test
    void aPasswordProtectedEnclosureIsRefusedWithAClearMessage() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c =
                withEnclosure(
                        ic.caseFile(),
                        "pw",
                        "Lab results",
                        "labs.pdf",
                        PdfAssert.passwordProtectedPdf());
        Path out = dir.resolve("packet.pdf");

        assertThatThrownBy(
                        () ->
                                new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source))
                                        .export(out, PacketProgress.NONE))
                .hasMessageContaining("“Lab results” (labs.pdf) is password-protected");
        assertThat(out).doesNotExist();
    }

    @Test
    void thePreviewCountsEachPartsPagesAndFlagsABadEnclosureWithoutFailing() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        CaseFile c =
                withEnclosure(ic.caseFile(), "e1", "Records", "records.pdf", PdfAssert.pdf("R", 4));
        c = withEnclosure(c, "bad", "Broken", "broken.png", new byte[] {1, 2, 3});

        List<PartInfo> parts =
                new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source)).preview();

        assertThat(parts.get(0).id()).isEqualTo("cover");
        assertThat(parts.get(0).pages()).isEqualTo(1);
        assertThat(parts)
                .filteredOn(p -> p.id().equals("enclosure:e1"))
                .singleElement()
                .satisfies(p -> assertThat(p.pages()).isEqualTo(4));
        assertThat(parts)
                .filteredOn(p -> p.id().equals("enclosure:bad"))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.problem())
                                        .get()
                                        .asString()
                                        .contains("not a readable picture"));
    }

    @Test
    void excludedAndReorderedPartsFollowTheLayout() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        PacketLayout layout =
                PacketLayout.standard()
                        .withExcluded(GeneratedPart.COVER, true)
                        .moved(GeneratedPart.HISTORY, -2);
        CaseFile c =
                withEnclosure(ic.caseFile(), "e1", "Kept", "kept.pdf", PdfAssert.pdf("KEPT", 1));
        c = withEnclosure(c, "e2", "Left out", "out.pdf", PdfAssert.pdf("OUT", 1));
        c =
                c.withPacket(
                        c.packet()
                                .withLayout(layout)
                                .withEnclosure(c.packet().enclosures().get(1).withExcluded(true)));

        byte[] pdf = export(ic, c);

        assertThat(bookmarks(pdf).stream().map(m -> m[0]))
                .containsExactly(
                        "Appeal letter",
                        "Exhibit A: Treatment history",
                        "Exhibit B: Level-of-care ratings",
                        "Exhibit C: Rebuttal matrix",
                        "Exhibit D: Documentation index",
                        "Enclosure 1: Kept");
        assertThat(String.join("", PdfAssert.pageTexts(pdf))).doesNotContain("OUT page");
    }

    @Test
    void rotatedAndOddSizedEnclosurePagesAreKeptWhole() throws Exception {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        byte[] rotated;
        try (PDDocument d = Loader.loadPDF(PdfAssert.pdf("ROTATED", 1))) {
            d.getPage(0).setRotation(90);
            rotated = PdfFiles.bytes(d);
        }
        CaseFile c = withEnclosure(ic.caseFile(), "r", "Scanned form", "form.pdf", rotated);

        List<String> pages = PdfAssert.pageTexts(export(ic, c));

        // Drawn turned as a viewer shows the rotated page, so the text reads sideways; all of it is
        // there.
        assertThat(pages.get(pages.size() - 1).replaceAll("\\s", "")).contains("ROTATEDpage1");
    }
}
