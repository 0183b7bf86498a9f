package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * One past (or current) episode of care: the treatment history that shows lower levels failed or
 * are unsafe.
 *
 * @param id stable within the case
 * @param endReason why it ended, in the clinician's words (e.g. "stepped up after a suicide
 *     attempt")
 */
public record TreatmentEpisode(
        String id,
        CareSetting setting,
        Optional<LocalDate> startDate,
        Optional<LocalDate> endDate,
        EpisodeOutcome outcome,
        String endReason,
        String provider,
        String notes) {

    public TreatmentEpisode {
        id = Text.require(id, "episode id");
        if (setting == null) {
            throw new IllegalArgumentException("the setting of care is required");
        }
        startDate = Text.opt(startDate);
        endDate = Text.opt(endDate);
        if (startDate.isPresent()
                && endDate.isPresent()
                && endDate.get().isBefore(startDate.get())) {
            throw new IllegalArgumentException(
                    "episode ends ("
                            + endDate.get()
                            + ") before it starts ("
                            + startDate.get()
                            + ")");
        }
        outcome = outcome == null ? EpisodeOutcome.UNKNOWN : outcome;
        endReason = Text.clean(endReason);
        provider = Text.clean(provider);
        notes = Text.body(notes);
    }
}
