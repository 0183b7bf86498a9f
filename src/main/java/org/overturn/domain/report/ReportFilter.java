package org.overturn.domain.report;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.LevelOfCare;

/**
 * Which denials the patterns by payer count: denied from and to a day (inclusive), at one level of
 * care. A case counts by its first denial's date and its current level; a denial by its own.
 */
public record ReportFilter(
        Optional<LocalDate> from, Optional<LocalDate> to, Optional<LevelOfCare> level) {

    public ReportFilter {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        level = level == null ? Optional.empty() : level;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException(
                    "the end of the period ("
                            + to.get()
                            + ") is before its start ("
                            + from.get()
                            + ")");
        }
    }

    public static ReportFilter all() {
        return new ReportFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
