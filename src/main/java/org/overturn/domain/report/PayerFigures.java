package org.overturn.domain.report;

import java.util.Locale;
import java.util.Optional;

/**
 * A payer's figures as words and numbers, the same on the command line, the Payers screen and the
 * PDF report.
 */
public final class PayerFigures {

    private PayerFigures() {}

    /** The name a payer is listed by: its own, or "(no payer recorded)". */
    public static String name(PayerPatterns p) {
        return p.payer().isEmpty() ? PayerCsv.NO_PAYER : p.payer();
    }

    /** A share as a whole percentage ("67%"), when there is one. */
    public static Optional<String> percent(Optional<Double> share) {
        return share.map(r -> String.format(Locale.ROOT, "%d%%", Math.round(r * 100)));
    }

    /** A number of days: whole when it is whole ("12"), else to one decimal ("12.5"). */
    public static Optional<String> days(Optional<Double> days) {
        return days.map(
                d ->
                        d == Math.rint(d)
                                ? String.valueOf(d.longValue())
                                : String.format(Locale.ROOT, "%.1f", d));
    }
}
