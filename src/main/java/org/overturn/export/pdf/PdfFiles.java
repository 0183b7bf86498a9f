package org.overturn.export.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.overturn.export.AtomicFile;

/**
 * Saving: the document information, then a temp file beside the target moved into place, never half
 * a file.
 */
public final class PdfFiles {

    private PdfFiles() {}

    /**
     * Title, author, subject and dates in the Info dictionary and an XMP packet, plus an sRGB
     * output intent.
     */
    public static void describe(
            PDDocument doc, String title, String author, String subject, ZonedDateTime now)
            throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("Overturn");
        info.setProducer("Overturn (Apache PDFBox)");
        Calendar cal = GregorianCalendar.from(now);
        info.setCreationDate(cal);
        info.setModificationDate(cal);
        String date = now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String xmp =
                "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                        + "<dc:format>application/pdf</dc:format>\n"
                        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                        + xml(title)
                        + "</rdf:li></rdf:Alt></dc:title>\n"
                        + "<dc:creator><rdf:Seq><rdf:li>"
                        + xml(author)
                        + "</rdf:li></rdf:Seq></dc:creator>\n"
                        + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                        + xml(subject)
                        + "</rdf:li></rdf:Alt></dc:description>\n"
                        + "<xmp:CreateDate>"
                        + date
                        + "</xmp:CreateDate><xmp:ModifyDate>"
                        + date
                        + "</xmp:ModifyDate>\n"
                        + "<xmp:CreatorTool>Overturn</xmp:CreatorTool><pdf:Producer>Overturn (Apache PDFBox)</pdf:Producer>\n"
                        + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata meta =
                new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        doc.getDocumentCatalog().setMetadata(meta);
        PDOutputIntent intent =
                new PDOutputIntent(
                        doc,
                        new ByteArrayInputStream(
                                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Refuses early, with a message, a target whose folder is missing or unwritable, or that is a
     * folder, a link, a device or a pipe.
     */
    public static void checkWritable(Path target) throws PdfExportException {
        Optional<String> problem = AtomicFile.problem(target);
        if (problem.isPresent()) {
            throw new PdfExportException("cannot write " + target + ": " + problem.get());
        }
    }

    /** The document's bytes (for a frozen copy or a page count). */
    public static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * Writes the bytes to a temp file beside the target and moves it into place; a failure leaves
     * no file.
     */
    public static void writeAtomically(byte[] bytes, Path target) throws PdfExportException {
        checkWritable(target);
        try {
            AtomicFile.write(bytes, target);
        } catch (AccessDeniedException e) {
            throw new PdfExportException("cannot write " + target + ": permission denied", e);
        } catch (IOException e) {
            throw new PdfExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
