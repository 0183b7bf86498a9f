package org.overturn.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Small PDFs, written byte by byte, that are hard to read: a few kilobytes each (issue 13, item
 * 13).
 */
final class BombPdfs {

    private static final String CATALOG = "<< /Type /Catalog /Pages 2 0 R >>";
    private static final String PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    private static final String HELLO = "BT /F1 24 Tf 72 700 Td (Hello enclosure) Tj ET";

    private BombPdfs() {}

    static byte[] deflate(byte[] in) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            o.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return o.toByteArray();
    }

    private static byte[] stream(String dict, byte[] data) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(
                ("<< /Length " + data.length + (dict.isEmpty() ? "" : " " + dict) + " >>\nstream\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        o.writeBytes(data);
        o.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return o.toByteArray();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Objects 1..n in order, with a classic cross-reference table. */
    static byte[] pdf(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text("%PDF-1.7\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(text((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(text("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder sb =
                new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(text(sb.toString()));
        return out.toByteArray();
    }

    private static String page(String extra) {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >>"
                + extra
                + " >>";
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /** A sound one-page PDF that says "Hello enclosure". */
    static byte[] hello() {
        return pdf(
                List.of(
                        text(CATALOG),
                        text(PAGES),
                        text(page("")),
                        stream("", text(HELLO)),
                        text(FONT)));
    }

    /**
     * One megabyte of spaces, compressed to about a kilobyte, listed {@code copies} times as the
     * page's content: the page reads as {@code copies} megabytes.
     */
    static byte[] inflatingContents(int copies) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        String refs = "[" + "6 0 R ".repeat(copies) + "]";
        return pdf(
                List.of(
                        text(CATALOG),
                        text(PAGES),
                        text(page("").replace("/Contents 4 0 R", "/Contents " + refs)),
                        stream("", text(HELLO)),
                        text(FONT),
                        stream("/Filter /FlateDecode", deflate(spaces))));
    }

    /** A page whose content is {@code depth} nested lists, compressed to under a kilobyte. */
    static byte[] deepContent(int depth) {
        byte[] deep = text(HELLO + "\n" + "[".repeat(depth) + "]".repeat(depth) + " pop\n");
        return pdf(
                List.of(
                        text(CATALOG),
                        text(PAGES),
                        text(page("")),
                        stream("/Filter /FlateDecode", deflate(deep)),
                        text(FONT)));
    }

    /**
     * A page that draws a picture whose dictionary claims {@code w} by {@code h} pixels (its data
     * is tiny).
     */
    static byte[] hugeImage(int w, int h) {
        String draw = "q 100 0 0 100 72 600 cm /Im1 Do Q";
        return pdf(
                List.of(
                        text(CATALOG),
                        text(PAGES),
                        text(
                                page("").replace(
                                                "/Resources << /Font << /F1 5 0 R >> >>",
                                                "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >>")),
                        stream("", text(draw)),
                        text(FONT),
                        stream(
                                "/Type /XObject /Subtype /Image /Width "
                                        + w
                                        + " /Height "
                                        + h
                                        + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                                deflate(new byte[3000]))));
    }

    /**
     * The page object, inside a compressed object stream, holds lists nested {@code depth} deep:
     * the file is a few kilobytes, and the page can't be read (a reader that skips what it can't
     * read shows a blank page).
     */
    static byte[] deepPageObject(int depth) {
        String pageObject = page(" /Extra " + "[".repeat(depth) + "]".repeat(depth));
        String prefix = "3 0 ";
        byte[] objStm = deflate(text(prefix + pageObject));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text("%PDF-1.7\n"));
        int[] offsets = new int[7];
        List<byte[]> plain = List.of(text(CATALOG), text(PAGES));
        for (int i = 0; i < plain.size(); i++) {
            offsets[i + 1] = out.size();
            out.writeBytes(text((i + 1) + " 0 obj\n"));
            out.writeBytes(plain.get(i));
            out.writeBytes(text("\nendobj\n"));
        }
        offsets[4] = out.size();
        out.writeBytes(text("4 0 obj\n"));
        out.writeBytes(stream("", text(HELLO)));
        out.writeBytes(text("\nendobj\n"));
        offsets[5] = out.size();
        out.writeBytes(text("5 0 obj\n" + FONT + "\nendobj\n"));
        int objStmNumber = 6;
        offsets[6] = out.size();
        out.writeBytes(text("6 0 obj\n"));
        out.writeBytes(
                stream(
                        "/Type /ObjStm /N 1 /First " + prefix.length() + " /Filter /FlateDecode",
                        objStm));
        out.writeBytes(text("\nendobj\n"));
        int xrefAt = out.size();
        ByteBuffer entries = ByteBuffer.allocate(8 * 7);
        for (int i = 0; i < 8; i++) {
            if (i == 0) {
                entries.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
            } else if (i == 3) {
                entries.put((byte) 2).putInt(objStmNumber).putShort((short) 0);
            } else if (i == 7) {
                entries.put((byte) 1).putInt(xrefAt).putShort((short) 0);
            } else {
                entries.put((byte) 1).putInt(offsets[i]).putShort((short) 0);
            }
        }
        out.writeBytes(text("7 0 obj\n"));
        out.writeBytes(
                stream(
                        "/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R",
                        Arrays.copyOf(entries.array(), 7 * 8)));
        out.writeBytes(text("\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n"));
        return out.toByteArray();
    }
}
