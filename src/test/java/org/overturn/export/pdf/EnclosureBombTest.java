package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 13: an enclosure that would take gigabytes to decode, or can't be read whole, is
 * refused with a reason before any of it is decoded or added; never a blank page in a packet. The
 * bombs are made here, a few kilobytes each.
 */
class EnclosureBombTest {

    /** A PNG of a few dozen bytes whose header claims {@code w} by {@code h} pixels. */
    static byte[] pngClaiming(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8); // bit depth
        d.writeByte(2); // RGB
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
            throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /**
     * Opens the PDF as an enclosure and adds its pages to a new document, as a packet export does.
     */
    private static String appended(byte[] pdf) throws Exception {
        try (EnclosurePages e = EnclosurePages.open("Records (records.pdf)", "records.pdf", pdf);
                PDDocument target = new PDDocument()) {
            e.appendTo(target, PageFrame.LETTER);
            return new PDFTextStripper().getText(target).strip();
        }
    }

    @Test
    void aSoundPdfEnclosureIsAddedWithItsText() throws Exception {
        assertThat(appended(BombPdfs.hello())).isEqualTo("Hello enclosure");
    }

    @Test
    void aFewKilobytesOfPdfThatInflateToThreeHundredMegabytesAreRefusedBeforeTheyAreDecoded() {
        byte[] bomb = BombPdfs.inflatingContents(300);
        assertThat(bomb.length).isLessThan(8 * 1024);
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> appended(bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Records (records.pdf)")
                .hasMessageContaining("200 MB");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to refuse").isLessThan(10_000);
    }

    @Test
    void listsNestedTwoHundredThousandDeepInAPageAreRefusedNeverAddedAsABlankPage() {
        byte[] bomb = BombPdfs.deepContent(200_000);
        assertThat(bomb.length).isLessThan(8 * 1024);

        assertThatThrownBy(() -> appended(bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Records (records.pdf)")
                .hasMessageContaining("nested");
    }

    @Test
    void aPageObjectThatCanNotBeReadIsRefusedNeverAddedAsABlankPage() {
        byte[] bomb = BombPdfs.deepPageObject(200_000);
        assertThat(bomb.length).isLessThan(8 * 1024);

        assertThatThrownBy(() -> appended(bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Records (records.pdf)")
                .hasMessageContaining("does not read");
    }

    @Test
    void aPictureInsideAPdfClaimingFortyFiveThousandPixelsSquareIsRefusedByItsSize() {
        byte[] bomb = BombPdfs.hugeImage(45_000, 45_000);

        assertThatThrownBy(() -> appended(bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Records (records.pdf)")
                .hasMessageContaining("45000 × 45000");
    }

    @Test
    void aPictureOfFortyFiveThousandPixelsSquareIsRefusedByItsSizeBeforeDecoding()
            throws Exception {
        byte[] bomb = pngClaiming(45_000, 45_000);

        assertThatThrownBy(() -> EnclosurePages.open("Scan (scan.png)", "scan.png", bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Scan (scan.png)")
                .hasMessageContaining("45000 × 45000 pixels");
    }
}
