package org.overturn.domain.scoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.overturn.domain.cases.Text;

/**
 * The rater's rating of one dimension, with the chart evidence behind it.
 *
 * @param value the rating token: a whole number for LOCUS, CALOCUS-CASII and ASAM 3rd edition; kept
 *     as text so that symbolic ratings (ASAM 4th edition) fit the same record
 * @param evidence what in the chart supports the rating (free text)
 * @param evidenceDate the date of that evidence, when known
 */
public record DimensionRating(
        String dimensionId, String value, String evidence, Optional<LocalDate> evidenceDate) {

    public DimensionRating {
        dimensionId = Text.require(dimensionId, "dimension id");
        value = Text.require(value, "rating for " + dimensionId);
        evidence = Text.body(evidence);
        evidenceDate = Text.opt(evidenceDate);
    }

    public static DimensionRating of(String dimensionId, int value) {
        return new DimensionRating(dimensionId, String.valueOf(value), "", Optional.empty());
    }

    public static DimensionRating of(
            String dimensionId, int value, String evidence, LocalDate evidenceDate) {
        return new DimensionRating(
                dimensionId, String.valueOf(value), evidence, Optional.ofNullable(evidenceDate));
    }

    /** The rating as a number, or empty for a symbolic token. */
    public OptionalInt number() {
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
