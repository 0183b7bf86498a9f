package org.overturn.domain.citations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.cases.PlanType;

/** The app's own versioned list of citable authorities. Output cites only entries found here. */
public final class CitationLibrary {

    private final String version;
    private final Map<String, Citation> byId = new LinkedHashMap<>();

    public CitationLibrary(String version, Collection<Citation> entries) {
        this.version = version;
        for (Citation c : entries) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("citation id " + c.id() + " appears twice");
            }
        }
    }

    public String version() {
        return version;
    }

    public List<Citation> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Citation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Citation get(String id) {
        return find(id).orElseThrow(
                        () -> new IllegalArgumentException("no citation with id " + id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * The entry to cite for the plan on the day: the id's own entry when it reaches the plan, else
     * its {@link PhsaSibling} when that does, else none. Whether it may be printed unprompted is
     * the caller's check.
     */
    public Optional<Citation> forPlan(String id, PlanType planType, LocalDate on) {
        Optional<Citation> own = find(id).filter(c -> c.appliesTo(planType, on));
        return own.isPresent()
                ? own
                : find(PhsaSibling.of(id)).filter(c -> c.appliesTo(planType, on));
    }

    /**
     * Entries that reach the plan type on the day and may be printed without the clinician choosing
     * them.
     */
    public List<Citation> applicable(PlanType planType, LocalDate on) {
        return byId.values().stream()
                .filter(c -> c.appliesTo(planType, on) && c.citableByDefault())
                .toList();
    }
}
