package org.overturn.export.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The identifiers and "Page X of Y" stamped on every page once all pages exist, merged enclosures included, so a
 * page that falls out of a fax stack can be put back.
 *
 * @param identifiers e.g. "Patient: …", "DOB: …", "Member ID: …", "Auth: …"
 * @param footerNote a short line on every page's foot (the Part 2 notice for substance-use records), or ""
 */
public record RunningHeader(List<String> identifiers, String footerNote) {

    public RunningHeader {
        identifiers = identifiers.stream().filter(s -> s != null && !s.isBlank()).toList();
        footerNote = footerNote == null ? "" : footerNote;
    }

    public static String pageLabel(int page, int total) {
        return "Page " + page + " of " + total;
    }

    public void stamp(PDDocument doc, FontSet fonts) throws IOException {
        int total = doc.getNumberOfPages();
        String head = String.join("    ", identifiers);
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            float w = box.getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float margin = 54;
                Style st = Style.SMALL.color(Style.INK);
                float size = st.size();
                while (size > 6f && fonts.width(head, st.role(), size) > w - 2 * margin) {
                    size -= 0.25f;
                }
                float top = box.getUpperRightY();
                PdfBuilder.draw(cs, fonts, box.getLowerLeftX() + margin, top - 32, head, st.size(size));
                cs.setStrokingColor(Style.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(box.getLowerLeftX() + margin, top - 37);
                cs.lineTo(box.getLowerLeftX() + w - margin, top - 37);
                cs.stroke();
                float bottom = box.getLowerLeftY();
                cs.moveTo(box.getLowerLeftX() + margin, bottom + 40);
                cs.lineTo(box.getLowerLeftX() + w - margin, bottom + 40);
                cs.stroke();
                String label = pageLabel(n, total);
                Style ps = Style.SANS_BOLD.size(8.5f);
                PdfBuilder.draw(cs, fonts, box.getLowerLeftX() + w - margin - fonts.width(label, ps.role(), ps.size()),
                        bottom + 28, label, ps);
                if (!footerNote.isEmpty()) {
                    Style fs = Style.SMALL;
                    float fsz = fs.size();
                    float room = w - 2 * margin - fonts.width(label, ps.role(), ps.size()) - 16;
                    while (fsz > 5.5f && fonts.width(footerNote, fs.role(), fsz) > room) {
                        fsz -= 0.25f;
                    }
                    PdfBuilder.draw(cs, fonts, box.getLowerLeftX() + margin, bottom + 28, footerNote, fs.size(fsz));
                }
            }
        }
    }
}
