package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * A scored dimension as the rebuttal needs it, handed over from Scoring as plain values so this
 * package does not depend on the scoring code.
 *
 * @param scaleMin the lowest rating the instrument allows (LOCUS 1, ASAM 0)
 * @param scaleMax the highest rating the instrument allows (LOCUS 5, ASAM 4)
 */
public record DimensionEvidence(
        String dimensionId,
        String dimensionName,
        int rating,
        int scaleMin,
        int scaleMax,
        String evidenceNote,
        Optional<LocalDate> evidenceDate) {

    public DimensionEvidence {
        dimensionId = Text.require(dimensionId, "dimension id");
        if (!DimensionIds.isKnown(dimensionId)) {
            throw new IllegalArgumentException("unknown dimension id '" + dimensionId + "'");
        }
        dimensionName = Text.require(dimensionName, "dimension name");
        if (scaleMin >= scaleMax || rating < scaleMin || rating > scaleMax) {
            throw new IllegalArgumentException(
                    "rating " + rating + " is outside " + scaleMin + "–" + scaleMax);
        }
        evidenceNote = Text.clean(evidenceNote);
        evidenceDate = Text.opt(evidenceDate);
    }

    /** Where the rating sits on its scale, 0 (lowest need) to 1 (highest). */
    double position() {
        return (rating - scaleMin) / (double) (scaleMax - scaleMin);
    }
}
