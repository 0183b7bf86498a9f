package org.overturn.export.p2p;

import java.util.List;
import org.overturn.export.pdf.PageFrame;
import org.overturn.export.pdf.PdfBuilder;

/**
 * Lays blocks down the pages of the sheet, either to count the pages or to draw them. A heading is
 * kept with the start of what follows it; a block moves to the next page whole unless it is taller
 * than a page.
 */
final class SheetPages {

    private SheetPages() {}

    /** The number of pages the blocks take; draws them when {@code draw} is true. */
    static int place(List<Block> blocks, PdfBuilder b, PageFrame frame, boolean draw) {
        float top = frame.topY();
        float bottom = frame.bottomY();
        float full = top - bottom;
        int pages = 1;
        float y = top;
        if (draw) {
            b.newPage();
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block k = blocks.get(i);
            float before = y == top ? 0 : k.spaceBefore;
            float need = before + k.height();
            if (k.keepWithNext && i + 1 < blocks.size()) {
                Block next = blocks.get(i + 1);
                need += next.spaceBefore + next.headHeight();
            }
            if (y - need < bottom && y < top && need - before <= full) {
                pages++;
                y = top;
                before = 0;
                if (draw) {
                    b.newPage();
                }
            }
            y -= before;
            int from = 0;
            int n = k.lines();
            while (from < n) {
                float pt = from == 0 ? k.padTop : 0;
                int fit = (int) Math.floor((y - bottom - pt - k.padBottom) / k.lineHeight);
                if (fit < 1 && y < top) {
                    pages++;
                    y = top;
                    if (draw) {
                        b.newPage();
                    }
                    continue;
                }
                int to = Math.min(n, from + Math.max(1, fit));
                float h = pt + (to - from) * k.lineHeight + (to == n ? k.padBottom : 0);
                if (draw) {
                    k.draw(b, frame.left(), frame.width(), y, from, to);
                }
                y -= h;
                from = to;
                if (from < n) {
                    pages++;
                    y = top;
                    if (draw) {
                        b.newPage();
                    }
                }
            }
        }
        if (draw) {
            b.finish();
        }
        return pages;
    }
}
