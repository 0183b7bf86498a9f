package org.overturn.ui.rebuttal;

import org.overturn.domain.rebuttal.DimensionEvidence;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * How a matrix row shows one of its dimensions: the rating and evidence of the latest assessment,
 * or why there is none, and the style that says which.
 */
record LinkedRating(String text, String style) {

    static LinkedRating of(ScoredDimensions.Linked l) {
        if (l.evidence().isPresent()) {
            DimensionEvidence e = l.evidence().get();
            String when = e.evidenceDate().map(Dates::show).orElse("");
            return new LinkedRating(
                    Messages.format(
                            "rebuttal.row.rated",
                            l.name(),
                            e.rating(),
                            e.scaleMax(),
                            when,
                            e.evidenceNote().isEmpty()
                                    ? Messages.get("rebuttal.row.noEvidence")
                                    : e.evidenceNote()),
                    "linked-rating");
        } else if (l.assessment().isPresent()) {
            return new LinkedRating(
                    Messages.format(
                            "rebuttal.row.notInLatest",
                            l.name(),
                            Dates.show(l.assessment().get().date())),
                    "text-muted");
        }
        return new LinkedRating(Messages.format("rebuttal.row.notScored", l.name()), "text-muted");
    }
}
