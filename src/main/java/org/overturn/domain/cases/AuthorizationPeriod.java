package org.overturn.domain.cases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A span of care the insurer approved: first and last covered day, units, and when it is reviewed
 * next.
 */
public record AuthorizationPeriod(
        String id,
        LocalDate firstDay,
        LocalDate lastDay,
        Optional<Integer> units,
        Optional<LocalDate> nextReviewDate) {

    public AuthorizationPeriod {
        id = Text.require(id, "authorization period id");
        if (firstDay == null || lastDay == null) {
            throw new IllegalArgumentException("first and last covered day are required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "last covered day " + lastDay + " is before the first " + firstDay);
        }
        units = Text.opt(units);
        units.ifPresent(
                u -> {
                    if (u < 0) {
                        throw new IllegalArgumentException("authorized units cannot be negative");
                    }
                });
        nextReviewDate = Text.opt(nextReviewDate);
    }

    public static AuthorizationPeriod of(LocalDate first, LocalDate last) {
        return new AuthorizationPeriod(
                UUID.randomUUID().toString(), first, last, Optional.empty(), Optional.empty());
    }
}
