package org.overturn.domain.scoring;

import org.overturn.domain.cases.Text;

/**
 * One rating a dimension can take, as shown to the rater.
 *
 * @param value the token stored in an assessment: "1".."5" or "0".."4" today; a symbolic token such
 *     as "ANY" for instruments that rate that way (ASAM 4th edition)
 * @param label a one- or two-word tier name, e.g. "moderate"
 * @param description a short description in the app's own words (or, in a licensed program's own
 *     file, its licensed anchor text)
 */
public record RatingChoice(String value, String label, String description) {

    public RatingChoice {
        value = Text.require(value, "rating value");
        label = Text.require(label, "rating label");
        description = Text.clean(description);
    }

    /** Whether the token is a whole number (a numeric scale) rather than a symbol. */
    public boolean numeric() {
        return value.matches("-?\\d+");
    }
}
