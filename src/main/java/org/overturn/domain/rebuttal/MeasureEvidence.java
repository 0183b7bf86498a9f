package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * A measure on file (CIWA-Ar, PHQ-9, …) as the rebuttal needs it, handed over as plain values so
 * this package does not depend on the scoring code. How an answer cites it is in the wording file
 * {@code rebuttal}.
 *
 * @param measureId the measure's id ("ciwa-ar")
 * @param label its display name ("CIWA-Ar")
 * @param result the score and band in plain words ("6, mild or minimal (0–7)"), or the category for
 *     C-SSRS
 * @param note the clinician's note on the entry, may be empty
 */
public record MeasureEvidence(
        String measureId, String label, LocalDate date, String result, String note) {

    private static final Wording WORDS = Wording.of("rebuttal");

    public MeasureEvidence {
        measureId = Text.require(measureId, "measure id");
        label = Text.require(label, "measure label");
        if (date == null) {
            throw new IllegalArgumentException(label + ": date is required");
        }
        result = Text.require(result, label + " result");
        note = Text.clean(note);
    }

    /** "CIWA-Ar 6, mild or minimal (0–7), on 2026-11-17 (seen mid-morning)". */
    public String phrase() {
        return note.isEmpty()
                ? WORDS.fill("measure.entry", "measure", label, "result", result, "date", date)
                : WORDS.fill(
                        "measure.entryWithNote",
                        "measure",
                        label,
                        "result",
                        result,
                        "date",
                        date,
                        "note",
                        stripFinalStop(note));
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
