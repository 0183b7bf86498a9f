package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.rebuttal.CareHistory;

/** A case's treatment history sorted against the level of care its current denial is about. */
public final class CareHistories {

    private CareHistories() {}

    /**
     * The level under review is the current denial's (IOP when there is none); the care under
     * review began on the first authorized day, else on the first day requested.
     */
    public static CareHistory of(CaseFile c) {
        LevelOfCare level = c.levelOfCare().orElse(LevelOfCare.IOP_MENTAL_HEALTH);
        Optional<LocalDate> start =
                c.authorizations().stream()
                        .map(AuthorizationPeriod::firstDay)
                        .min(Comparator.naturalOrder())
                        .or(() -> c.currentDenial().flatMap(Denial::startDateRequested));
        return CareHistory.of(c.clinical().history(), level, start);
    }
}
