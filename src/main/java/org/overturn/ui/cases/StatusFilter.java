package org.overturn.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.ui.common.Messages;

/** The status filter of the Cases screen: all cases, open ones, or one status. */
public record StatusFilter(String label, Optional<CaseStatus> status, boolean openOnly) {

    public static final StatusFilter ALL =
            new StatusFilter(Messages.get("cases.filter.all"), Optional.empty(), false);
    public static final StatusFilter OPEN =
            new StatusFilter(Messages.get("cases.filter.open"), Optional.empty(), true);

    public static List<StatusFilter> choices() {
        List<StatusFilter> out = new ArrayList<>(List.of(ALL, OPEN));
        for (CaseStatus s : CaseStatus.values()) {
            out.add(new StatusFilter(Messages.label(s), Optional.of(s), false));
        }
        return out;
    }

    public boolean accepts(CaseStatus s) {
        if (openOnly) {
            return s.isOpen();
        }
        return status.map(x -> x == s).orElse(true);
    }

    @Override
    public String toString() {
        return label;
    }

    // Written out rather than generated: a record's generated equals is linked through
    // invokedynamic on its first call, which the status filter's combo box makes while the first
    // window is built (issue 15).
    @Override
    public boolean equals(Object o) {
        return o instanceof StatusFilter f
                && label.equals(f.label)
                && status.equals(f.status)
                && openOnly == f.openOnly;
    }

    @Override
    public int hashCode() {
        return (label.hashCode() * 31 + status.hashCode()) * 31 + Boolean.hashCode(openOnly);
    }
}
