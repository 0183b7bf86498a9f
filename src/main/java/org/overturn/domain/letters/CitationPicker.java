package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.PhsaSibling;

/**
 * Cite or abstain: lets the letter cite a library entry only when it reaches the case's plan type
 * on the case's date, is not unverified, and, for a state entry, belongs to the state the plan is
 * issued in.
 */
@Outgoing
public final class CitationPicker {

    private final CitationLibrary library;
    private final Optional<PlanType> planType;
    private final String state;
    private final LocalDate on;

    public CitationPicker(
            CitationLibrary library, Optional<PlanType> planType, String state, LocalDate on) {
        this.library = library;
        this.planType = planType;
        this.state = state == null ? "" : state.strip();
        this.on = on;
    }

    public boolean usable(String id) {
        Optional<Citation> c = library.find(id);
        if (c.isEmpty() || planType.isEmpty() || !c.get().citableByDefault()) {
            return false;
        }
        Citation e = c.get();
        boolean place = "US".equals(e.jurisdiction()) || e.jurisdiction().equalsIgnoreCase(state);
        return place && e.appliesTo(planType.get(), on);
    }

    /**
     * The usable entries among the ids, in the order given. Each id stands for its family: the
     * entry itself and its {@code id-phsa} sibling, which carries the Public Health Service Act and
     * 45 CFR text of the same rule for the plans ERISA does not reach (individual and non-federal
     * governmental plans). At most one of a family applies.
     */
    public List<String> usable(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            for (String member : List.of(id, PhsaSibling.of(id))) {
                if (usable(member) && !out.contains(member)) {
                    out.add(member);
                }
            }
        }
        return out;
    }

    /**
     * " (29 CFR 2560.503-1(h)(3)(i))" for the usable ids, or "" when none is usable; adds them to
     * {@code used}.
     */
    public String cite(List<String> used, String... ids) {
        // An entry already cited in this part is not repeated.
        List<String> ok = usable(List.of(ids)).stream().filter(i -> !used.contains(i)).toList();
        if (ok.isEmpty()) {
            return "";
        }
        used.addAll(ok.stream().filter(i -> !used.contains(i)).toList());
        return " ("
                + String.join("; ", ok.stream().map(i -> library.get(i).citation()).toList())
                + ")";
    }

    public CitationLibrary library() {
        return library;
    }

    public LocalDate on() {
        return on;
    }
}
