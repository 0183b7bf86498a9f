package org.overturn.domain.scoring.measures;

import org.overturn.domain.cases.HasId;

/**
 * The other measures recorded in the Clinical picture (reference §4), as numbers only: the app
 * never shows their item text. {@code itemCount} is the number of items when the measure can be
 * entered item by item, else 0. Licence notes marked unverified in the reference say so.
 */
public enum Measure implements HasId {
    PHQ_9("phq-9", "PHQ-9", 0, 27, 9, "Public domain."),
    GAD_7("gad-7", "GAD-7", 0, 21, 7, "Public domain."),
    C_SSRS(
            "c-ssrs-screener",
            "C-SSRS screener",
            0,
            0,
            0,
            "Free for clinical use; copyright Research Foundation for Mental Hygiene (unverified: check before relying on it)."),
    AUDIT(
            "audit",
            "AUDIT",
            0,
            40,
            10,
            "WHO; free to use (unverified wording: check before relying on it)."),
    DAST_10(
            "dast-10",
            "DAST-10",
            0,
            10,
            0,
            "Copyright H. Skinner 1982; licence terms unverified: check before use."),
    CIWA_AR("ciwa-ar", "CIWA-Ar", 0, 67, 0, "Public domain."),
    COWS(
            "cows",
            "COWS",
            0,
            48,
            0,
            "Widely treated as free to use (unverified: check before relying on it)."),
    WHODAS_2(
            "whodas-2",
            "WHODAS 2.0",
            0,
            180,
            0,
            "Copyright WHO; DSM-5 permission for clinicians to use with their own patients (unverified)."),
    GAF(
            "gaf",
            "GAF",
            0,
            100,
            0,
            "Copyright APA: the number only; no band descriptions are shown. Dropped from DSM-5.");

    private final String id;
    private final String label;
    private final int min;
    private final int max;
    private final int itemCount;
    private final String licenceNote;

    Measure(String id, String label, int min, int max, int itemCount, String licenceNote) {
        this.id = id;
        this.label = label;
        this.min = min;
        this.max = max;
        this.itemCount = itemCount;
        this.licenceNote = licenceNote;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Total score range (WHODAS depends on the scoring method; see {@link WhodasScoring}). */
    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int itemCount() {
        return itemCount;
    }

    public String licenceNote() {
        return licenceNote;
    }
}
