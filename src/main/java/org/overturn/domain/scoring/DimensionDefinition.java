package org.overturn.domain.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.cases.Text;

/**
 * A dimension of an instrument, as data.
 *
 * <p>A numeric dimension has choices for every whole number from {@code scaleMin} to {@code
 * scaleMax}. A symbolic dimension (ASAM 4th edition) has non-numeric choices and both bounds 0. A
 * dimension with subdimensions is a heading: the subdimensions carry the ratings, and it may have
 * no choices of its own.
 *
 * @param id stable id, e.g. "locus.IV-A"; assessments and rebuttals refer to it
 * @param code the numeral shown beside the name, e.g. "IV-A"
 * @param shortName a short name for charts and tables, e.g. "Stress"
 * @param name the dimension's name
 * @param prompt the question the rater answers, in our own words
 */
public record DimensionDefinition(
        String id,
        String code,
        String shortName,
        String name,
        String prompt,
        int scaleMin,
        int scaleMax,
        List<RatingChoice> choices,
        List<DimensionDefinition> subdimensions) {

    public DimensionDefinition {
        id = Text.require(id, "dimension id");
        code = Text.require(code, "dimension code");
        shortName = Text.require(shortName, "short name of " + id);
        name = Text.require(name, "name of " + id);
        prompt = Text.clean(prompt);
        choices = Text.list(choices);
        subdimensions = Text.list(subdimensions);
        if (choices.isEmpty() && subdimensions.isEmpty()) {
            throw new IllegalArgumentException(
                    id + " has neither rating choices nor subdimensions");
        }
        checkChoices(id, scaleMin, scaleMax, choices);
    }

    private static void checkChoices(String id, int min, int max, List<RatingChoice> choices) {
        Set<String> seen = new HashSet<>();
        for (RatingChoice c : choices) {
            if (!seen.add(c.value())) {
                throw new IllegalArgumentException(id + " lists rating " + c.value() + " twice");
            }
        }
        if (choices.isEmpty() || !choices.stream().allMatch(RatingChoice::numeric)) {
            return;
        }
        if (min > max) {
            throw new IllegalArgumentException(
                    id + ": scale minimum " + min + " is above maximum " + max);
        }
        for (int v = min; v <= max; v++) {
            if (!seen.contains(String.valueOf(v))) {
                throw new IllegalArgumentException(id + " has no choice for rating " + v);
            }
        }
        if (seen.size() != max - min + 1) {
            throw new IllegalArgumentException(
                    id + " has a choice outside its scale " + min + "–" + max);
        }
    }

    /** The choice for a stored rating value, if this dimension has one. */
    public Optional<RatingChoice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }
}
