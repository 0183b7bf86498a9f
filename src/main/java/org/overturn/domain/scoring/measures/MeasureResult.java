package org.overturn.domain.scoring.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * A measure's score with its severity band.
 *
 * @param band the band in plain words, e.g. "moderate (10–14)"; "" where the reference gives no
 *     bands
 * @param riskFlag raises a risk flag on the case (PHQ-9 item 9 above zero, C-SSRS high)
 * @param flags plain-words notes on what to do with the result
 * @param notice licence and reliability note for the measure
 */
public record MeasureResult(
        Measure measure,
        LocalDate date,
        Optional<Integer> score,
        String band,
        boolean riskFlag,
        List<String> flags,
        String notice) {

    public MeasureResult {
        score = Text.opt(score);
        band = Text.clean(band);
        flags = Text.list(flags);
        notice = Text.clean(notice);
    }
}
