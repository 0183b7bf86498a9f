package org.overturn.domain.scoring.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.cases.Text;

/**
 * One administration of a measure, as stored in the case. Validated on construction with a message
 * that says what is out of range; {@link MeasureRules#evaluate} gives its band and flags.
 *
 * @param items item scores, in item order, for measures entered by item (PHQ-9 always; GAD-7 and
 *     AUDIT may be)
 * @param score the total; for item entries it may be left empty (it is then the sum), or must equal
 *     the sum
 * @param cssrsRisk C-SSRS screener only: the category
 * @param whodasScoring WHODAS 2.0 only: which scoring method the score uses
 */
public record MeasureEntry(
        String id,
        Measure measure,
        LocalDate date,
        List<Integer> items,
        Optional<Integer> score,
        Optional<CssrsRisk> cssrsRisk,
        Optional<WhodasScoring> whodasScoring,
        String note) {

    public MeasureEntry {
        id = Text.require(id, "measure id");
        if (measure == null) {
            throw new IllegalArgumentException("measure is required");
        }
        if (date == null) {
            throw new IllegalArgumentException(measure.label() + ": date is required");
        }
        items = Text.list(items);
        score = Text.opt(score);
        cssrsRisk = Text.opt(cssrsRisk);
        whodasScoring = Text.opt(whodasScoring);
        note = Text.body(note);
        score = MeasureRules.check(measure, items, score, cssrsRisk, whodasScoring);
    }

    public static MeasureEntry ofScore(Measure measure, LocalDate date, int score) {
        return new MeasureEntry(
                UUID.randomUUID().toString(),
                measure,
                date,
                List.of(),
                Optional.of(score),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    public static MeasureEntry ofItems(Measure measure, LocalDate date, List<Integer> items) {
        return new MeasureEntry(
                UUID.randomUUID().toString(),
                measure,
                date,
                items,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }
}
