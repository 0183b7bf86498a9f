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
        return find(id).orElseThrow(() -> new IllegalArgumentException("no citation with id " + id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Entries that reach the plan type on the day and may be printed without the clinician choosing them. */
    public List<Citation> applicable(PlanType planType, LocalDate on) {
        return byId.values().stream().filter(c -> c.appliesTo(planType, on) && c.citableByDefault()).toList();
    }
}
