package org.overturn.export.p2p;

import org.overturn.domain.wording.Wording;

/**
 * The parts of the sheet that can lose items from their end when the case does not fit two pages.
 */
public enum SheetPart {
    DIMENSIONS,
    LOWER_LEVELS,
    OBJECTIONS,
    QUESTIONS,
    LAW,
    DEADLINES,
    SUMMARY,
    RISK;

    /** The prefix of the keys naming what was left out: leftOut.OBJECTIONS.many etc. */
    private static final String LEFT_OUT = "leftOut.";

    /**
     * What the sheet prints where items were left out: "3 more objections in the case". The names
     * of the items are the wording file's leftOut.PART.one and leftOut.PART.many.
     */
    public String leftOut(int n) {
        Wording words = Wording.of("p2p");
        String items = words.text(LEFT_OUT + name() + (n == 1 ? ".one" : ".many"));
        return words.fill("sheet.leftOut", "count", n, "items", items);
    }

    boolean paragraph() {
        return this == SUMMARY || this == RISK;
    }
}
