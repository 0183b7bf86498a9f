package org.overturn.export.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading exported PDFs back in tests, and making enclosures to feed the export. */
public final class PdfAssert {

    private PdfAssert() {}

    /** The text of each page, in order. */
    public static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    /**
     * One glyph as drawn, in points from the page's bottom left: where its baseline starts, its
     * advance and its font size.
     */
    public record Glyph(String text, float x, float baseline, float width, float size) {

        /**
         * True when the two glyphs' boxes (baseline to 0.7 of the size above, less a small
         * tolerance) overlap: two pieces of text drawn over each other.
         */
        public boolean overlaps(Glyph o) {
            float tol = 0.3f;
            boolean across = x + width - tol > o.x && o.x + o.width - tol > x;
            boolean down =
                    baseline + size * 0.7f - tol > o.baseline
                            && o.baseline + o.size * 0.7f - tol > baseline;
            return across && down && !text.isBlank() && !o.text.isBlank();
        }
    }

    /** Every glyph of one page (1-based), as PDFBox reads it back. */
    public static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float height = doc.getPage(page - 1).getMediaBox().getHeight();
            PDFTextStripper s =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions) {
                            for (TextPosition p : positions) {
                                out.add(
                                        new Glyph(
                                                p.getUnicode(),
                                                p.getXDirAdj(),
                                                height - p.getYDirAdj(),
                                                p.getWidthDirAdj(),
                                                p.getFontSizeInPt()));
                            }
                        }
                    };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
        }
        return out;
    }

    /**
     * The glyphs of the page that reach outside its margins (left, right, top, bottom, in points),
     * and those drawn over another glyph: empty when the text stays on the page and apart.
     */
    public static List<String> misplacedText(
            byte[] pdf, int page, float left, float right, float top, float bottom)
            throws IOException {
        List<Glyph> gs = glyphs(pdf, page);
        PDRectangle box;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            box = doc.getPage(page - 1).getMediaBox();
        }
        float eps = 0.01f;
        List<String> out = new ArrayList<>();
        for (Glyph g : gs) {
            if (g.x() < left - eps
                    || g.x() + g.width() > box.getWidth() - right + eps
                    || g.baseline() < bottom - eps
                    || g.baseline() + g.size() * 0.7f > box.getHeight() - top + eps) {
                out.add("outside the margins: " + g);
            }
        }
        for (int i = 0; i < gs.size(); i++) {
            for (int j = i + 1; j < gs.size(); j++) {
                if (gs.get(i).overlaps(gs.get(j))) {
                    out.add("drawn over each other: " + gs.get(i) + " and " + gs.get(j));
                }
            }
        }
        return out;
    }

    /** Every font used on every page (and in its forms), with whether it is embedded. */
    public static List<String> notEmbeddedFonts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage p : doc.getPages()) {
                collect(p.getResources(), out, 0);
            }
        }
        return out;
    }

    public static int fontCount(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage p : doc.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void collect(PDResources res, List<String> out, int depth) throws IOException {
        if (res == null || depth > 5) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            if (!f.isEmbedded()) {
                out.add(f.getName());
            }
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out, depth + 1);
            }
        }
    }

    /** A PDF of {@code pages} pages, each saying "label page N", in an embedded font. */
    public static byte[] pdf(String label, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            PdfBuilder b = new PdfBuilder(doc, fonts, PageFrame.LETTER);
            for (int i = 1; i <= pages; i++) {
                b.newPage();
                b.paragraphs(label + " page " + i, Style.BODY);
            }
            b.finish();
            return PdfFiles.bytes(doc);
        }
    }

    public static byte[] passwordProtectedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            PdfBuilder b = new PdfBuilder(doc, fonts, PageFrame.LETTER);
            b.newPage();
            b.paragraphs("secret", Style.BODY);
            b.finish();
            doc.protect(
                    new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.drawRect(10, 10, w - 20, h - 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
