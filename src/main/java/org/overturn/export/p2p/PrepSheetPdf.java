package org.overturn.export.p2p;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.domain.packet.Part2Notice;
import org.overturn.domain.security.Passwords;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.FontSet;
import org.overturn.export.pdf.PageFrame;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import org.overturn.export.pdf.PdfProtection;
import org.overturn.export.pdf.RunningHeader;

/**
 * The peer-to-peer prep sheet as a PDF: one printed page for a typical case, two at most, never
 * below 9 pt. When the case does not fit, the spacing and type tighten first; then whole items are
 * left out from the end of the longest lists, and the sheet says what was left out ("3 more
 * objections in the case"). Every page carries the patient's identifiers and "Page X of Y".
 */
public final class PrepSheetPdf {

    /** The most pages the sheet may take. */
    public static final int MAX_PAGES = 2;

    /**
     * Narrow margins (a sheet held in the hand, not a letter), with the header and footer at 9 pt.
     */
    static final RunningHeader.Look LOOK = new RunningHeader.Look(30, 24, 20, 9f, 9f, 9f, 9f);

    /** 42 CFR 2.32(a)(2), word for word, on the foot of every page of a substance-use sheet. */
    static final String PART2_FOOTER = Part2Notice.STATEMENT_2;

    private static final Wording WORDS = Wording.of("p2p");

    /** When the sheet was made, for sheet.prepared. */
    private static final DateTimeFormatter PREPARED =
            DateTimeFormatter.ofPattern("MMMM d, uuuu, h:mm a", Locale.US);

    private final Function<String, Optional<String>> cite;

    /**
     * @param cite the legal citation of a library entry by its id (e.g. "29 CFR 2590.712(c)(4)")
     */
    public PrepSheetPdf(Function<String, Optional<String>> cite) {
        this.cite = cite;
    }

    /** The finished sheet, its page count and what was left out of each part to fit. */
    public record Result(byte[] bytes, int pages, Map<SheetPart, Integer> leftOut) {
        public Result {
            leftOut = Map.copyOf(leftOut);
        }
    }

    /**
     * @param identifiers the running header's identifiers ({@link RunningHeader#identifiersOf})
     * @param part2Notice the scope of the consent the sheet is disclosed under (42 CFR 2.32(b)),
     *     for substance-use records; the sheet prints it under the regulation's short statement
     */
    public Result render(
            PrepSheet sheet,
            List<String> identifiers,
            Optional<String> part2Notice,
            ZonedDateTime now)
            throws PdfExportException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            RunningHeader header =
                    new RunningHeader(identifiers, part2Notice.isPresent() ? PART2_FOOTER : "");
            float pageW = PDRectangle.LETTER.getWidth();
            PageFrame frame =
                    new PageFrame(
                            PDRectangle.LETTER,
                            LOOK.margin(),
                            LOOK.margin(),
                            header.headerDepth(fonts, pageW, LOOK) + 7,
                            header.footerHeight(fonts, pageW, LOOK, MAX_PAGES) + 6);
            PdfBuilder b = new PdfBuilder(doc, fonts, frame);
            String prepared = WORDS.fill("sheet.prepared", "when", PREPARED.format(now));
            Map<SheetPart, Integer> cut = new EnumMap<>(SheetPart.class);
            Function<SheetDensity, List<Block>> blocks =
                    d ->
                            new SheetBlocks(b, frame.width(), d, cut, cite)
                                    .build(sheet, prepared, part2Notice);
            SheetDensity chosen = choose(blocks, b, frame);
            if (chosen == null) {
                chosen = SheetDensity.tightest();
                while (SheetPages.place(blocks.apply(chosen), b, frame, false) > MAX_PAGES
                        && leaveOut(sheet, cut)) {
                    // one more item left out per round, from the end of the longest part
                }
            }
            int pages = SheetPages.place(blocks.apply(chosen), b, frame, true);
            header.stamp(doc, fonts, LOOK);
            PdfFiles.describe(
                    doc, sheet.title(), "Overturn", WORDS.text("sheet.documentTitle"), now);
            return new Result(PdfFiles.bytes(doc), pages, cut);
        } catch (IOException e) {
            throw new PdfExportException("the prep sheet could not be drawn: " + e.getMessage(), e);
        }
    }

    /** The roomiest density that fits one page, else the roomiest that fits two, else none. */
    private static SheetDensity choose(
            Function<SheetDensity, List<Block>> blocks, PdfBuilder b, PageFrame frame) {
        for (int limit = 1; limit <= MAX_PAGES; limit++) {
            for (SheetDensity d : SheetDensity.LEVELS) {
                if (SheetPages.place(blocks.apply(d), b, frame, false) <= limit) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Leaves out one more item: the last of the list with the most items still shown (keeping one
     * of each), then a sentence of the longer paragraph, then the last items themselves. False when
     * nothing is left to leave out.
     */
    static boolean leaveOut(PrepSheet sheet, Map<SheetPart, Integer> cut) {
        for (int keep : new int[] {1, 0}) {
            for (boolean paragraphs : new boolean[] {false, true}) {
                Optional<SheetPart> longest =
                        Arrays.stream(SheetPart.values())
                                .filter(p -> p.paragraph() == paragraphs)
                                .filter(p -> shown(sheet, cut, p) > keep)
                                .max(
                                        Comparator.comparingInt(
                                                (SheetPart p) -> shown(sheet, cut, p)));
                if (longest.isPresent()) {
                    cut.merge(longest.get(), 1, Integer::sum);
                    return true;
                }
            }
        }
        return false;
    }

    private static int shown(PrepSheet sheet, Map<SheetPart, Integer> cut, SheetPart p) {
        return SheetBlocks.size(sheet, p) - cut.getOrDefault(p, 0);
    }

    /**
     * Renders and writes the sheet through a temp file beside the target; nothing is left behind on
     * failure.
     */
    public Result write(
            PrepSheet sheet,
            List<String> identifiers,
            Optional<String> part2Notice,
            ZonedDateTime now,
            Path target)
            throws PdfExportException {
        return write(sheet, identifiers, part2Notice, now, target, Optional.empty());
    }

    /** As above, protected with the password when one is given (see {@link PdfProtection}). */
    public Result write(
            PrepSheet sheet,
            List<String> identifiers,
            Optional<String> part2Notice,
            ZonedDateTime now,
            Path target,
            Optional<String> password)
            throws PdfExportException {
        PdfFiles.checkWritable(target);
        if (password.isPresent()) {
            Optional<String> problem = Passwords.problem(password.get());
            if (problem.isPresent()) {
                throw new PdfExportException(problem.get());
            }
        }
        Result r = render(sheet, identifiers, part2Notice, now);
        byte[] bytes =
                password.isPresent() ? PdfProtection.protect(r.bytes(), password.get()) : r.bytes();
        PdfFiles.writeAtomically(bytes, target);
        return r;
    }
}
