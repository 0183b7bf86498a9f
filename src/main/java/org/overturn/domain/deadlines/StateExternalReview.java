package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A state's own window for asking for external review of a state-regulated plan's final denial, where the state
 * runs its own process. Only insured, individual and (where the state extends its law to them) state and local
 * government plans use it; self-funded employer plans always use the federal process. Each window cites its
 * library entry; a window not confirmed at its source is never given as a date.
 *
 * @param months the window in months, or 0 when it is counted in days
 * @param days the window in days, or 0 when it is counted in months
 * @param confirmed whether the window was read in the state's own statute, regulation or regulator's page
 */
public record StateExternalReview(String state, String name, int months, int days, String countsFrom,
                                  String citationId, boolean confirmed, String note) {

    /** The states the app knows, in the order of the issue that asked for them. */
    static final List<StateExternalReview> KNOWN = List.of();

    public static Optional<StateExternalReview> of(String state) {
        return KNOWN.stream().filter(s -> s.state().equalsIgnoreCase(state)).findFirst();
    }

    public static List<StateExternalReview> known() {
        return KNOWN;
    }

    /** The window in words: "6 months", "180 days". */
    public String window() {
        return months > 0 ? months + " months" : days + " days";
    }

    /** The last day to file, counted from the final internal denial. */
    public LocalDate due(LocalDate finalDenial) {
        return months > 0 ? DeadlineMath.monthsLaterClamped(finalDenial, months) : finalDenial.plusDays(days);
    }

    /** Whether the state's window is the federal floor of 4 months, so no second date is worth showing. */
    public boolean sameAsFederal() {
        return months == 4 && days == 0;
    }
}
