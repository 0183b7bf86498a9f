package org.overturn.export.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Issue 13, item 13: a picture that would take gigabytes to decode is refused by its size, before decoding. */
class EnclosureBombTest {

    /** A PNG of a few dozen bytes whose header claims {@code w} by {@code h} pixels. */
    static byte[] pngClaiming(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8);  // bit depth
        d.writeByte(2);  // RGB
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
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

    @Test
    void aPictureOfFortyFiveThousandPixelsSquareIsRefusedByItsSizeBeforeDecoding() throws Exception {
        byte[] bomb = pngClaiming(45_000, 45_000);

        assertThatThrownBy(() -> EnclosurePages.open("Scan (scan.png)", "scan.png", bomb))
                .isInstanceOf(PdfExportException.class)
                .hasMessageContaining("Scan (scan.png)")
                .hasMessageContaining("45000 × 45000 pixels");
    }
}
