package org.overturn.export.p2p;

import java.util.List;

/**
 * How tightly the sheet is set: type sizes and spacing. The sheet tries each level in order until
 * the case fits; no level sets any text below {@link #MIN_SIZE}.
 *
 * @param body the running text
 * @param heading the section headings
 * @param ask the ask, the largest text on the sheet
 * @param title the patient line at the top
 * @param leading line height as a multiple of the type size
 * @param gap space before a section heading
 * @param pad space above and below a row
 */
record SheetDensity(
        float body, float heading, float ask, float title, float leading, float gap, float pad) {

    /** The smallest type the sheet prints: a clinician reads it at arm's length during a call. */
    static final float MIN_SIZE = 9f;

    static final List<SheetDensity> LEVELS =
            List.of(
                    new SheetDensity(10.5f, 10.5f, 14f, 15f, 1.24f, 10f, 2.6f),
                    new SheetDensity(10f, 10f, 13.5f, 14f, 1.2f, 8.5f, 2.2f),
                    new SheetDensity(9.5f, 10f, 13f, 14f, 1.17f, 7f, 1.8f),
                    new SheetDensity(9f, 9.5f, 12f, 13f, 1.15f, 5.5f, 1.5f),
                    new SheetDensity(9f, 9f, 11f, 12f, 1.12f, 4f, 1.2f),
                    new SheetDensity(9f, 9f, 11f, 11f, 1.08f, 3f, 0.8f));

    SheetDensity {
        if (body < MIN_SIZE || heading < MIN_SIZE || ask < MIN_SIZE || title < MIN_SIZE) {
            throw new IllegalArgumentException(
                    "the prep sheet never prints below " + MIN_SIZE + " pt");
        }
    }

    static SheetDensity tightest() {
        return LEVELS.get(LEVELS.size() - 1);
    }
}
