package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.wording.Wording;

/**
 * A state's own window for asking for external review of a state-regulated plan's final denial,
 * where the state runs its own process. Only insured, individual and (where the state extends its
 * law to them) state and local government plans use it; self-funded employer plans always use the
 * federal process. Each window cites its library entry; a window not confirmed at its source is
 * never given as a date.
 *
 * @param months the window in months, or 0 when it is counted in days
 * @param days the window in days, or 0 when it is counted in months
 * @param confirmed whether the window was read in the state's own statute, regulation or
 *     regulator's page
 */
public record StateExternalReview(
        String state,
        String name,
        int months,
        int days,
        String countsFrom,
        String citationId,
        boolean confirmed,
        String note) {

    private static final Wording WORDS = Wording.of("deadlines-states");
    private static final String STATE = "states.";

    /**
     * The states the app knows, in the order of the issue that asked for them. Each entry's source
     * is in its note and in its library entry; a window confirmed at 4 months, or not confirmed,
     * has no entry and an empty id. Each state's name, the day its window counts from and its note
     * are in the wording file {@code deadlines-states}.
     */
    static final List<StateExternalReview> KNOWN =
            List.of(
                    // dmhc.ca.gov (IMR application page) and insurance.ca.gov (CDI IMR booklet):
                    // both read.
                    known("CA", 6, 0, "state-ca-imr-6-months", true),
                    // 215 ILCS 180/35(a), read at the General Assembly's site.
                    known("IL", 4, 0, "", true),
                    // dfs.ny.gov (File an External Appeal) read; Insurance Law 4914(b)(1) read in
                    // copies of the statute.
                    known("NY", 4, 0, "", true),
                    // No Texas statute or rule with a window was read; the two tdi.texas.gov pages
                    // read give none.
                    known("TX", 4, 0, "", false),
                    // WAC 284-43-3150(5), read at the Legislature's site.
                    known("WA", 0, 180, "state-wa-ext-review-180-days", true),
                    // ORS 743B.255(1), read in a copy of the statute; dfr.oregon.gov read.
                    known("OR", 0, 180, "state-or-ext-review-180-days", true),
                    // pa.gov (Request a Review If Your Health Insurance Denied a Treatment...)
                    // read.
                    known("PA", 4, 0, "", true),
                    // No Florida statute, rule or regulator page with a window was read.
                    known("FL", 4, 0, "", false));

    /** A known state's entry, its words read from the wording file. */
    private static StateExternalReview known(
            String state, int months, int days, String citationId, boolean confirmed) {
        String key = STATE + state;
        return new StateExternalReview(
                state,
                WORDS.text(key + ".name"),
                months,
                days,
                WORDS.text(key + ".countsFrom"),
                citationId,
                confirmed,
                WORDS.text(key + ".note"));
    }

    public static Optional<StateExternalReview> of(String state) {
        return KNOWN.stream().filter(s -> s.state().equalsIgnoreCase(state)).findFirst();
    }

    public static List<StateExternalReview> known() {
        return KNOWN;
    }

    /** The window in words: "6 months", "180 days". */
    public String window() {
        return months > 0
                ? WORDS.fill("window.months", "months", months)
                : WORDS.fill("window.days", "days", days);
    }

    /** The last day to file, counted from the final internal denial. */
    public LocalDate due(LocalDate finalDenial) {
        return months > 0
                ? DeadlineMath.monthsLaterClamped(finalDenial, months)
                : finalDenial.plusDays(days);
    }

    /**
     * Whether the state's window is the federal floor of 4 months, so no second date is worth
     * showing.
     */
    public boolean sameAsFederal() {
        return months == 4 && days == 0;
    }
}
