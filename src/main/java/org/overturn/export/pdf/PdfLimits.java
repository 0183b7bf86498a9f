package org.overturn.export.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an enclosed PDF must keep to before any page of it is copied into a packet. Everything its
 * pages reach is walked once, without recursion: a part the file lists but that does not read is
 * refused (a reader would skip it and show a blank page), as are streams that decode to more than
 * {@link #MAX_DECODED_BYTES} together (counted while decoding, which stops at the limit, so a few
 * kilobytes that inflate to gigabytes cost a fraction of a second), page content nested deeper than
 * {@link #MAX_NESTING}, and pictures over {@link EnclosurePages#MAX_PIXELS} pixels (sized from
 * their dictionary; pictures are never decoded here).
 */
final class PdfLimits {

    /**
     * All the text, drawing and font streams of a thousand-page record come to a few tens of
     * megabytes.
     */
    static final long MAX_DECODED_BYTES = 200L * 1024 * 1024;

    /**
     * Page content nests lists and dictionaries a few levels deep (a TJ array in a marked-content
     * dictionary).
     */
    static final int MAX_NESTING = 100;

    private static final int MAX_OBJECTS = 2_000_000;
    private static final Set<String> PICTURE_CODECS =
            Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF");

    private final String label;
    private final Set<COSObjectKey> listed;
    private final Map<COSStream, Long> decoded = new IdentityHashMap<>();
    private long total;

    private PdfLimits(String label, PDDocument doc) {
        this.label = label;
        this.listed = doc.getDocument().getXrefTable().keySet();
    }

    /** Refuses the enclosure, naming it, when it breaks a limit above. */
    static void check(String label, PDDocument doc) throws PdfExportException {
        new PdfLimits(label, doc)
                .walk(doc.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
    }

    private static final class TooMuch extends IOException {
        private static final long serialVersionUID = 1L;

        TooMuch(String message) {
            super(message);
        }
    }

    private void walk(COSBase pages) throws PdfExportException {
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(pages == null ? COSNull.NULL : pages);
        try {
            while (!todo.isEmpty()) {
                COSBase item = todo.pop();
                if (item instanceof COSObject ref) {
                    COSBase target = ref.getObject();
                    if ((target == null || target instanceof COSNull)
                            && listed.contains(ref.getKey())) {
                        throw new PdfExportException(
                                label
                                        + " does not read whole (its part "
                                        + ref.getKey().getNumber()
                                        + " is damaged or nested too deeply); enclose a good copy (print it to PDF again)");
                    }
                    item = target;
                }
                if (item == null || !seen.add(item)) {
                    continue;
                }
                if (seen.size() > MAX_OBJECTS) {
                    throw new PdfExportException(
                            label
                                    + " has more than "
                                    + MAX_OBJECTS
                                    + " parts; enclose a simpler "
                                    + "copy (print it to PDF again)");
                }
                if (item instanceof COSDictionary dict) {
                    if (dict instanceof COSStream stream) {
                        stream(stream, false);
                    }
                    if (COSName.PAGE.equals(dict.getCOSName(COSName.TYPE))) {
                        contents(dict.getItem(COSName.CONTENTS));
                    }
                    for (COSBase v : dict.getValues()) {
                        todo.push(v);
                    }
                } else if (item instanceof COSArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        todo.push(array.get(i));
                    }
                }
            }
        } catch (TooMuch e) {
            throw new PdfExportException(
                    label
                            + " "
                            + e.getMessage()
                            + "; enclose a simpler copy (print it to PDF "
                            + "again)",
                    e);
        } catch (IOException e) {
            throw new PdfExportException(
                    label + " does not read whole (" + e.getMessage() + "); enclose a good copy",
                    e);
        }
    }

    /**
     * A page's content streams, counted as often as the page lists them: they are read one after
     * another.
     */
    private void contents(COSBase contents) throws IOException {
        COSBase c = contents instanceof COSObject o ? o.getObject() : contents;
        List<COSBase> parts = new ArrayList<>();
        if (c instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                parts.add(array.getObject(i));
            }
        } else {
            parts.add(c);
        }
        for (COSBase part : parts) {
            if (part instanceof COSStream s) {
                Long size = decoded.get(s);
                if (size == null) {
                    stream(s, true);
                } else {
                    add(size);
                }
            }
        }
    }

    private void add(long bytes) throws TooMuch {
        total += bytes;
        if (total > MAX_DECODED_BYTES) {
            throw new TooMuch(
                    "would take more than "
                            + MAX_DECODED_BYTES / (1024 * 1024)
                            + " MB to read (a few "
                            + "kilobytes that inflate, as a decompression bomb does)");
        }
    }

    /**
     * Counts what the stream decodes to (once, however often it is used); {@code content} when it
     * is drawing instructions, whose nesting is followed too.
     */
    private void stream(COSStream s, boolean content) throws IOException {
        if (decoded.containsKey(s)) {
            return;
        }
        if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
            long w = s.getLong(COSName.WIDTH, s.getLong(COSName.W, 0));
            long h = s.getLong(COSName.HEIGHT, s.getLong(COSName.H, 0));
            if (w * h > EnclosurePages.MAX_PIXELS || w < 0 || h < 0) {
                throw new TooMuch("holds too large a picture (" + w + " × " + h + " pixels)");
            }
            decoded.put(s, 0L);
            return;
        }
        List<String> filters = filters(s);
        if (filters.stream().anyMatch(PICTURE_CODECS::contains)) {
            decoded.put(s, 0L);
            return;
        }
        Counter counter =
                new Counter(content || COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE)));
        try (InputStream raw = s.createRawInputStream()) {
            decode(raw, filters, s, counter);
        } catch (TooMuch e) {
            throw e;
        } catch (IOException e) {
            if (counter.content) {
                throw e;
            }
            // A font or profile that does not decode is PDFBox's to handle when it draws; only its
            // size counts here.
        }
        decoded.put(s, counter.count);
        add(counter.count);
    }

    private static List<String> filters(COSStream s) {
        COSBase f = s.getFilters();
        List<String> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n.getName());
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n.getName());
                }
            }
        }
        return out;
    }

    /**
     * Decodes through every filter but the last into memory (each capped at the limit), the last
     * into the counter.
     */
    private void decode(InputStream raw, List<String> filters, COSStream s, Counter counter)
            throws IOException {
        InputStream in = raw;
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filters.get(i)));
            if (i == filters.size() - 1) {
                filter.decode(in, counter, s, i);
                return;
            }
            Capped stage = new Capped(MAX_DECODED_BYTES - total);
            filter.decode(in, stage, s, i);
            in = new ByteArrayInputStream(stage.toByteArray());
        }
        in.transferTo(counter);
    }

    /** Memory for one filter's output, refused beyond what is left of the limit. */
    private final class Capped extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long cap;

        Capped(long cap) {
            this.cap = cap;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes.size() + (long) len > cap) {
                add(MAX_DECODED_BYTES + 1);
            }
            bytes.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /**
     * Counts decoded bytes, stopping at what is left of the limit, and follows how deeply page
     * content nests lists and dictionaries (outside strings, comments and inline pictures).
     */
    private final class Counter extends OutputStream {
        private final boolean content;
        private long count;
        private int depth;
        private int parens;
        private boolean escaped;
        private boolean comment;
        private int lastByte = ' ';
        private final StringBuilder word = new StringBuilder();
        private boolean inlineImage;
        private int eiState;

        Counter(boolean content) {
            this.content = content;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (total + count > MAX_DECODED_BYTES) {
                add(count);
            }
            if (content) {
                for (int i = off; i < off + len; i++) {
                    scan(b[i] & 0xFF);
                }
            }
        }

        private void scan(int c) throws TooMuch {
            if (inlineImage) {
                // Binary picture data runs until whitespace, "EI", whitespace.
                eiState =
                        switch (eiState) {
                            case 0 -> white(c) ? 1 : 0;
                            case 1 -> c == 'E' ? 2 : white(c) ? 1 : 0;
                            case 2 -> c == 'I' ? 3 : white(c) ? 1 : 0;
                            default -> white(c) ? 4 : 0;
                        };
                if (eiState == 4) {
                    inlineImage = false;
                    eiState = 0;
                }
                lastByte = c;
                return;
            }
            if (comment) {
                comment = c != '\n' && c != '\r';
                return;
            }
            if (parens > 0) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '(') {
                    parens++;
                } else if (c == ')') {
                    parens--;
                }
                return;
            }
            boolean regular = !white(c) && "()<>[]{}/%".indexOf(c) < 0;
            if (regular) {
                word.append((char) c);
            } else {
                if (word.length() == 2 && word.charAt(0) == 'I' && word.charAt(1) == 'D') {
                    inlineImage = true;
                    eiState = white(c) ? 1 : 0;
                    word.setLength(0);
                    return;
                }
                word.setLength(0);
            }
            switch (c) {
                case '%' -> comment = true;
                case '(' -> parens = 1;
                case '[' -> deeper();
                case ']', '>' -> {
                    if (c == ']' || lastByte == '>') {
                        depth = Math.max(0, depth - 1);
                        c = c == '>' ? ' ' : c;
                    }
                }
                case '<' -> {
                    if (lastByte == '<') {
                        deeper();
                        c = ' ';
                    }
                }
                default -> {}
            }
            lastByte = c;
        }

        private void deeper() throws TooMuch {
            if (++depth > MAX_NESTING) {
                throw new TooMuch(
                        "has lists nested more than "
                                + MAX_NESTING
                                + " deep in its page content, which no "
                                + "document needs (a reader would show a blank page)");
            }
        }

        private boolean white(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
        }
    }
}
