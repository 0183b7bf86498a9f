package org.overturn.export.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * An enclosed document (a PDF or a picture), opened and checked, then placed page by page onto
 * Letter pages inside the packet's margins, so the running header and footer never cover its
 * content. A broken or password-protected file is refused with a message that names it.
 */
public final class EnclosurePages implements Closeable {

    /** The file name endings the packet accepts. */
    public static final List<String> ACCEPTED = List.of("pdf", "png", "jpg", "jpeg", "gif", "bmp");

    private final String label;
    private final PDDocument pdf;
    private final byte[] image;

    private EnclosurePages(String label, PDDocument pdf, byte[] image) {
        this.label = label;
        this.pdf = pdf;
        this.image = image;
    }

    public static boolean accepted(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot >= 0 && ACCEPTED.contains(n.substring(dot + 1));
    }

    /**
     * Opens the bytes as a PDF or an image.
     *
     * @param label how messages name it: the title and file name
     */
    public static EnclosurePages open(String label, String fileName, byte[] bytes)
            throws PdfExportException {
        if (!accepted(fileName)) {
            throw new PdfExportException(
                    label + " is not a PDF or a picture (PNG, JPEG, GIF, BMP)");
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            PDDocument doc;
            try {
                doc = Loader.loadPDF(bytes, "", null, null, STREAM_CACHE);
            } catch (InvalidPasswordException e) {
                throw new PdfExportException(
                        label
                                + " is password-protected; open it, save a copy without the "
                                + "password, and enclose that copy instead",
                        e);
            } catch (IOException | RuntimeException e) {
                throw new PdfExportException(
                        label
                                + " is not a readable PDF ("
                                + firstLine(e)
                                + "); enclose a "
                                + "good copy",
                        e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                throw new PdfExportException(
                        label
                                + " is too large or too deeply nested to read safely; enclose a "
                                + "simpler copy (print it to PDF again)",
                        e);
            }
            if (doc.getNumberOfPages() == 0) {
                closeQuietly(doc);
                throw new PdfExportException(label + " has no pages");
            }
            try {
                PdfLimits.check(label, doc);
            } catch (PdfExportException e) {
                closeQuietly(doc);
                throw e;
            } catch (RuntimeException e) {
                closeQuietly(doc);
                throw new PdfExportException(
                        label
                                + " is not a readable PDF ("
                                + firstLine(e)
                                + "); enclose a "
                                + "good copy",
                        e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                closeQuietly(doc);
                throw new PdfExportException(
                        label
                                + " is too large or too deeply nested to read safely; enclose a "
                                + "simpler copy (print it to PDF again)",
                        e);
            }
            return new EnclosurePages(label, doc, null);
        }
        try {
            ImageIO.setUseCache(false);
            checkPixels(label, bytes);
            BufferedImage probe = ImageIO.read(new ByteArrayInputStream(bytes));
            if (probe == null) {
                throw new IOException("unknown image format");
            }
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException(
                    label
                            + " is not a readable picture ("
                            + firstLine(e)
                            + "); enclose a good "
                            + "copy",
                    e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new PdfExportException(
                    label + " is too large to read safely; enclose a smaller copy", e);
        }
        return new EnclosurePages(label, null, bytes.clone());
    }

    /**
     * Where PDFBox keeps what it makes while an enclosure is read: memory up to 64 MB, then
     * owner-only temporary files up to 512 MB in all, past which reading stops with an error rather
     * than filling the memory or the disk.
     */
    private static final RandomAccessStreamCache.StreamCacheCreateFunction STREAM_CACHE =
            MemoryUsageSetting.setupMixed(64L * 1024 * 1024, 512L * 1024 * 1024).streamCache;

    /**
     * A scanned page at 600 dpi is about 35 million pixels; far beyond that is a mistake or a
     * decompression bomb.
     */
    static final long MAX_PIXELS = 100_000_000L;

    /**
     * Reads the picture's size from its header alone and refuses one too large to decode in memory.
     */
    private static void checkPixels(String label, byte[] bytes)
            throws IOException, PdfExportException {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("unknown image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > MAX_PIXELS) {
                    throw new PdfExportException(
                            label
                                    + " is too large a picture ("
                                    + w
                                    + " × "
                                    + h
                                    + " pixels); "
                                    + "enclose a copy scanned at a lower resolution");
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public int pages() {
        return pdf == null ? 1 : pdf.getNumberOfPages();
    }

    /** Adds this enclosure's pages to the end of the target document. */
    public void appendTo(PDDocument target, PageFrame frame) throws PdfExportException {
        try {
            if (pdf == null) {
                PDImageXObject img = PDImageXObject.createFromByteArray(target, image, "enclosure");
                PDPage page = new PDPage(frame.size());
                target.addPage(page);
                Area a = area(frame);
                float s = Math.min(a.w / img.getWidth(), a.h / img.getHeight());
                float w = img.getWidth() * s;
                float h = img.getHeight() * s;
                try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
                    cs.drawImage(img, a.x + (a.w - w) / 2, a.y + (a.h - h), w, h);
                }
                return;
            }
            LayerUtility layers = new LayerUtility(target);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage src = pdf.getPage(i);
                int rotation = ((src.getRotation() % 360) + 360) % 360;
                src.setRotation(0);
                PDFormXObject form = layers.importPageAsForm(pdf, i);
                PDRectangle view = src.getCropBox() != null ? src.getCropBox() : src.getMediaBox();
                place(target, frame, form, view.getWidth(), view.getHeight(), rotation);
            }
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException(
                    label + " could not be added to the packet (" + firstLine(e) + ")", e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new PdfExportException(
                    label
                            + " is too large or too deeply nested to add safely; enclose a "
                            + "simpler copy",
                    e);
        }
    }

    private record Area(float x, float y, float w, float h) {}

    /** The space between the running header and footer, a little inside the page's sides. */
    private static Area area(PageFrame frame) {
        float x = 40;
        float y = 48;
        return new Area(x, y, frame.size().getWidth() - 2 * x, frame.size().getHeight() - y - 46);
    }

    private static void place(
            PDDocument target,
            PageFrame frame,
            PDFormXObject form,
            float vw,
            float vh,
            int rotation)
            throws IOException {
        PDPage page = new PDPage(frame.size());
        target.addPage(page);
        Area a = area(frame);
        boolean sideways = rotation == 90 || rotation == 270;
        float rw = sideways ? vh : vw;
        float rh = sideways ? vw : vh;
        float s = Math.min(a.w / rw, a.h / rh);
        float ox = a.x + (a.w - rw * s) / 2;
        float oy = a.y + (a.h - rh * s);
        try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
            cs.saveGraphicsState();
            cs.transform(new Matrix(s, 0, 0, s, ox, oy));
            switch (rotation) {
                case 90 -> cs.transform(new Matrix(0, -1, 1, 0, 0, vw));
                case 180 -> cs.transform(new Matrix(-1, 0, 0, -1, vw, vh));
                case 270 -> cs.transform(new Matrix(0, 1, -1, 0, vh, 0));
                default -> {}
            }
            cs.addRect(0, 0, vw, vh);
            cs.clip();
            cs.drawForm(form);
            cs.restoreGraphicsState();
            cs.setStrokingColor(Style.RULE);
            cs.setLineWidth(0.5f);
            cs.addRect(ox, oy, rw * s, rh * s);
            cs.stroke();
        }
    }

    @Override
    public void close() {
        closeQuietly(pdf);
    }

    private static void closeQuietly(PDDocument d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // closing a read-only source; nothing to save
            }
        }
    }
}
