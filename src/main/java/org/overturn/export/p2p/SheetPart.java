package org.overturn.export.p2p;

/**
 * The parts of the sheet that can lose items from their end when the case does not fit two pages.
 */
public enum SheetPart {
    DIMENSIONS("dimension", "dimensions"),
    LOWER_LEVELS("lower level of care", "lower levels of care"),
    OBJECTIONS("objection", "objections"),
    QUESTIONS("question", "questions"),
    LAW("law point", "law points"),
    DEADLINES("deadline", "deadlines"),
    SUMMARY("sentence of the summary", "sentences of the summary"),
    RISK("sentence of the risk", "sentences of the risk");

    private final String one;
    private final String many;

    SheetPart(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** What the sheet prints where items were left out: "3 more objections in the case". */
    public String leftOut(int n) {
        return n + " more " + (n == 1 ? one : many) + " in the case";
    }

    boolean paragraph() {
        return this == SUMMARY || this == RISK;
    }
}
