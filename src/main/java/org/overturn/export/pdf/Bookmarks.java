package org.overturn.export.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * One bookmark per part, each opening the part's first page; the viewer opens with the bookmarks
 * shown.
 */
public final class Bookmarks {

    /** A part's title and its first page (0-based). */
    public record Mark(String title, int firstPage) {}

    private Bookmarks() {}

    public static void write(PDDocument doc, List<Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Mark m : marks) {
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(doc.getPage(m.firstPage()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}
