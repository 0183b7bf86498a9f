package org.overturn.export.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.overturn.domain.casefile.CaseFile;

/**
 * The identifiers and "Page X of Y" stamped on every page once all pages exist, merged enclosures
 * included, so a page that falls out of a fax stack can be put back.
 *
 * @param identifiers e.g. "Patient: …", "DOB: …", "Member ID: …", "Auth: …"
 * @param footerNote a short line on every page's foot (the Part 2 notice for substance-use
 *     records), or ""
 */
public record RunningHeader(List<String> identifiers, String footerNote) {

    /**
     * Where and how large the header and footer are drawn. Text shrinks from {@code size} down to
     * {@code minSize} to fit one line, and wraps onto further lines when it still does not fit.
     *
     * @param margin the left and right margin
     * @param top the distance from the page's top to the first header baseline
     * @param bottom the distance from the page's bottom to the page label's baseline
     */
    public record Look(
            float margin,
            float top,
            float bottom,
            float size,
            float minSize,
            float labelSize,
            float footerMinSize) {

        /** The packet and letters: a small header in wide margins. */
        public static final Look PACKET = new Look(54, 32, 28, 8f, 6f, 8.5f, 5.5f);

        public float leading() {
            return minSize * 1.25f;
        }
    }

    public RunningHeader {
        identifiers = identifiers.stream().filter(s -> s != null && !s.isBlank()).toList();
        footerNote = footerNote == null ? "" : footerNote;
    }

    /**
     * The packet's identifiers of a case: patient, date of birth, member ID, claim and
     * authorization numbers.
     */
    public static List<String> identifiersOf(CaseFile c) {
        List<String> out = new ArrayList<>();
        out.add("Patient: " + c.patient().name());
        c.patient()
                .dateOfBirth()
                .ifPresent(
                        d ->
                                out.add(
                                        "DOB: "
                                                + d.format(
                                                        DateTimeFormatter.ofPattern(
                                                                "MM/dd/uuuu"))));
        if (!c.patient().memberId().isEmpty()) {
            out.add("Member ID: " + c.patient().memberId());
        }
        c.currentDenial()
                .ifPresent(
                        d -> {
                            if (!d.claimNumber().isEmpty()) {
                                out.add("Claim: " + d.claimNumber());
                            }
                            if (!d.authorizationNumber().isEmpty()) {
                                out.add("Auth: " + d.authorizationNumber());
                            }
                            if (d.claimNumber().isEmpty()
                                    && d.authorizationNumber().isEmpty()
                                    && !d.referenceNumber().isEmpty()) {
                                out.add("Ref: " + d.referenceNumber());
                            }
                        });
        return out;
    }

    public static String pageLabel(int page, int total) {
        return "Page " + page + " of " + total;
    }

    public void stamp(PDDocument doc, FontSet fonts) throws IOException {
        stamp(doc, fonts, Look.PACKET);
    }

    /** The header's lines and their size on a page of this width. */
    public Lines headerLines(FontSet fonts, float pageWidth, Look look) {
        return fit(
                identifiers,
                "    ",
                Style.SMALL.color(Style.INK),
                fonts,
                pageWidth - 2 * look.margin(),
                look.size(),
                look.minSize());
    }

    /**
     * How far below the page's top the header's rule lies, for a frame that must start below it.
     */
    public float headerDepth(FontSet fonts, float pageWidth, Look look) {
        Lines l = headerLines(fonts, pageWidth, look);
        return look.top() + extra(l) + 5;
    }

    /**
     * The footer note's lines beside the page label, and how far above the page's bottom its rule
     * lies.
     */
    public float footerHeight(FontSet fonts, float pageWidth, Look look, int totalPages) {
        Lines l = footerLines(fonts, pageWidth, look, totalPages);
        return look.bottom() + extra(l) + look.labelSize() + 3.5f;
    }

    private Lines footerLines(FontSet fonts, float pageWidth, Look look, int totalPages) {
        String label = pageLabel(totalPages, totalPages);
        float room =
                pageWidth
                        - 2 * look.margin()
                        - fonts.width(label, FontRole.SANS_BOLD, look.labelSize())
                        - 16;
        if (footerNote.isEmpty()) {
            return new Lines(List.of(), look.size());
        }
        return fit(
                List.of(footerNote.split(" ")),
                " ",
                Style.SMALL,
                fonts,
                room,
                look.size(),
                look.footerMinSize());
    }

    private static float extra(Lines l) {
        return Math.max(0, l.lines().size() - 1) * l.size() * 1.25f;
    }

    /** Lines of text at one size. */
    public record Lines(List<String> lines, float size) {}

    /** Shrinks the parts to fit one line down to {@code min}; then wraps them at that size. */
    private static Lines fit(
            List<String> parts,
            String gap,
            Style st,
            FontSet fonts,
            float room,
            float size,
            float min) {
        String one = String.join(gap, parts);
        float s = size;
        while (s > min && fonts.width(one, st.role(), s) > room) {
            s = Math.max(min, s - 0.25f);
        }
        if (fonts.width(one, st.role(), s) <= room || parts.size() < 2) {
            return new Lines(List.of(one), s);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String p : parts) {
            String candidate = line.length() == 0 ? p : line + gap + p;
            if (line.length() > 0 && fonts.width(candidate, st.role(), s) > room) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(p);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return new Lines(lines, s);
    }

    public void stamp(PDDocument doc, FontSet fonts, Look look) throws IOException {
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            float w = box.getWidth();
            float left = box.getLowerLeftX() + look.margin();
            float right = box.getLowerLeftX() + w - look.margin();
            try (PDPageContentStream cs =
                    new PDPageContentStream(
                            doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                Style st = Style.SMALL.color(Style.INK);
                Lines head = headerLines(fonts, w, look);
                float top = box.getUpperRightY();
                float base = top - look.top();
                for (String line : head.lines()) {
                    PdfBuilder.draw(cs, fonts, left, base, line, st.size(head.size()));
                    base -= head.size() * 1.25f;
                }
                float headRule = top - headerDepth(fonts, w, look);
                cs.setStrokingColor(Style.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, headRule);
                cs.lineTo(right, headRule);
                cs.stroke();
                float bottom = box.getLowerLeftY();
                Lines foot = footerLines(fonts, w, look, total);
                float footRule = bottom + footerHeight(fonts, w, look, total);
                cs.moveTo(left, footRule);
                cs.lineTo(right, footRule);
                cs.stroke();
                String label = pageLabel(n, total);
                Style ps = Style.SANS_BOLD.size(look.labelSize());
                float firstBase = bottom + look.bottom() + extra(foot);
                PdfBuilder.draw(
                        cs,
                        fonts,
                        right - fonts.width(label, ps.role(), ps.size()),
                        firstBase,
                        label,
                        ps);
                float fb = firstBase;
                for (String line : foot.lines()) {
                    PdfBuilder.draw(cs, fonts, left, fb, line, Style.SMALL.size(foot.size()));
                    fb -= foot.size() * 1.25f;
                }
            }
        }
    }
}
