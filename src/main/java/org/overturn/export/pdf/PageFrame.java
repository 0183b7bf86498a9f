package org.overturn.export.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page and its margins. The top and bottom margins leave room for the running header and footer
 * that every page of a packet carries, enclosures included.
 */
public record PageFrame(PDRectangle size, float left, float right, float top, float bottom) {

    /** US Letter with one-inch sides, room for the running header and footer. */
    public static final PageFrame LETTER = new PageFrame(PDRectangle.LETTER, 72, 72, 64, 58);

    public float width() {
        return size.getWidth() - left - right;
    }

    public float topY() {
        return size.getHeight() - top;
    }

    public float bottomY() {
        return bottom;
    }
}
