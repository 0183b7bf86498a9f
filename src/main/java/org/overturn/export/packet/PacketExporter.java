package org.overturn.export.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.readiness.PacketReadiness;
import org.overturn.domain.readiness.Problem;
import org.overturn.domain.security.Passwords;
import org.overturn.export.pdf.Bookmarks;
import org.overturn.export.pdf.EnclosurePages;
import org.overturn.export.pdf.FontSet;
import org.overturn.export.pdf.PageFrame;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import org.overturn.export.pdf.PdfProtection;
import org.overturn.export.pdf.RunningHeader;

/**
 * Draws the appeal packet: cover, the Part 2 notice where the records need it, the letter, the
 * exhibits and the enclosures, with identifiers and "Page X of Y" on every page and a bookmark per
 * part. The drawn parts are laid out twice, once to count pages and once with the page numbers the
 * cover and index print.
 */
public final class PacketExporter {

    static final String PART2_NOTICE = "Notice: 42 CFR Part 2";

    private final PacketInputs in;
    private int lastPages;
    private List<Enclosure> enclosed;

    public PacketExporter(PacketInputs in) {
        this.in = in;
    }

    /**
     * Each part with its page count, for the packet screen before export. Never throws for a bad
     * enclosure.
     */
    public List<PartInfo> preview() {
        PacketContext x = new PacketContext(in);
        List<PartInfo> out = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            Map<String, Integer> counts = layoutCounts(doc, x);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                out.add(
                        new PartInfo(
                                idOf(x, e.getKey()), e.getKey(), e.getValue(), Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (Enclosure e : enclosed()) {
            n++;
            String title = enclosureTitle(n, e);
            try (EnclosurePages p = open(e)) {
                out.add(new PartInfo("enclosure:" + e.id(), title, p.pages(), Optional.empty()));
            } catch (PdfExportException ex) {
                out.add(
                        new PartInfo(
                                "enclosure:" + e.id(), title, 0, Optional.of(ex.getMessage())));
            }
        }
        return out;
    }

    private static String idOf(PacketContext x, String title) {
        if (title.equals(PART2_NOTICE)) {
            return "part2-notice";
        }
        for (GeneratedPart p : GeneratedPart.values()) {
            if (x.exhibitLetters.containsKey(p)
                    || p == GeneratedPart.COVER
                    || p == GeneratedPart.LETTER) {
                if (x.title(p).equals(title)) {
                    return p.id();
                }
            }
        }
        return title;
    }

    /** Whether the case may be exported now, and if not, why: one line per blocking problem. */
    public Optional<String> refusal() {
        List<Problem> problems = readiness();
        return PacketReadiness.blocked(problems)
                ? Optional.of(
                        String.join(
                                "\n",
                                problems.stream()
                                        .filter(Problem::blocks)
                                        .map(Problem::message)
                                        .toList()))
                : Optional.empty();
    }

    /** The readiness check's findings for this packet: blocking problems and warnings. */
    public List<Problem> readiness() {
        return PacketReadiness.check(in.letterInputs());
    }

    /** The finished packet's bytes. */
    public byte[] render(PacketProgress progress) throws PdfExportException {
        List<Problem> problems = readiness();
        if (PacketReadiness.blocked(problems)) {
            throw new PacketNotReadyException(problems);
        }
        PacketContext x = new PacketContext(in);
        List<EnclosurePages> opened = new ArrayList<>();
        try {
            List<Enclosure> encl = enclosed();
            for (int i = 0; i < encl.size(); i++) {
                progress.update(
                        0.05 + 0.25 * i / Math.max(1, encl.size()),
                        "Opening " + encl.get(i).title());
                opened.add(open(encl.get(i)));
            }
            progress.update(0.3, "Laying out the letter and exhibits");
            Map<String, Integer> counts;
            try (PDDocument scratch = new PDDocument()) {
                counts = layoutCounts(scratch, x);
            }
            Map<String, int[]> pages = new LinkedHashMap<>();
            int next = 1;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                pages.put(e.getKey(), new int[] {next, e.getValue()});
                next += e.getValue();
            }
            for (int i = 0; i < encl.size(); i++) {
                pages.put(
                        enclosureTitle(i + 1, encl.get(i)),
                        new int[] {next, opened.get(i).pages()});
                next += opened.get(i).pages();
            }
            x.pages = pages;
            x.totalPages = next - 1;
            lastPages = x.totalPages;
            try (PDDocument doc = new PDDocument()) {
                progress.update(0.45, "Drawing the packet");
                FontSet fonts = new FontSet(doc);
                Map<String, Integer> firsts = draw(doc, fonts, x);
                List<Bookmarks.Mark> marks = new ArrayList<>();
                for (Map.Entry<String, Integer> e : firsts.entrySet()) {
                    marks.add(new Bookmarks.Mark(e.getKey(), e.getValue()));
                }
                for (int i = 0; i < encl.size(); i++) {
                    progress.update(
                            0.55 + 0.25 * i / Math.max(1, encl.size()),
                            "Adding " + encl.get(i).title());
                    marks.add(
                            new Bookmarks.Mark(
                                    enclosureTitle(i + 1, encl.get(i)), doc.getNumberOfPages()));
                    opened.get(i).appendTo(doc, PageFrame.LETTER);
                }
                progress.update(0.85, "Numbering the pages");
                String footer = x.part2.protectedRecords() ? Part2NoticePage.footer() : "";
                new RunningHeader(x.identifiers(), footer).stamp(doc, fonts);
                Bookmarks.write(doc, marks);
                PdfFiles.describe(
                        doc,
                        "Appeal packet: " + x.c.patient().name(),
                        x.c.packet().signer().map(Clinician::signatureName).orElse("Overturn"),
                        x.route.title(x.expedited)
                                + x.denial
                                        .map(
                                                d ->
                                                        d.primaryNumber().isEmpty()
                                                                ? ""
                                                                : " " + d.primaryNumber())
                                        .orElse(""),
                        in.now());
                progress.update(0.9, "Saving");
                byte[] bytes = PdfFiles.bytes(doc);
                progress.update(1.0, "Done");
                return bytes;
            }
        } catch (IOException e) {
            throw new PdfExportException("the packet could not be drawn: " + e.getMessage(), e);
        } finally {
            opened.forEach(EnclosurePages::close);
        }
    }

    /** The page count of the last packet rendered. */
    public int pages() {
        return lastPages;
    }

    /**
     * Renders and writes the packet to {@code target} through a temp file; nothing is left behind
     * on failure.
     */
    public int export(Path target, PacketProgress progress) throws PdfExportException {
        return export(target, progress, Optional.empty());
    }

    /**
     * As {@link #export(Path, PacketProgress)}, protected with the password when one is given
     * (PDF's AES-256 security handler; see {@link PdfProtection}).
     */
    public int export(Path target, PacketProgress progress, Optional<String> password)
            throws PdfExportException {
        PdfFiles.checkWritable(target);
        Optional<String> weak = password.flatMap(Passwords::problem);
        if (weak.isPresent()) {
            throw new PdfExportException(weak.get());
        }
        byte[] bytes = render(progress);
        if (password.isPresent()) {
            bytes = PdfProtection.protect(bytes, password.get());
        }
        PdfFiles.writeAtomically(bytes, target);
        return lastPages;
    }

    private EnclosurePages open(Enclosure e) throws PdfExportException {
        String label = "“" + e.title() + "” (" + e.fileName() + ")";
        byte[] bytes;
        try {
            bytes = in.enclosures().bytes(e);
        } catch (IOException ex) {
            throw new PdfExportException(label + " could not be read: " + ex.getMessage(), ex);
        }
        return EnclosurePages.open(label, e.fileName(), bytes);
    }

    /**
     * What this packet encloses ({@code PacketFacts.packetEnclosures}): a request for external
     * review carries the internal appeal as sent first, when its frozen copy can be read (a case
     * imported without its documents has none, and is exported without it rather than refused).
     */
    private List<Enclosure> enclosed() {
        if (enclosed == null) {
            Optional<Enclosure> sent = in.caseFile().packet().sentInternalAppeal();
            boolean readable = false;
            if (sent.isPresent()) {
                try {
                    in.enclosures().bytes(sent.get());
                    readable = true;
                } catch (IOException | RuntimeException e) {
                    readable = false;
                }
            }
            enclosed =
                    readable
                            ? in.caseFile().packet().packetEnclosures()
                            : in.caseFile().packet().includedEnclosures();
        }
        return enclosed;
    }

    static String enclosureTitle(int n, Enclosure e) {
        return "Enclosure " + n + ": " + e.title();
    }

    /** Page counts of the drawn parts, in order, from a layout in a scratch document. */
    private Map<String, Integer> layoutCounts(PDDocument scratch, PacketContext x)
            throws IOException {
        Map<String, Integer> firsts = draw(scratch, new FontSet(scratch), x);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(firsts.keySet());
        for (int i = 0; i < keys.size(); i++) {
            int end =
                    i + 1 < keys.size() ? firsts.get(keys.get(i + 1)) : scratch.getNumberOfPages();
            counts.put(keys.get(i), end - firsts.get(keys.get(i)));
        }
        return counts;
    }

    /**
     * Draws the generated parts; returns each part's title with its first page (0-based), in order.
     */
    private Map<String, Integer> draw(PDDocument doc, FontSet fonts, PacketContext x)
            throws IOException {
        PdfBuilder b = new PdfBuilder(doc, fonts, PageFrame.LETTER);
        Map<String, Integer> firsts = new LinkedHashMap<>();
        List<GeneratedPart> parts = x.generatedParts();
        List<String> enclosureLines = enclosureLines(x, parts, enclosed());
        boolean noticeDone = false;
        for (GeneratedPart p : parts) {
            if (x.part2.protectedRecords()
                    && x.part2.consent().isPresent()
                    && !noticeDone
                    && p != GeneratedPart.COVER) {
                firsts.put(PART2_NOTICE, doc.getNumberOfPages());
                Part2NoticePage.render(b, x);
                noticeDone = true;
            }
            firsts.put(x.title(p), doc.getNumberOfPages());
            switch (p) {
                case COVER -> CoverSheet.render(b, x);
                case LETTER -> {
                    LetterPages.render(b, x, enclosureLines);
                    if (ContinuationRequestPage.deadline(x).isPresent()) {
                        firsts.put(ContinuationRequestPage.TITLE, doc.getNumberOfPages());
                        ContinuationRequestPage.render(b, x);
                    }
                }
                case SCORES -> Exhibits.scores(b, x);
                case REBUTTAL -> Exhibits.rebuttal(b, x);
                case HISTORY -> Exhibits.history(b, x);
                case CALLS -> Exhibits.calls(b, x);
                case INDEX -> Exhibits.index(b, x);
            }
        }
        if (x.part2.protectedRecords() && x.part2.consent().isPresent() && !noticeDone) {
            firsts.put(PART2_NOTICE, doc.getNumberOfPages());
            Part2NoticePage.render(b, x);
        }
        b.finish();
        return firsts;
    }

    private static List<String> enclosureLines(
            PacketContext x, List<GeneratedPart> parts, List<Enclosure> enclosed) {
        List<String> out = new ArrayList<>();
        for (GeneratedPart p : parts) {
            if (x.exhibitLetters.containsKey(p)) {
                out.add(x.title(p));
            }
        }
        int n = 0;
        for (Enclosure e : enclosed) {
            out.add(enclosureTitle(++n, e));
        }
        return out;
    }
}
