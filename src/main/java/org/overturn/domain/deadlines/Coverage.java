package org.overturn.domain.deadlines;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * What the case records about the care the plan approved and the care it refused, which the
 * continuation and coverage-end rules read.
 *
 * @param authorizedFrom the first day of the approved care (over every authorization period)
 * @param authorizedThrough the last day of the approved care
 * @param firstDayRefused the first day of the care the denial refuses (the denial's first day
 *     requested)
 * @param issuedState the two-letter state the plan is issued in, or "" (state external review
 *     windows)
 */
public record Coverage(
        Optional<LocalDate> authorizedFrom,
        Optional<LocalDate> authorizedThrough,
        Optional<LocalDate> firstDayRefused,
        String issuedState) {

    public Coverage {
        authorizedFrom = Text.opt(authorizedFrom);
        authorizedThrough = Text.opt(authorizedThrough);
        firstDayRefused = Text.opt(firstDayRefused);
        issuedState = Text.clean(issuedState).toUpperCase(Locale.ROOT);
        if (authorizedFrom.isPresent()
                && authorizedThrough.isPresent()
                && authorizedThrough.get().isBefore(authorizedFrom.get())) {
            throw new IllegalArgumentException(
                    "the authorization ends ("
                            + authorizedThrough.get()
                            + ") before it starts ("
                            + authorizedFrom.get()
                            + ")");
        }
    }

    public static Coverage none() {
        return new Coverage(Optional.empty(), Optional.empty(), Optional.empty(), "");
    }
}
