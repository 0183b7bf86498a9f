package org.overturn.domain.scoring;

import org.overturn.domain.cases.Text;

/**
 * One dimension's rating against a level's profile, with the plain-words reason.
 *
 * @param underPlacementRisk the rating is high enough that IOP may be under-placement (a safety
 *     flag)
 */
public record DimensionFinding(
        String dimensionId, int rating, ProfileFit fit, boolean underPlacementRisk, String reason) {

    public DimensionFinding {
        dimensionId = Text.require(dimensionId, "dimension id");
        if (fit == null) {
            throw new IllegalArgumentException("profile fit is required");
        }
        reason = Text.require(reason, "finding reason");
    }
}
